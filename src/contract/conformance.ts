/**
 * The adapter conformance suite: one set of cases that every `AccountAdapter` passes, written once
 * and run in three places — `InMemoryAdapter` and `RestAdapter` over MSW (mocha in the browser,
 * test/api/*-conformance.test.ts), and `account-widgets verify` against a real backend over HTTP
 * (Node). It drives the adapter only through the `AccountAdapter` interface, takes the data that
 * provokes each rule from the fixtures (`ContractFixtures`), and arranges state only through
 * `BackendControl` (`reset`, `setCurrentAccount`, `configure`, `advanceTime`, `peekCode`,
 * `failNext`, `failNextOrder`, `orders`), so it knows nothing about the transport in between.
 *
 * `setup` runs before every case and returns an adapter wired to a backend; the suite calls
 * `backend.reset()` first thing, so the backend starts from its seed (main account logged in).
 * A case names what it relies on beyond the main account (`needs`): a backend whose fixtures lack
 * it reports the case skipped with what to add.
 *
 * Assertions on failures check `error.code` (and `attemptsLeft`, `retryAfter`, `fields`,
 * `details` where the rule has them), never message texts. New cases join by appending an `it`
 * to the group they belong to (or a new `describe` with its `tag`).
 */
import type { AccountAdapter } from '../api/adapter.js';
import type { AccountWidgetsError, ErrorCode } from '../api/errors.js';
import type { Account, OrderDraft } from '../api/types.js';
import { priceOf } from '../api/pricing.js';
import { expect } from './expect.js';
import type { CompleteFixtures, ContractFixtures } from './fixtures.js';
import { skip, type BackendControl, type SuiteApi } from './suite.js';

export interface ConformanceSetup {
  adapter: AccountAdapter;
  backend: BackendControl;
  fixtures: ContractFixtures;
  teardown?: () => Promise<void> | void;
}

/** Awaits `promise` and expects it to reject with `code`; fails when it resolves. Returns the error. */
export async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<AccountWidgetsError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    const actual = (error as { code?: unknown } | null)?.code;
    expect(actual, `error code (error: ${String(error)})`).to.equal(code);
    return error as AccountWidgetsError;
  }
  return expect.fail(`expected a rejection with code "${code}", but it resolved with ${JSON.stringify(value)}`);
}

/** Awaits `promise` and expects it to reject with an error named AbortError. */
async function expectAbort(promise: Promise<unknown>): Promise<void> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    expect((error as { name?: unknown }).name).to.equal('AbortError');
    return;
  }
  expect.fail(`expected an AbortError, but it resolved with ${JSON.stringify(value)}`);
}

/**
 * The conformance cases, for any `SuiteApi` (mocha's globals, or `collectCases`). `setup` runs
 * before every case.
 */
