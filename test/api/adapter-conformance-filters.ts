/**
 * Conformance cases for the relation/status filters of `listSubaccounts`, `opts.locale` and the
 * optional fields the elements show (`CurrentAccount.contactEmail`, `Product.term`,
 * `Order.number`): run against every shipped adapter next to `runAdapterConformance`, on the
 * mock backend's seed (the shared contract kit in src/contract/ does not check these yet).
 */
import { expect } from '@open-wc/testing';
import type { AccountAdapter } from '../../src/api/adapter.js';
import type { Account, AccountRelation, AccountStatus, Catalog, OrderDraft } from '../../src/api/types.js';
import type { MockBackend } from '../../src/mock/mock-backend.js';
import { SEED } from '../../src/mock/seed.js';
import { expectCode, type MockConformanceSetup as ConformanceSetup } from './conformance-mocha.js';

const MAIN = SEED.main.id;

/** A complete order for a site in Ulm from the catalog's first product. */
const ulmDraft = (catalog: Catalog): OrderDraft => ({
  productId: catalog.products[0].id,
  options: {},
  site: { name: 'Filiale Ulm', street: 'Hirschstraße 1', postalCode: '89073', city: 'Ulm' },
  contactEmail: 'ulm@example.de',
  invoice: 'own',
  acceptTerms: true,
  catalogVersion: catalog.version,
});

/**
 * `overHttp`: the adapter's requests cross the browser's network stack, which may name a language
 * of its own when the caller names none (Firefox adds its `Accept-Language` before the service
 * worker sees the request; Chromium does not).
 */
export function runFilterConformance(name: string, setup: () => Promise<ConformanceSetup>, { overHttp = false } = {}): void {
  describe(`AccountAdapter conformance (filters, locale, optional fields): ${name}`, function () {
    let adapter: AccountAdapter;
    let backend: MockBackend;
    let teardown: (() => Promise<void> | void) | undefined;

    beforeEach(async () => {
      ({ adapter, backend, teardown } = await setup());
      backend.reset();
    });

    afterEach(async () => {
      await teardown?.();
    });

    const names = (items: Account[]) => items.map((a) => a.name);

    it('relation: collective-invoice lists only the accounts on the collective invoice, with their total', async () => {
      const page = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice' });
      expect(names(page.items)).to.deep.equal(['Standort Düsseldorf Medienhafen', 'Standort Köln-Ehrenfeld']);
      expect(page.total).to.equal(2);
      expect(page.items.every((a) => a.relation === 'collective-invoice')).to.equal(true);
      const own = await adapter.listSubaccounts(MAIN, { relation: 'subaccount' });
      expect(own.total).to.equal(11);
    });

    it('status: provisioning and suspended', async () => {
      const provisioning = await adapter.listSubaccounts(MAIN, { status: 'provisioning' });
      expect(provisioning.items.map((a) => a.id)).to.deep.equal([SEED.provisioning]);
      const suspended = await adapter.listSubaccounts(MAIN, { status: 'suspended' });
      expect(suspended.items.map((a) => a.id)).to.deep.equal([SEED.suspended]);
      expect(suspended.total).to.equal(1);
      const active = await adapter.listSubaccounts(MAIN, { status: 'active' });
      expect(active.total).to.equal(11);
    });

    it('filters combine with each other, with search and with paging', async () => {
      const both = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice', status: 'suspended' });
      expect(both).to.deep.equal({ items: [], total: 0 });
      const searched = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice', search: 'köln' });
      expect(names(searched.items)).to.deep.equal(['Standort Köln-Ehrenfeld']);
      const second = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice', offset: 1, limit: 1 });
      expect(names(second.items)).to.deep.equal(['Standort Köln-Ehrenfeld']);
      expect(second.total).to.equal(2);
    });

    it('a filtered list follows changes: a completed order leaves "being set up"', async () => {
      const before = await adapter.listSubaccounts(MAIN, { status: 'provisioning' });
      const catalog = await adapter.getCatalog(MAIN);
      const draft = ulmDraft(catalog);
      await adapter.placeOrder(MAIN, draft, { idempotencyKey: 'filter-1' });
      const during = await adapter.listSubaccounts(MAIN, { status: 'provisioning' });
      expect(during.total).to.equal(before.total + 1);
      backend.advanceTime(backend.provisioningMs);
      const after = await adapter.listSubaccounts(MAIN, { status: 'provisioning' });
      expect(after.total).to.equal(before.total);
    });

    it('an unknown relation or status is refused with validation', async () => {
      await expectCode(adapter.listSubaccounts(MAIN, { relation: 'cousin' as AccountRelation }), 'validation');
      await expectCode(adapter.listSubaccounts(MAIN, { status: 'asleep' as AccountStatus }), 'validation');
    });

    it('getCatalog answers in the language of opts.locale (English for en…, German otherwise), same version', async () => {
      const de = await adapter.getCatalog(MAIN, { locale: 'de-DE' });
      const en = await adapter.getCatalog(MAIN, { locale: 'en' });
      const none = await adapter.getCatalog(MAIN);
      expect(de.products[0].name).to.equal('Cloud-Telefonanlage Standort');
      expect(en.products[0].name).to.equal('Cloud PBX for a site');
      expect(en.products[0].options[0].label).to.equal('Extensions');
      expect(en.products[0].features?.[0]).to.equal('Own login for the local team');
      if (overHttp) expect([de.products[0].name, en.products[0].name]).to.include(none.products[0].name);
      else expect(none.products[0].name).to.equal('Cloud-Telefonanlage Standort');
      expect(en.version).to.equal(de.version);
      expect(en.products.map((p) => p.id)).to.deep.equal(de.products.map((p) => p.id));
      expect(en.products[0].price).to.deep.equal(de.products[0].price);
    });

    it('optional fields: the contact e-mail, a product’s term, an order’s number', async () => {
      const me = await adapter.getCurrentAccount();
      expect(me.contactEmail).to.equal('it-verwaltung@nordlicht-kommunikation.de');
      const catalog = await adapter.getCatalog(MAIN);
      expect(catalog.products[0].term).to.deep.equal({ minimumMonths: 12, noticeMonths: 1 });
      expect(catalog.products[2].term).to.equal(undefined);
      const draft = ulmDraft(catalog);
      const order = await adapter.placeOrder(MAIN, draft, { idempotencyKey: 'number-1' });
      expect(order.number).to.match(/^\d{4}-\d{6}$/);
      expect((await adapter.getOrder(order.id)).number).to.equal(order.number);
    });
  });
}
