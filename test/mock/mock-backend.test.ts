import { expect } from '@open-wc/testing';
import type { OrderDraft } from '../../src/api/types.js';
import { ACCESS_URL_BASE, LINK_RULES, MockBackend, PAGE_RULES } from '../../src/mock/mock-backend.js';
import { matches } from '../../src/mock/account-store.js';
import { DEMO_CODE, SEED } from '../../src/mock/seed.js';
import { GeneratedAccounts } from '../../src/mock/generated.js';
import { compareByName, searchText } from '../../src/mock/util.js';
import { expectCode } from '../api/conformance-mocha.js';

const MAIN = SEED.main.id;
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function draft(changes: Partial<OrderDraft> = {}): OrderDraft {
  return {
    productId: 'cloud-pbx-site',
    options: { seats: 10, numbers: 'port', callRecording: true },
    site: { name: 'Büro Leipzig-Plagwitz', street: 'Karl-Heine-Straße 90', postalCode: '04229', city: 'Leipzig' },
    contactEmail: 'plagwitz@nordlicht-kommunikation.de',
    invoice: 'own',
    acceptTerms: true,
    ...changes,
  };
}

describe('MockBackend', () => {
  describe('unlink', () => {
    it('unlinks a generated sub-account among 10,000: gone from the sorted list and the count, standalone, linkable again', async () => {
      const backend = new MockBackend({ generatedSubaccounts: 10_000 });
      const before = await backend.listSubaccounts(MAIN, { offset: 0, limit: 500 });
      const target = before.items[3]!;
      const account = await backend.unlinkSubaccount(MAIN, target.id);
      expect(account.role).to.equal('standalone');
      const after = await backend.listSubaccounts(MAIN, { offset: 0, limit: 500 });
      expect(after.total).to.equal(before.total - 1);
      expect(after.items.map((a) => a.id)).to.not.include(target.id);
      expect(after.items[3]!.id).to.equal(before.items[4]!.id);
      expect((await backend.getCurrentAccount()).subaccountCount).to.equal(before.total - 1);
      await expectCode(backend.unlinkSubaccount(MAIN, target.id), 'not-linked');
      const fresh = new MockBackend({ generatedSubaccounts: 10_000 });
      await fresh.unlinkSubaccount(MAIN, target.id); // before the sorted list is built
      expect((await fresh.listSubaccounts(MAIN)).total).to.equal(before.total - 1);
      const ch = await backend.startLink(MAIN, target.customerNumber);
      await backend.confirmLink(ch.id, DEMO_CODE);
      expect((await backend.listSubaccounts(MAIN)).total).to.equal(before.total);
    });
  });

  describe('paging', () => {
    it('clamps bad offsets and limits instead of failing', async () => {
      const backend = new MockBackend({ generatedSubaccounts: 1000 });
      const total = (await backend.listSubaccounts(MAIN)).total;
      const negative = await backend.listSubaccounts(MAIN, { offset: -5, limit: 3 });
      const first = await backend.listSubaccounts(MAIN, { offset: 0, limit: 3 });
      expect(negative.items).to.deep.equal(first.items);
      const nan = await backend.listSubaccounts(MAIN, { offset: Number.NaN, limit: Number.NaN });
      expect(nan.items).to.have.length(PAGE_RULES.defaultLimit);
      expect(nan.items[0]).to.deep.equal(first.items[0]);
      const huge = await backend.listSubaccounts(MAIN, { limit: 100_000 });
      expect(huge.items).to.have.length(PAGE_RULES.maxLimit);
      const zero = await backend.listSubaccounts(MAIN, { limit: 0 });
      expect(zero).to.deep.equal({ items: [], total });
      const fractional = await backend.listSubaccounts(MAIN, { offset: 1.7, limit: 2.9 });
      const expected = await backend.listSubaccounts(MAIN, { offset: 1, limit: 2 });
      expect(fractional.items).to.deep.equal(expected.items);
    });

    it('matches every word of the search, in any field', async () => {
      const backend = new MockBackend();
      const page = await backend.listSubaccounts(MAIN, { search: '  standort   munchen ' });
      expect(page.items.map((a) => a.name)).to.deep.equal(['Standort München-Schwabing']);
      const bergstrasse = await backend.listSubaccounts(MAIN, { search: 'grosse bergstrasse' });
      expect(bergstrasse.items.map((a) => a.id)).to.deep.equal([SEED.sub.id]);
      const transliterated = await backend.listSubaccounts(MAIN, { search: 'Koeln' });
      expect(transliterated.items.map((a) => a.name)).to.deep.equal(['Standort Köln-Ehrenfeld']);
      const upper = await backend.listSubaccounts(MAIN, { search: 'UEBERLINGEN' });
      expect(upper.items.map((a) => a.name)).to.deep.equal(['Filiale Überlingen']);
      const street = await backend.listSubaccounts(MAIN, { search: 'Aegidiusplatz' });
      expect(street.items.map((a) => a.name)).to.deep.equal(['Standort Ägidienberg']);
      const postal = await backend.listSubaccounts(MAIN, { search: '50823' });
      expect(postal.items.map((a) => a.name)).to.deep.equal(['Standort Köln-Ehrenfeld']);
    });

    it('narrows a previous search correctly as the query grows, and widens it again', async () => {
      const backend = new MockBackend({ generatedSubaccounts: 5000 });
      const fresh = new MockBackend({ generatedSubaccounts: 5000 });
      for (const q of ['k', 'kö', 'köl', 'köln', 'köln 1', 'köln', 'ham', 'hamburg 2']) {
        const typed = await backend.listSubaccounts(MAIN, { search: q, limit: 500 });
        const direct = await fresh.listSubaccounts(MAIN, { search: q, limit: 500 });
        fresh.reset();
        expect(typed, q).to.deep.equal(direct);
      }
    });

    it('invalidates the sorted list when an account is added', async () => {
      const backend = new MockBackend();
      await backend.listSubaccounts(MAIN, { search: 'Kanzlei' });
      const ch = await backend.startLink(MAIN, SEED.linkable[0]);
      await backend.confirmLink(ch.id, DEMO_CODE);
      const page = await backend.listSubaccounts(MAIN, { search: 'Kanzlei' });
      expect(page.items.map((a) => a.name)).to.deep.equal(['Kanzlei Weber & Partner']);
      const all = await backend.listSubaccounts(MAIN, { limit: 500 });
      const names = all.items.map((a) => a.name);
      expect(names).to.deep.equal([...names].sort(collator.compare));
    });
  });

  describe('generated sub-accounts', () => {
    it('builds 100,000 plausible sub-accounts with random access and search', async () => {
      let t = performance.now();
      const backend = new MockBackend({ generatedSubaccounts: 100_000 });
      const build = performance.now() - t;
      const me = await backend.getCurrentAccount();
      expect(me.subaccountCount).to.equal(100_000 + 13);

      t = performance.now();
      const last = await backend.listSubaccounts(MAIN, { offset: 100_010, limit: 50 });
      const firstList = performance.now() - t;
      expect(last.total).to.equal(100_013);
      expect(last.items).to.have.length(3);

      const window = await backend.listSubaccounts(MAIN, { offset: 54_321, limit: 500 });
      const names = window.items.map((a) => a.name);
      expect(names).to.deep.equal([...names].sort(collator.compare));
      for (const a of window.items) {
        expect(a.customerNumber).to.match(/^\d{7,10}$/);
        expect(a.site?.postalCode).to.match(/^\d{5}$/);
        expect(a.name).to.match(/^\p{Lu}/u);
      }

      t = performance.now();
      const search = await backend.listSubaccounts(MAIN, { search: 'Würzburg 12', limit: 500 });
      const searchMs = performance.now() - t;
      expect(search.total).to.be.greaterThan(0);
      for (const a of search.items) expect(`${a.name} ${a.site?.street} ${a.site?.city}`).to.contain('Würzburg');
      t = performance.now();
      const again = await backend.listSubaccounts(MAIN, { search: 'Lager Köln 7' });
      const searchAgainMs = performance.now() - t;
      expect(again.items.map((a) => a.name)).to.include('Lager Köln 7');
      // Figures for people, not assertions (speed is measured by `npm run bench`).
      console.log(`100k: build ${build.toFixed(0)} ms, first list ${firstList.toFixed(0)} ms, first search ${searchMs.toFixed(1)} ms, next search ${searchAgainMs.toFixed(1)} ms`);
    });

    it('knows the German name order of 100,000 generated names without sorting them', () => {
      const generated = new GeneratedAccounts(MAIN, 100_000);
      const sorted = generated.sorted();
      expect(sorted).to.have.length(100_000);
      expect(new Set(sorted.map((r) => r.id)).size).to.equal(100_000);
      for (let i = 1; i < sorted.length; i++) {
        if (compareByName(sorted[i - 1], sorted[i]) >= 0) {
          expect.fail(`out of order at ${i}: ${sorted[i - 1].name} / ${sorted[i].name}`);
        }
      }
    });

    it('filters generated accounts exactly as a search over their folded text would', function () {
      // 1.9 million comparisons: seconds in a slower engine on a loaded machine, not a hang.
      this.timeout(60_000);
      const generated = new GeneratedAccounts(MAIN, 100_000);
      const all = generated.all();
      const texts = all.map((r) => searchText(r));
      const queries = [
        ['koln'], ['koeln'], ['muenchen', '7'], ['aussenstelle'], ['strasse', '12'], ['4800001'], ['970'],
        ['-'], ['am', 'main'], ['lager', 'ohringen', '3'], ['oehrnberger'], ['werkstatt', 'uberlingen'],
        ['zzz'], ['1'], ['b'], ['heine'], ['suedwind'], ['ss'], ['a1'],
      ];
      for (const terms of queries) {
        const filter = generated.matcher(terms);
        let expected = 0;
        for (let i = 0; i < all.length; i++) {
          const want = matches(texts[i], terms);
          if (want) expected++;
          if (filter(all[i]) !== want) expect.fail(`"${terms.join(' ')}" differs for ${all[i].name}, ${all[i].site?.street}`);
        }
        if (terms[0] === 'koln') expect(expected).to.be.greaterThan(1000);
      }
    });

    it('merges seeded, linked and ordered accounts into the generated order', async () => {
      const backend = new MockBackend({ generatedSubaccounts: 3000 });
      await backend.listSubaccounts(MAIN);
      const ch = await backend.startLink(MAIN, SEED.linkable[4]);
      await backend.confirmLink(ch.id, DEMO_CODE);
      await backend.placeOrder(MAIN, draft(), { idempotencyKey: 'k1' });
      const items = [];
      for (let offset = 0; ; offset += 500) {
        const page = await backend.listSubaccounts(MAIN, { offset, limit: 500 });
        items.push(...page.items);
        if (offset + 500 >= page.total) break;
      }
      expect(items).to.have.length(3000 + 13 + 2);
      for (let i = 1; i < items.length; i++) {
        expect(compareByName(items[i - 1], items[i]), `${items[i - 1].name} / ${items[i].name}`).to.be.below(0);
      }
      expect(items.map((a) => a.name)).to.include.members(['Gärtnerei Lindenhof', 'Büro Leipzig-Plagwitz', 'Standort Ägidienberg']);
      expect((await backend.getAccessUrl('acc-gen-3000'))).to.contain('acc-gen-3000');
      await expectCode(backend.getAccessUrl('acc-gen-3001'), 'not-found');
      await expectCode(backend.startLink(MAIN, '4800000042'), 'already-linked');
      await expectCode(backend.startLink(MAIN, '4800003001'), 'not-found');
    });

    it('clamps the count to 0 … 100,000', async () => {
      const backend = new MockBackend({ generatedSubaccounts: -3 });
      expect((await backend.getCurrentAccount()).subaccountCount).to.equal(13);
    });
  });

  describe('link requests', () => {
    it('sends six random digits outside demo mode, readable with peekCode', async () => {
      const backend = new MockBackend({ demo: false });
      const ch = await backend.startLink(MAIN, SEED.linkable[0]);
      const code = backend.peekCode(ch.id);
      expect(code).to.match(/^\d{6}$/);
      const account = await backend.confirmLink(ch.id, code);
      expect(account.customerNumber).to.equal(SEED.linkable[0]);
    });

    it('masks e-mail addresses and phone numbers', async () => {
      const backend = new MockBackend();
      const mail = await backend.startLink(MAIN, SEED.linkable[0]);
      expect(mail.channel).to.equal('email');
      expect(mail.maskedContact).to.equal('m***@kanzlei-weber.example.de');
      const sms = await backend.startLink(MAIN, SEED.linkable[1]);
      expect(sms.channel).to.equal('sms');
      expect(sms.maskedContact).to.equal('+49 *** ***12');
    });

    it('refuses malformed customer numbers with a field message', async () => {
      const backend = new MockBackend();
      const error = await expectCode(backend.startLink(MAIN, '12ab'), 'validation');
      expect(error.fields).to.have.property('customerNumber');
      await expectCode(backend.startLink(MAIN, '123456'), 'validation');
    });

    it('reports when the next start is allowed again', async () => {
      const backend = new MockBackend({ now: () => Date.UTC(2026, 10, 26, 12) });
      for (let i = 0; i < LINK_RULES.startLimit; i++) {
        await expectCode(backend.startLink(MAIN, SEED.notFound), 'not-found');
        backend.advanceTime(1000);
      }
      const error = await expectCode(backend.startLink(MAIN, SEED.notFound), 'rate-limited');
      expect(error.retryAfter).to.equal(LINK_RULES.startWindowMs / 1000 - LINK_RULES.startLimit);
      expect(error.retryable).to.equal(true);
    });

    it('confirms a linked request again with its code (idempotent), refuses a wrong one', async () => {
      const backend = new MockBackend();
      const ch = await backend.startLink(MAIN, SEED.linkable[0]);
      const a = await backend.confirmLink(ch.id, DEMO_CODE);
      const b = await backend.confirmLink(ch.id, DEMO_CODE);
      expect(b).to.deep.equal(a);
      await expectCode(backend.confirmLink(ch.id, '000000'), 'conflict');
      await expectCode(backend.cancelLink(ch.id), 'conflict');
      await expectCode(backend.resendLinkCode(ch.id), 'conflict');
    });

    it('refuses peekCode and setCurrentAccount for unknown ids', () => {
      const backend = new MockBackend();
      expect(() => backend.peekCode('lnk-nope')).to.throw().with.property('code', 'not-found');
      expect(() => backend.setCurrentAccount('acc-nope')).to.throw().with.property('code', 'not-found');
    });
  });

  describe('orders', () => {
    it('prices a draft: product plus options (net, VAT not included)', async () => {
      const backend = new MockBackend();
      const catalog = await backend.getCatalog(MAIN);
      expect(catalog.vat).to.deep.equal({ rate: 0.19, included: false });
      const order = await backend.placeOrder(MAIN, draft(), { idempotencyKey: 'k1' });
      // 19.90 + 10 × 4.50 + 9.90 recording; one-off 49 + 29.95 porting
      expect(order.price).to.deep.equal({ monthly: 74.8, oneOff: 78.95 });
    });

    it('is submitted first, then provisioning, then completed', async () => {
      const backend = new MockBackend({ provisioningMs: 4000 });
      const order = await backend.placeOrder(MAIN, draft(), { idempotencyKey: 'k1' });
      expect(order.status).to.equal('submitted');
      backend.advanceTime(1000);
      expect((await backend.getOrder(order.id)).status).to.equal('provisioning');
      backend.advanceTime(3000);
      expect((await backend.getOrder(order.id)).status).to.equal('completed');
      expect(backend.orders().map((o) => o.status)).to.deep.equal(['completed']);
    });

    it('completes at once with provisioningMs 0', async () => {
      const backend = new MockBackend({ provisioningMs: 0 });
      const order = await backend.placeOrder(MAIN, draft(), { idempotencyKey: 'k1' });
      expect(order.status).to.equal('completed');
      expect(order.account?.status).to.equal('active');
    });

    it('makes a standalone account a main account', async () => {
      const backend = new MockBackend({ currentAccountId: SEED.standalone.id });
      await backend.placeOrder(SEED.standalone.id, draft(), { idempotencyKey: 'k1' });
      const me = await backend.getCurrentAccount();
      expect(me.role).to.equal('main');
      expect(me.subaccountCount).to.equal(1);
    });

    it('refuses a draft made against another catalog version, and a missing idempotency key', async () => {
      const backend = new MockBackend();
      await expectCode(backend.placeOrder(MAIN, draft({ catalogVersion: '1999-01-01' }), { idempotencyKey: 'k1' }), 'conflict');
      const error = await expectCode(
        backend.placeOrder(MAIN, draft(), { idempotencyKey: '' }),
        'validation',
      );
      expect(error.fields).to.have.property('idempotencyKey');
    });

    it('validates every option type', async () => {
      const backend = new MockBackend();
      const error = await expectCode(
        backend.placeOrder(
          MAIN,
          draft({ options: { seats: 2.5, numbers: 'gold', callRecording: 'ja', costCenter: 'ABC', colour: 'red' } }),
          { idempotencyKey: 'k1' },
        ),
        'validation',
      );
      expect(Object.keys(error.fields ?? {}).sort()).to.deep.equal([
        'options.callRecording',
        'options.colour',
        'options.costCenter',
        'options.numbers',
        'options.seats',
      ]);
      const areaCode = await expectCode(
        backend.placeOrder(MAIN, draft({ productId: 'number-block', options: {} }), { idempotencyKey: 'k2' }),
        'validation',
      );
      expect(areaCode.fields).to.have.keys('options.areaCode');
      await backend.placeOrder(MAIN, draft({ productId: 'number-block', options: { areaCode: '0931', size: '100' } }), {
        idempotencyKey: 'k3',
      });
    });

    it('keeps the idempotency record even when the caller changes its draft object afterwards', async () => {
      const backend = new MockBackend();
      const d = draft();
      const first = await backend.placeOrder(MAIN, d, { idempotencyKey: 'k1' });
      d.site.city = 'Halle (Saale)';
      await expectCode(backend.placeOrder(MAIN, d, { idempotencyKey: 'k1' }), 'conflict');
      d.site.city = 'Leipzig';
      expect((await backend.placeOrder(MAIN, d, { idempotencyKey: 'k1' })).id).to.equal(first.id);
    });
  });

  describe('access URL', () => {
    it('is an absolute https URL for the current account and its sub-accounts', async () => {
      const backend = new MockBackend();
      expect(await backend.getAccessUrl(MAIN)).to.equal(`${ACCESS_URL_BASE}${MAIN}`);
      expect(await backend.getAccessUrl(SEED.sub.id)).to.equal(`${ACCESS_URL_BASE}${SEED.sub.id}`);
      expect(ACCESS_URL_BASE).to.match(/^https:\/\/[^/]+\.example\.test\//);
      backend.setCurrentAccount(SEED.sub.id);
      await expectCode(backend.getAccessUrl(MAIN), 'forbidden');
    });
  });

  describe('failure injection, latency and reset', () => {
    it('fails the next calls with a code, count, message and fields', async () => {
      const backend = new MockBackend();
      backend.failNext('server', { count: 2, message: 'Wartung' });
      const e1 = await expectCode(backend.getCurrentAccount(), 'server');
      expect(e1.message).to.equal('Wartung');
      await expectCode(backend.listSubaccounts(MAIN), 'server');
      expect((await backend.getCurrentAccount()).id).to.equal(MAIN);
    });

    it('fails a share of calls, reproducibly', async () => {
      async function failures(share: number): Promise<number> {
        const backend = new MockBackend();
        backend.failRate(share, 'network');
        let n = 0;
        for (let i = 0; i < 200; i++) {
          await backend.getCurrentAccount().catch((e: { code?: string }) => {
            expect(e.code).to.equal('network');
            n++;
          });
        }
        return n;
      }
      expect(await failures(0)).to.equal(0);
      expect(await failures(1)).to.equal(200);
      const half = await failures(0.5);
      expect(half).to.be.within(70, 130);
      expect(await failures(0.5)).to.equal(half);
      const backend = new MockBackend();
      backend.failRate(1);
      await expectCode(backend.getCurrentAccount(), 'server');
      backend.failRate(0);
      await backend.getCurrentAccount();
    });

    it('waits the configured latency, and stops waiting when aborted', async () => {
      const backend = new MockBackend({ latency: 80 });
      let t = performance.now();
      await backend.getCurrentAccount();
      expect(performance.now() - t).to.be.at.least(75);

      // A latency far longer than any test: only the abort can end this call early (a loaded
      // machine may take tens of milliseconds for the abort itself, so no tight bound).
      backend.configure({ latency: 60_000 });
      const controller = new AbortController();
      t = performance.now();
      const pending = backend.startLink(MAIN, SEED.linkable[0], { signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      let name = '';
      await pending.catch((e: Error) => (name = e.name));
      expect(name).to.equal('AbortError');
      expect(performance.now() - t).to.be.below(5_000);
      backend.configure({ latency: 0 });
      // The aborted call did nothing: no open request blocks a new one.
      expect((await backend.startLink(MAIN, SEED.linkable[0])).status).to.equal('pending');
    });

    it('resets accounts, links, orders, time, settings and failures', async () => {
      const backend = new MockBackend();
      const before = await backend.listSubaccounts(MAIN, { limit: 500 });
      const ch = await backend.startLink(MAIN, SEED.linkable[0]);
      await backend.confirmLink(ch.id, DEMO_CODE);
      await backend.placeOrder(MAIN, draft(), { idempotencyKey: 'k1' });
      backend.setCurrentAccount(SEED.sub.id);
      backend.advanceTime(3_600_000);
      backend.configure({ subaccountLimit: 1, latency: 5 });
      backend.failNext('server', { count: 5 });
      backend.reset();
      expect(backend.orders()).to.deep.equal([]);
      expect(backend.latency).to.equal(0);
      expect(await backend.listSubaccounts(MAIN, { limit: 500 })).to.deep.equal(before);
      expect((await backend.getCurrentAccount()).subaccountLimit).to.equal(undefined);
      expect(() => backend.peekCode(ch.id)).to.throw();
    });

    it('runs on the injected clock plus advanceTime', async () => {
      const backend = new MockBackend({ now: () => 0 });
      backend.advanceTime(5);
      expect(backend.now()).to.equal(5);
    });
  });
});