export function conformanceSuite(t: SuiteApi, setup: () => Promise<ConformanceSetup>): void {
  const { describe, it, beforeEach, afterEach } = t;
  describe('AccountAdapter conformance', () => {
    let adapter: AccountAdapter;
    let backend: BackendControl;
    let teardown: (() => Promise<void> | void) | undefined;
    /** The backend's data as its fixtures name it (in our own runs: the mock backend's seed). */
    let SEED: CompleteFixtures;
    let MAIN: string;
    let MAIN_NAME: string;
    let LINK_RULES: CompleteFixtures['link'];

    beforeEach(async () => {
      let fixtures: ContractFixtures;
      ({ adapter, backend, fixtures, teardown } = await setup());
      SEED = fixtures as CompleteFixtures;
      ({ id: MAIN, name: MAIN_NAME } = SEED.main);
      LINK_RULES = SEED.link;
      await backend.reset();
    });

    afterEach(async () => {
      await teardown?.();
    });

    const collator = () => new Intl.Collator(SEED.list.collation.locale, { sensitivity: 'base', numeric: true });

    /** A valid order draft for a product of the catalog (its options fall back to defaults). */
    function draft(productId: string, changes: Partial<OrderDraft> = {}): OrderDraft {
      return {
        productId,
        options: {},
        site: { ...SEED.order.site },
        contactEmail: SEED.order.contactEmail,
        invoice: 'own',
        acceptTerms: true,
        ...changes,
      };
    }

    async function allSubaccounts(mainId = MAIN): Promise<Account[]> {
      const page = await adapter.listSubaccounts(mainId, { offset: 0, limit: 500 });
      return page.items;
    }

    async function firstProductId(): Promise<string> {
      const catalog = await adapter.getCatalog(MAIN);
      return catalog.products[0].id;
    }

    /** A wrong code that differs from the challenge's real one. */
    async function wrongCode(challengeId: string): Promise<string> {
      return (await backend.peekCode(challengeId)) === '000000' ? '111111' : '000000';
    }

    // -------------------------------------------------------------------------------------------
    describe('getCurrentAccount', { tag: 'account' }, () => {
      it('returns the main account with its sub-account count', { needs: ['list'] }, async () => {
        const me = await adapter.getCurrentAccount();
        expect(me.id).to.equal(MAIN);
        expect(me.customerNumber).to.equal(SEED.main.customerNumber);
        expect(me.name).to.equal(MAIN_NAME);
        expect(me.role).to.equal('main');
        expect(me.main).to.equal(undefined);
        const page = await adapter.listSubaccounts(MAIN);
        expect(me.subaccountCount).to.equal(page.total);
        expect(page.total).to.be.at.least(SEED.list.minTotal);
      });

      it('returns a sub-account naming its main account', { needs: ['sub', 'as-sub'] }, async () => {
        await backend.setCurrentAccount(SEED.sub.id);
        const me = await adapter.getCurrentAccount();
        expect(me.id).to.equal(SEED.sub.id);
        expect(me.role).to.equal('sub');
        expect(me.relation).to.be.oneOf(['subaccount', 'collective-invoice']);
        expect(me.main?.id).to.equal(MAIN);
        expect(me.main?.name).to.equal(MAIN_NAME);
        expect(me.main?.role).to.equal('main');
      });

      it('returns a standalone account', { needs: ['standalone', 'as-standalone'] }, async () => {
        await backend.setCurrentAccount(SEED.standalone.id);
        const me = await adapter.getCurrentAccount();
        expect(me.id).to.equal(SEED.standalone.id);
        expect(me.role).to.equal('standalone');
        expect(me.main).to.equal(undefined);
        expect(me.subaccountCount ?? 0).to.equal(0);
      });

      it('reports the sub-account limit when there is one', { needs: ['control'] }, async () => {
        await backend.configure({ subaccountLimit: 40 });
        const me = await adapter.getCurrentAccount();
        expect(me.subaccountLimit).to.equal(40);
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('listSubaccounts: paging, order and search', { tag: 'list' }, () => {
      it('sorts by name with German collation (umlauts sort with their base letter)', { needs: ['list'] }, async () => {
        const items = await allSubaccounts();
        const names = items.map((a) => a.name);
        expect(names).to.deep.equal([...names].sort(collator().compare));
        for (const name of SEED.list.collation.names) expect(names).to.include(name);
        // "Ä" sorts as "A", not after "Z" as a code-point sort would put it.
        const [before, after] = SEED.list.collation.before;
        expect(names.indexOf(before)).to.be.lessThan(names.indexOf(after));
        for (const a of items) {
          expect(a.role).to.equal('sub');
          expect(a.relation).to.be.oneOf(['subaccount', 'collective-invoice']);
          expect(a.status).to.be.oneOf(['active', 'provisioning', 'suspended']);
        }
      });

      it('shows collective-invoice links, a provisioning and a suspended account', { needs: ['list'] }, async () => {
        const items = await allSubaccounts();
        expect(items.filter((a) => a.relation === 'collective-invoice').length).to.be.at.least(2);
        expect(items.some((a) => a.status === 'provisioning')).to.equal(true);
        expect(items.some((a) => a.status === 'suspended')).to.equal(true);
      });

      it('gives random access by offset and limit, with the total on every page', async () => {
        const all = await allSubaccounts();
        const page = await adapter.listSubaccounts(MAIN, { offset: 3, limit: 4 });
        expect(page.total).to.equal(all.length);
        expect(page.items.map((a) => a.id)).to.deep.equal(all.slice(3, 7).map((a) => a.id));

        const last = await adapter.listSubaccounts(MAIN, { offset: all.length - 2, limit: 10 });
        expect(last.items.map((a) => a.id)).to.deep.equal(all.slice(-2).map((a) => a.id));
        expect(last.total).to.equal(all.length);

        const beyond = await adapter.listSubaccounts(MAIN, { offset: all.length + 5, limit: 10 });
        expect(beyond.items).to.deep.equal([]);
        expect(beyond.total).to.equal(all.length);
      });

      it('searches name, customer number, street and city, case- and accent-insensitively', { needs: ['list', 'sub'] }, async () => {
        const byCity = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.city });
        expect(byCity.items.map((a) => a.name)).to.include(SEED.list.search.cityMatch);
        expect(byCity.total).to.equal(byCity.items.length);

        const folded = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.cityFolded });
        expect(folded.items.map((a) => a.id)).to.deep.equal(byCity.items.map((a) => a.id));

        const byNumber = await adapter.listSubaccounts(MAIN, { search: SEED.sub.customerNumber });
        expect(byNumber.items.map((a) => a.id)).to.deep.equal([SEED.sub.id]);
        expect(byNumber.total).to.equal(1);

        const byStreet = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.street });
        expect(byStreet.items.map((a) => a.name)).to.deep.equal(SEED.list.search.streetMatches);

        const none = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.none });
        expect(none).to.deep.equal({ items: [], total: 0 });
      });

      it('pages within the search result', { needs: ['list'] }, async () => {
        const all = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.common, limit: 500 });
        expect(all.total).to.be.greaterThan(3);
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.list.search.common, offset: 1, limit: 2 });
        expect(page.total).to.equal(all.total);
        expect(page.items.map((a) => a.id)).to.deep.equal(all.items.slice(1, 3).map((a) => a.id));
      });

      it('refuses another account than the logged-in one (forbidden) and unknown ids (not-found)', { needs: ['standalone'] }, async () => {
        await expectCode(adapter.listSubaccounts(SEED.standalone.id), 'forbidden');
        await expectCode(adapter.listSubaccounts('acc-does-not-exist'), 'not-found');
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('domain rules (DESIGN §2)', { tag: 'rules' }, () => {
      it('not-main-account: a sub-account cannot add sub-accounts, and the error names its main', { needs: ['sub', 'as-sub', 'linkable', 'order'] }, async () => {
        await backend.setCurrentAccount(SEED.sub.id);
        const error = await expectCode(adapter.startLink(SEED.sub.id, SEED.linkable[0]), 'not-main-account');
        expect(error.details?.mainAccountName).to.equal(MAIN_NAME);
        await expectCode(adapter.getCatalog(SEED.sub.id), 'not-main-account');
        await expectCode(
          adapter.placeOrder(SEED.sub.id, draft('cloud-pbx-site'), { idempotencyKey: 'sub-order-1' }),
          'not-main-account',
        );
      });

      it('already-linked: a sub-account of another main cannot be linked', { needs: ['alreadyLinked'] }, async () => {
        await expectCode(adapter.startLink(MAIN, SEED.alreadyLinked), 'already-linked');
      });

      it('already-linked: an own sub-account cannot be linked again', { needs: ['sub'] }, async () => {
        await expectCode(adapter.startLink(MAIN, SEED.sub.customerNumber), 'already-linked');
      });

      it('is-main-account: a main account with sub-accounts cannot become a sub-account', { needs: ['isMain'] }, async () => {
        await expectCode(adapter.startLink(MAIN, SEED.isMain), 'is-main-account');
      });

      it('self-link: an account cannot be linked to itself', async () => {
        await expectCode(adapter.startLink(MAIN, SEED.main.customerNumber), 'self-link');
      });

      it('not-found: a customer number that does not exist', { needs: ['notFound'] }, async () => {
        await expectCode(adapter.startLink(MAIN, SEED.notFound), 'not-found');
      });

      it('code-invalid: a wrong code reports the attempts left', { needs: ['linkable', 'code'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        const error = await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        expect(error.attemptsLeft).to.equal(ch.attemptsLeft - 1);
      });

      it('code-expired: a code past its expiry', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await backend.advanceTime(LINK_RULES.codeTtlMs + 1000);
        await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'code-expired');
      });

      it('rate-limited: too many wrong codes', { needs: ['linkable', 'code'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        for (let i = 0; i < ch.attemptsLeft; i++) {
          await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        }
        await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'rate-limited');
      });

      it('rate-limited: too many link requests in a short time, with retryAfter', { needs: ['notFound', 'linkable', 'link', 'control'] }, async () => {
        for (let i = 0; i < LINK_RULES.startLimit; i++) {
          await expectCode(adapter.startLink(MAIN, SEED.notFound), 'not-found');
        }
        const error = await expectCode(adapter.startLink(MAIN, SEED.linkable[0]), 'rate-limited');
        expect(error.retryAfter).to.be.a('number').and.greaterThan(0);
        await backend.advanceTime(LINK_RULES.startWindowMs + 1000);
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        expect(ch.status).to.equal('pending');
      });

      it('duplicate-request: a link request for the same account is already open', { needs: ['linkable'] }, async () => {
        await adapter.startLink(MAIN, SEED.linkable[0]);
        await expectCode(adapter.startLink(MAIN, SEED.linkable[0]), 'duplicate-request');
      });

      it('limit-reached: the main account has reached its sub-account limit', { needs: ['linkable', 'order', 'control'] }, async () => {
        const me = await adapter.getCurrentAccount();
        await backend.configure({ subaccountLimit: me.subaccountCount });
        await expectCode(adapter.startLink(MAIN, SEED.linkable[0]), 'limit-reached');
        const productId = await firstProductId();
        await expectCode(adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'limit-1' }), 'limit-reached');
      });

      it('limit-reached: checked again when the code is confirmed', { needs: ['linkable', 'code', 'control'] }, async () => {
        const me = await adapter.getCurrentAccount();
        await backend.configure({ subaccountLimit: (me.subaccountCount ?? 0) + 1 });
        const a = await adapter.startLink(MAIN, SEED.linkable[0]);
        const b = await adapter.startLink(MAIN, SEED.linkable[1]);
        await adapter.confirmLink(a.id, await backend.peekCode(a.id));
        await expectCode(adapter.confirmLink(b.id, await backend.peekCode(b.id)), 'limit-reached');
      });

      it('forbidden: acting for an account that is not the logged-in one', { needs: ['standalone', 'linkable'] }, async () => {
        await expectCode(adapter.startLink(SEED.standalone.id, SEED.linkable[0]), 'forbidden');
        await expectCode(adapter.getCatalog(SEED.standalone.id), 'forbidden');
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('link lifecycle', { tag: 'link' }, () => {
      it('starts a request: pending, masked contact, expiry, resend cool-down, attempts', { needs: ['linkable', 'link'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        expect(ch.id).to.be.a('string').and.not.empty;
        expect(ch.status).to.equal('pending');
        expect(ch.customerNumber).to.equal(SEED.linkable[0]);
        expect(ch.channel).to.be.oneOf(['email', 'sms']);
        expect(ch.maskedContact).to.contain('***');
        expect(ch.attemptsLeft).to.equal(LINK_RULES.maxAttempts);
        const expires = Date.parse(ch.expiresAt);
        const resend = Date.parse(ch.resendAvailableAt);
        expect(Number.isNaN(expires)).to.equal(false);
        expect(Number.isNaN(resend)).to.equal(false);
        expect(expires - resend).to.equal(LINK_RULES.codeTtlMs - LINK_RULES.resendCooldownMs);
      });

      it('accepts customer numbers with spaces', { needs: ['linkable'] }, async () => {
        const spaced = `${SEED.linkable[2].slice(0, 3)} ${SEED.linkable[2].slice(3)}`;
        const ch = await adapter.startLink(MAIN, spaced);
        expect(ch.customerNumber).to.equal(SEED.linkable[2]);
      });

      it('resend: refused during the cool-down with retryAfter, then a new code with a fresh expiry', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        await backend.configure({ demo: false });
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        const first = await backend.peekCode(ch.id);
        const early = await expectCode(adapter.resendLinkCode(ch.id), 'rate-limited');
        expect(early.retryAfter).to.be.a('number').within(1, LINK_RULES.resendCooldownMs / 1000);

        await backend.advanceTime(LINK_RULES.resendCooldownMs);
        const again = await adapter.resendLinkCode(ch.id);
        expect(again.id).to.equal(ch.id);
        expect(again.status).to.equal('pending');
        expect(Date.parse(again.expiresAt) - Date.parse(ch.expiresAt)).to.be.closeTo(LINK_RULES.resendCooldownMs, 1000);
        expect(Date.parse(again.resendAvailableAt)).to.be.greaterThan(Date.parse(ch.resendAvailableAt));
        const second = await backend.peekCode(ch.id);
        expect(second).to.match(/^\d{6}$/);
        if (second !== first) await expectCode(adapter.confirmLink(ch.id, first), 'code-invalid');
        const account = await adapter.confirmLink(ch.id, second);
        expect(account.customerNumber).to.equal(SEED.linkable[0]);
      });

      it('wrong codes count down the attempts; the right one still works while attempts are left', { needs: ['linkable', 'code', 'link'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        const e1 = await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        const e2 = await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        expect(e1.attemptsLeft).to.equal(LINK_RULES.maxAttempts - 1);
        expect(e2.attemptsLeft).to.equal(LINK_RULES.maxAttempts - 2);
        const account = await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        expect(account.role).to.equal('sub');
      });

      it('locks after the last wrong code: confirm and resend refused, a fresh request works', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        let last: AccountWidgetsError | undefined;
        for (let i = 0; i < LINK_RULES.maxAttempts; i++) {
          last = await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        }
        expect(last?.attemptsLeft).to.equal(0);
        // The contract's one lock marker, on the wrong code that locks and on every later call.
        expect(last?.details?.status, 'details.status of the locking refusal').to.equal('locked');
        const confirm = await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'rate-limited');
        expect(confirm.details?.status, 'details.status of a confirm on a locked request').to.equal('locked');
        // Permanent: waiting does not help, so there is no Retry-After to wait for.
        expect(confirm.retryAfter, 'retryAfter of a locked request').to.equal(undefined);
        await backend.advanceTime(LINK_RULES.resendCooldownMs);
        const resend = await expectCode(adapter.resendLinkCode(ch.id), 'rate-limited');
        expect(resend.details?.status, 'details.status of a resend on a locked request').to.equal('locked');
        expect(resend.retryAfter, 'retryAfter of a locked request').to.equal(undefined);

        const fresh = await adapter.startLink(MAIN, SEED.linkable[0]);
        expect(fresh.id).not.to.equal(ch.id);
        expect(fresh.status).to.equal('pending');
        const account = await adapter.confirmLink(fresh.id, await backend.peekCode(fresh.id));
        expect(account.customerNumber).to.equal(SEED.linkable[0]);
      });

      it('a resend restores the attempts: a new code comes with all of them', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await expectCode(adapter.confirmLink(ch.id, await wrongCode(ch.id)), 'code-invalid');
        await backend.advanceTime(LINK_RULES.resendCooldownMs);
        const again = await adapter.resendLinkCode(ch.id);
        expect(again.attemptsLeft, 'attemptsLeft after a resend').to.equal(LINK_RULES.maxAttempts);
      });

      it('expires: the code is refused, and the expired request does not block a fresh one', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await backend.advanceTime(LINK_RULES.codeTtlMs);
        await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'code-expired');
        const fresh = await adapter.startLink(MAIN, SEED.linkable[0]);
        expect(fresh.status).to.equal('pending');
        await adapter.confirmLink(fresh.id, await backend.peekCode(fresh.id));
      });

      it('an expired request can be revived by a resend', { needs: ['linkable', 'code', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await backend.advanceTime(LINK_RULES.codeTtlMs + 1);
        const again = await adapter.resendLinkCode(ch.id);
        expect(again.status).to.equal('pending');
        const account = await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        expect(account.customerNumber).to.equal(SEED.linkable[0]);
      });

      it('cancel: the request ends, its code no longer links, and a fresh request works', { needs: ['linkable', 'code'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await adapter.cancelLink(ch.id);
        const refused = await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'conflict');
        expect(refused.details?.status, 'details.status of a confirm on a canceled request').to.equal('canceled');
        const items = await allSubaccounts();
        expect(items.map((a) => a.customerNumber)).not.to.include(SEED.linkable[0]);
        const fresh = await adapter.startLink(MAIN, SEED.linkable[0]);
        expect(fresh.status).to.equal('pending');
      });

      it('cancel twice is harmless; a canceled request cannot be resent', { needs: ['linkable', 'link', 'control'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await adapter.cancelLink(ch.id);
        await adapter.cancelLink(ch.id);
        await backend.advanceTime(LINK_RULES.resendCooldownMs);
        const resend = await expectCode(adapter.resendLinkCode(ch.id), 'conflict');
        expect(resend.details?.status, 'details.status of a resend on a canceled request').to.equal('canceled');
      });

      it('confirming a linked request again with its code returns the same account (double submit)', { needs: ['linkable', 'code'] }, async () => {
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        const first = await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        const again = await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        expect(again).to.deep.equal(first);
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.linkable[0] });
        expect(page.total).to.equal(1);
      });

      it('success: the account becomes a sub-account, is listed and counted, and cannot be linked twice', { needs: ['linkable', 'code', 'list'] }, async () => {
        const before = await adapter.getCurrentAccount();
        const ch = await adapter.startLink(MAIN, SEED.linkable[1]);
        const code = await backend.peekCode(ch.id);
        const account = await adapter.confirmLink(ch.id, ` ${code.slice(0, 3)} ${code.slice(3)} `);
        expect(account.customerNumber).to.equal(SEED.linkable[1]);
        expect(account.role).to.equal('sub');
        expect(account.relation).to.equal('subaccount');

        const after = await adapter.getCurrentAccount();
        expect(after.subaccountCount).to.equal((before.subaccountCount ?? 0) + 1);
        const items = await allSubaccounts();
        expect(items.map((a) => a.id)).to.include(account.id);
        const names = items.map((a) => a.name);
        expect(names).to.deep.equal([...names].sort(collator().compare));
        await expectCode(adapter.startLink(MAIN, SEED.linkable[1]), 'already-linked');
      });

      it('a standalone account becomes a main account with its first sub-account', { needs: ['standalone', 'as-standalone', 'linkable', 'code'] }, async () => {
        await backend.setCurrentAccount(SEED.standalone.id);
        const ch = await adapter.startLink(SEED.standalone.id, SEED.linkable[3]);
        await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        const me = await adapter.getCurrentAccount();
        expect(me.role).to.equal('main');
        expect(me.subaccountCount).to.equal(1);
        const page = await adapter.listSubaccounts(SEED.standalone.id);
        expect(page.items.map((a) => a.customerNumber)).to.deep.equal([SEED.linkable[3]]);
      });

      it('a linked account that now has a sub-account cannot become a sub-account itself', { needs: ['standalone', 'as-standalone', 'linkable', 'code'] }, async () => {
        await backend.setCurrentAccount(SEED.standalone.id);
        const ch = await adapter.startLink(SEED.standalone.id, SEED.linkable[3]);
        await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        await backend.setCurrentAccount(MAIN);
        await expectCode(adapter.startLink(MAIN, SEED.standalone.customerNumber), 'is-main-account');
      });

      it('unknown or foreign link requests are refused', { needs: ['linkable', 'code', 'standalone', 'as-standalone'] }, async () => {
        await expectCode(adapter.confirmLink('lnk-does-not-exist', '123456'), 'not-found');
        await expectCode(adapter.resendLinkCode('lnk-does-not-exist'), 'not-found');
        const ch = await adapter.startLink(MAIN, SEED.linkable[0]);
        await backend.setCurrentAccount(SEED.standalone.id);
        await expectCode(adapter.confirmLink(ch.id, await backend.peekCode(ch.id)), 'forbidden');
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('catalog', { tag: 'catalog' }, () => {
      it('offers products with prices and options of every generic type', async () => {
        const catalog = await adapter.getCatalog(MAIN);
        expect(catalog.version).to.be.a('string').and.not.empty;
        expect(catalog.currency).to.equal('EUR');
        expect(catalog.vat.rate).to.be.a('number');
        expect(catalog.vat.included).to.be.a('boolean');
        expect(catalog.products.length).to.be.at.least(1);
        for (const p of catalog.products) {
          expect(p.price.monthly).to.be.a('number');
          expect(p.price.oneOff).to.be.a('number');
        }
        for (const o of catalog.products.flatMap((p) => p.options)) expect(o.type, `option ${o.id}`).to.be.oneOf(['boolean', 'choice', 'number', 'text']);
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('order lifecycle', { tag: 'order' }, () => {
      it('places an order: the new account is listed as provisioning at once', { needs: ['order'] }, async () => {
        const productId = await firstProductId();
        const order = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-1' });
        expect(order.id).to.be.a('string').and.not.empty;
        expect(order.mainId).to.equal(MAIN);
        expect(order.status).to.be.oneOf(['submitted', 'provisioning']);
        expect(order.productId).to.equal(productId);
        expect(order.account?.status).to.equal('provisioning');
        expect(order.account?.role).to.equal('sub');
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.order.siteSearch });
        expect(page.items.map((a) => [a.id, a.status])).to.deep.equal([[order.account!.id, 'provisioning']]);
      });

      it('counts the provisioning account as a sub-account at once', { needs: ['order'] }, async () => {
        const before = await adapter.getCurrentAccount();
        const productId = await firstProductId();
        await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-count' });
        const after = await adapter.getCurrentAccount();
        expect(after.subaccountCount).to.equal((before.subaccountCount ?? 0) + 1);
      });

      it('moves submitted → provisioning → completed over time; the account becomes active', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        const placed = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-2' });
        await backend.advanceTime(SEED.order.provisioningMs / 2);
        const midway = await adapter.getOrder(placed.id);
        expect(midway.status).to.equal('provisioning');
        await backend.advanceTime(SEED.order.provisioningMs);
        const done = await adapter.getOrder(placed.id);
        expect(done.status).to.equal('completed');
        expect(done.account?.status).to.equal('active');
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.order.siteSearch });
        expect(page.items.map((a) => [a.id, a.status])).to.deep.equal([[placed.account!.id, 'active']]);
      });

      it('replays the same order for the same idempotency key, and never orders twice', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        const first = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-3' });
        const again = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-3' });
        expect(again.id).to.equal(first.id);
        expect((await backend.orders())).to.have.length(1);
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.order.siteSearch });
        expect(page.total).to.equal(1);
      });

      it('a retry after a lost response returns the order placed the first time', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        await backend.failNext('server', { afterCommit: true });
        await expectCode(adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-4' }), 'server');
        const retried = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-4' });
        expect((await backend.orders()).map((o) => o.id)).to.deep.equal([retried.id]);
      });

      it('refuses the same idempotency key with a different draft (conflict)', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-5' });
        await expectCode(
          adapter.placeOrder(MAIN, draft(productId, { contactEmail: 'other@example.de' }), { idempotencyKey: 'order-5' }),
          'conflict',
        );
        expect((await backend.orders())).to.have.length(1);
      });

      it('ends failed with a reason; the placeholder account disappears', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        await backend.failNextOrder(SEED.order.failureReason);
        const placed = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-6' });
        await backend.advanceTime(SEED.order.provisioningMs + 1);
        const failed = await adapter.getOrder(placed.id);
        expect(failed.status).to.equal('failed');
        expect(failed.failureReason).to.equal(SEED.order.failureReason);
        const page = await adapter.listSubaccounts(MAIN, { search: SEED.order.siteSearch });
        expect(page.total).to.equal(0);
        const next = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-7' });
        await backend.advanceTime(SEED.order.provisioningMs + 1);
        expect((await adapter.getOrder(next.id)).status).to.equal('completed');
      });

      it('validates the draft with a message per field, and orders nothing', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        const bad = draft(productId, {
          site: { name: ' ', street: '', postalCode: '1234', city: '' },
          contactEmail: 'kein-at-zeichen',
          acceptTerms: false,
        });
        const error = await expectCode(adapter.placeOrder(MAIN, bad, { idempotencyKey: 'order-8' }), 'validation');
        expect(error.fields).to.include.keys(
          'site.name',
          'site.street',
          'site.postalCode',
          'site.city',
          'contactEmail',
          'acceptTerms',
        );
        expect((await backend.orders())).to.have.length(0);
        // The same key with a corrected draft is a first attempt, not a conflict.
        const ok = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-8' });
        expect(ok.status).to.be.oneOf(['submitted', 'provisioning']);
      });

      it('refuses a draft priced from an older catalog (conflict), and orders nothing', { needs: ['order', 'control'] }, async () => {
        const catalog = await adapter.getCatalog(MAIN);
        const stale = draft(catalog.products[0].id, { catalogVersion: `${catalog.version}-stale` });
        await expectCode(adapter.placeOrder(MAIN, stale, { idempotencyKey: 'order-stale' }), 'conflict');
        expect(await backend.orders()).to.have.length(0);
        const current = await adapter.placeOrder(MAIN, { ...stale, catalogVersion: catalog.version }, { idempotencyKey: 'order-current' });
        expect(current.status).to.be.oneOf(['submitted', 'provisioning']);
      });

      it('prices the order as the catalog does: pricePerUnit times the chosen number', { needs: ['order'] }, async () => {
        const catalog = await adapter.getCatalog(MAIN);
        const product = catalog.products.find((p) => p.options.some((o) => o.type === 'number' && o.pricePerUnit));
        if (!product) skip('the catalog has no number option with a pricePerUnit');
        const option = product.options.find((o) => o.type === 'number' && o.pricePerUnit)!;
        if (option.type !== 'number') return;
        const count = Math.min(option.max ?? 4, Math.max(option.min ?? 0, 4));
        const order = await adapter.placeOrder(MAIN, draft(product.id, { options: { [option.id]: count } }), { idempotencyKey: 'order-price' });
        if (!order.price) skip('the backend returns no Order.price (optional)');
        expect(order.price, 'Order.price').to.deep.equal(priceOf(product, { [option.id]: count }));
      });

      it('validates products and options against the catalog', { needs: ['order'] }, async () => {
        const catalog = await adapter.getCatalog(MAIN);
        await expectCode(adapter.placeOrder(MAIN, draft('no-such-product'), { idempotencyKey: 'order-9' }), 'validation').then(
          (e) => expect(e.fields).to.have.property('productId'),
        );
        const product = catalog.products.find((p) => p.options.some((o) => o.type === 'number' && o.min !== undefined));
        const option = product!.options.find((o) => o.type === 'number' && o.min !== undefined)!;
        const error = await expectCode(
          adapter.placeOrder(MAIN, draft(product!.id, { options: { [option.id]: -1000 } }), { idempotencyKey: 'order-10' }),
          'validation',
        );
        expect(error.fields).to.have.property(`options.${option.id}`);
      });

      it('collective invoice: the new account hangs on the main as collective-invoice', { needs: ['order'] }, async () => {
        const productId = await firstProductId();
        const order = await adapter.placeOrder(MAIN, draft(productId, { invoice: 'collective' }), {
          idempotencyKey: 'order-11',
        });
        expect(order.account?.relation).to.equal('collective-invoice');
      });

      it('collective invoice is refused where the account may not use one', { needs: ['order', 'standalone', 'as-standalone'] }, async () => {
        await backend.setCurrentAccount(SEED.standalone.id);
        const catalog = await adapter.getCatalog(SEED.standalone.id);
        const error = await expectCode(
          adapter.placeOrder(SEED.standalone.id, draft(catalog.products[0].id, { invoice: 'collective' }), {
            idempotencyKey: 'order-12',
          }),
          'validation',
        );
        expect(error.fields).to.have.property('invoice');
      });

      it('refuses unknown orders (not-found) and orders of other accounts (forbidden)', { needs: ['order', 'standalone', 'as-standalone'] }, async () => {
        await expectCode(adapter.getOrder('ord-does-not-exist'), 'not-found');
        const productId = await firstProductId();
        const order = await adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-13' });
        await backend.setCurrentAccount(SEED.standalone.id);
        await expectCode(adapter.getOrder(order.id), 'forbidden');
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('access URL', { tag: 'access' }, () => {
      it('points to an absolute https URL for the own sub-accounts, and refuses others', { needs: ['sub', 'standalone'] }, async () => {
        if (!adapter.getAccessUrl) skip('the adapter has no getAccessUrl (optional)');
        const url = new URL(await adapter.getAccessUrl!(SEED.sub.id));
        expect(url.protocol).to.equal('https:');
        expect(url.href).to.contain(SEED.sub.id);
        await expectCode(adapter.getAccessUrl!('acc-does-not-exist'), 'not-found');
        await expectCode(adapter.getAccessUrl!(SEED.standalone.id), 'forbidden');
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('unlinkSubaccount', { tag: 'unlink' }, () => {
      /** The adapter's unlink (optional in the contract: a case is skipped without it). */
      const unlink = (mainId: string, accountId: string, opts?: Parameters<NonNullable<AccountAdapter['unlinkSubaccount']>>[2]) => {
        if (!adapter.unlinkSubaccount) skip('the adapter has no unlinkSubaccount (optional)');
        return adapter.unlinkSubaccount!(mainId, accountId, opts);
      };
      const listedIds = async (mainId = MAIN) => (await allSubaccounts(mainId)).map((a) => a.id);

      it('unlinks: the account is standalone afterwards, keeps its data, leaves the list and the count', { needs: ['unlink'] }, async () => {
        const before = await adapter.getCurrentAccount();
        const id = SEED.unlink.subaccount;
        const listed = (await allSubaccounts()).find((a) => a.id === id);
        expect(listed, `${id} is listed before`).to.not.equal(undefined);
        const account = await unlink(MAIN, id);
        expect(account.id).to.equal(id);
        expect(account.role).to.equal('standalone');
        expect(account.relation).to.equal(undefined);
        expect(account.customerNumber).to.equal(listed!.customerNumber);
        expect(account.name).to.equal(listed!.name);
        expect(account.leftCollectiveInvoice ?? false).to.equal(false);
        expect(await listedIds()).to.not.include(id);
        const after = await adapter.getCurrentAccount();
        expect(after.subaccountCount).to.equal((before.subaccountCount ?? 0) - 1);
        expect(after.role).to.equal('main');
        // Nothing was deleted: it is an account of its own, which can be linked again.
        const again = await adapter.startLink(MAIN, account.customerNumber);
        expect(again.status).to.equal('pending');
      });

      it('not-linked: an account that is no longer (or never was) linked to this main', { needs: ['unlink', 'standalone'] }, async () => {
        await unlink(MAIN, SEED.unlink.subaccount);
        await expectCode(unlink(MAIN, SEED.unlink.subaccount), 'not-linked');
        await expectCode(unlink(MAIN, SEED.standalone.id), 'not-linked');
        await expectCode(unlink(MAIN, MAIN), 'not-linked');
      });

      it('not-found: an account that does not exist', async () => {
        await expectCode(unlink(MAIN, 'acc-does-not-exist'), 'not-found');
      });

      it('collective invoice: the account leaves it, and the answer says so', { needs: ['unlink'] }, async () => {
        const id = SEED.unlink.collectiveInvoice;
        const billed = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice', limit: 500 });
        expect(billed.items.map((a) => a.id)).to.include(id);
        const account = await unlink(MAIN, id);
        expect(account.role).to.equal('standalone');
        expect(account.relation).to.equal(undefined);
        expect(account.leftCollectiveInvoice).to.equal(true);
        const after = await adapter.listSubaccounts(MAIN, { relation: 'collective-invoice', limit: 500 });
        expect(after.items.map((a) => a.id)).to.not.include(id);
        expect(after.total).to.equal(billed.total - 1);
      });

      it('conflict: an account still being set up cannot be unlinked (with a reason), and nothing changes', { needs: ['unlink'] }, async () => {
        const before = await adapter.getCurrentAccount();
        const error = await expectCode(unlink(MAIN, SEED.unlink.provisioning), 'conflict');
        expect(error.details?.reason, 'details.reason').to.equal('provisioning');
        expect(await listedIds()).to.include(SEED.unlink.provisioning);
        expect((await adapter.getCurrentAccount()).subaccountCount).to.equal(before.subaccountCount);
      });

      it('only the main account may unlink: a sub-account → not-main-account, another account → forbidden', { needs: ['sub', 'as-sub', 'standalone', 'unlink'] }, async () => {
        await expectCode(unlink(SEED.standalone.id, SEED.unlink.subaccount), 'forbidden');
        await backend.setCurrentAccount(SEED.sub.id);
        const error = await expectCode(unlink(SEED.sub.id, SEED.unlink.subaccount), 'not-main-account');
        expect(error.details?.mainAccountName ?? (error as unknown as { mainAccountName?: string }).mainAccountName).to.equal(MAIN_NAME);
        await expectCode(unlink(MAIN, SEED.unlink.subaccount), 'forbidden');
        await backend.setCurrentAccount(MAIN);
        expect(await listedIds()).to.include(SEED.unlink.subaccount);
      });

      it('the last sub-account gone, the main account is standalone again', { needs: ['standalone', 'as-standalone', 'linkable', 'code'] }, async () => {
        await backend.setCurrentAccount(SEED.standalone.id);
        const ch = await adapter.startLink(SEED.standalone.id, SEED.linkable[3]);
        const linked = await adapter.confirmLink(ch.id, await backend.peekCode(ch.id));
        expect((await adapter.getCurrentAccount()).role).to.equal('main');
        const account = await unlink(SEED.standalone.id, linked.id);
        expect(account.role).to.equal('standalone');
        const me = await adapter.getCurrentAccount();
        expect(me.role).to.equal('standalone');
        expect(me.subaccountCount ?? 0).to.equal(0);
        expect((await adapter.listSubaccounts(SEED.standalone.id)).total).to.equal(0);
      });

      it('a retry of a timed-out unlink with the same key answers as the first call did, and unlinks once', { needs: ['unlink', 'control'] }, async () => {
        const before = await adapter.getCurrentAccount();
        const id = SEED.unlink.subaccount;
        // The backend unlinks, and the answer is lost on the way (a timeout, a dropped connection).
        await backend.failNext('network', { afterCommit: true });
        await expectCode(unlink(MAIN, id, { idempotencyKey: 'unlink-retry-1' }), 'network');
        const retried = await unlink(MAIN, id, { idempotencyKey: 'unlink-retry-1' });
        expect(retried.id).to.equal(id);
        expect(retried.role).to.equal('standalone');
        const again = await unlink(MAIN, id, { idempotencyKey: 'unlink-retry-1' });
        expect(again).to.deep.equal(retried);
        expect(await listedIds()).to.not.include(id);
        expect((await adapter.getCurrentAccount()).subaccountCount).to.equal((before.subaccountCount ?? 0) - 1);
        // Without the key it is a new request, for an account no longer linked.
        await expectCode(unlink(MAIN, id), 'not-linked');
        // The same key for another account is refused.
        await expectCode(unlink(MAIN, SEED.unlink.collectiveInvoice, { idempotencyKey: 'unlink-retry-1' }), 'conflict');
        expect(await listedIds()).to.include(SEED.unlink.collectiveInvoice);
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('abort and failures', { tag: 'failures' }, () => {
      it('rejects with an AbortError when the signal is already aborted', { needs: ['linkable'] }, async () => {
        const controller = new AbortController();
        controller.abort();
        await expectAbort(adapter.getCurrentAccount({ signal: controller.signal }));
        await expectAbort(adapter.listSubaccounts(MAIN, {}, { signal: controller.signal }));
        await expectAbort(adapter.startLink(MAIN, SEED.linkable[0], { signal: controller.signal }));
      });

      it('rejects with an AbortError when aborted while the request is in flight', { needs: ['control'] }, async () => {
        await backend.configure({ latency: 300 });
        const controller = new AbortController();
        const pending = adapter.listSubaccounts(MAIN, {}, { signal: controller.signal });
        setTimeout(() => controller.abort(), 20);
        await expectAbort(pending);
        // The aborted request may still reach the backend later (a service worker or a server goes
        // on with it): it is answered within this test, not by taking the next test's injected failure.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      });

      it('passes injected failures through with their code, then recovers', { needs: ['control'] }, async () => {
        await backend.failNext('unauthorized');
        await expectCode(adapter.getCurrentAccount(), 'unauthorized');
        const me = await adapter.getCurrentAccount();
        expect(me.id).to.equal(MAIN);
      });

      it('passes injected validation failures through with their fields', { needs: ['order', 'control'] }, async () => {
        const productId = await firstProductId();
        await backend.failNext('validation', { fields: { 'site.street': 'Unbekannte Straße.' } });
        const error = await expectCode(adapter.placeOrder(MAIN, draft(productId), { idempotencyKey: 'order-14' }), 'validation');
        expect(error.fields).to.deep.equal({ 'site.street': 'Unbekannte Straße.' });
      });
    });
  });
}
