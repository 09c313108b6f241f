import { expect } from '@open-wc/testing';
import { MockBackend } from '../../src/mock/mock-backend.js';
import { DEMO_CODE, SEED } from '../../src/mock/seed.js';

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

describe('mock seed', () => {
  it('logs in as the main account by default, with about a dozen German sites', async () => {
    const backend = new MockBackend();
    const me = await backend.getCurrentAccount();
    expect(me.id).to.equal(SEED.main.id);
    expect(me.customerNumber).to.equal(SEED.main.customerNumber);
    expect(me.name).to.equal('Nordlicht Kommunikation GmbH');
    expect(me.role).to.equal('main');
    expect(me.subaccountCount).to.be.within(10, 15);
    const page = await backend.listSubaccounts(SEED.main.id);
    expect(page.total).to.equal(me.subaccountCount);
    expect(page.items.filter((a) => a.relation === 'collective-invoice')).to.have.length(2);
    expect(page.items.filter((a) => a.status === 'provisioning')).to.have.length(1);
    expect(page.items.filter((a) => a.status === 'suspended')).to.have.length(1);
    for (const a of page.items) {
      expect(a.role).to.equal('sub');
      expect(a.customerNumber).to.match(/^\d{7,10}$/);
      expect(a.site?.postalCode).to.match(/^\d{5}$/);
      expect(a.site?.street).to.be.a('string').and.not.empty;
      expect(a.site?.city).to.be.a('string').and.not.empty;
    }
    const byId = new Map(page.items.map((a) => [a.id, a]));
    for (const id of SEED.collectiveInvoice) expect(byId.get(id)?.relation).to.equal('collective-invoice');
    expect(byId.get(SEED.provisioning)?.status).to.equal('provisioning');
    expect(byId.get(SEED.suspended)?.status).to.equal('suspended');
    expect(byId.get(SEED.sub.id)?.customerNumber).to.equal(SEED.sub.customerNumber);
    const cities = page.items.map((a) => a.site?.city);
    for (const city of ['Hamburg', 'München', 'Köln', 'Düsseldorf', 'Leipzig', 'Nürnberg', 'Würzburg']) {
      expect(cities).to.include(city);
    }
    const names = page.items.map((a) => a.name);
    expect(names).to.include('Filiale Überlingen');
    expect(names).to.include('Standort Ägidienberg');
    expect(names).to.deep.equal([...names].sort(collator.compare));
  });

  it('has SEED.sub as a sub-account naming its main', async () => {
    const backend = new MockBackend({ currentAccountId: SEED.sub.id });
    const me = await backend.getCurrentAccount();
    expect(me.id).to.equal(SEED.sub.id);
    expect(me.customerNumber).to.equal(SEED.sub.customerNumber);
    expect(me.role).to.equal('sub');
    expect(me.relation).to.equal('subaccount');
    expect(me.main?.id).to.equal(SEED.main.id);
    expect(me.main?.name).to.equal('Nordlicht Kommunikation GmbH');
  });

  it('has a standalone account, linkable accounts and accounts for each refusal', async () => {
    const backend = new MockBackend({ currentAccountId: SEED.standalone.id });
    const me = await backend.getCurrentAccount();
    expect(me.role).to.equal('standalone');
    expect(me.customerNumber).to.equal(SEED.standalone.customerNumber);
    expect(me.subaccountCount).to.equal(0);
    expect(me.main).to.equal(undefined);
    backend.setCurrentAccount(SEED.main.id);
    for (const number of SEED.linkable) {
      const ch = await backend.startLink(SEED.main.id, number);
      expect(ch.status).to.equal('pending');
      expect(ch.customerNumber).to.equal(number);
      expect(backend.peekCode(ch.id)).to.equal(DEMO_CODE);
    }
  });

  it('is deterministic', async () => {
    const a = await new MockBackend().listSubaccounts(SEED.main.id, { limit: 500 });
    const b = await new MockBackend().listSubaccounts(SEED.main.id, { limit: 500 });
    expect(a).to.deep.equal(b);
  });
});
