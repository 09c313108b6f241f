/**
 * The framework-neutral shape of the contract cases: a suite is written once against `SuiteApi`
 * (`describe` / `it` / `beforeEach` / `afterEach`, as in mocha) and runs wherever something
 * implements it — mocha in the browser (test/api/*-conformance.test.ts) or `collectCases()` for
 * `account-widgets verify` in Node.
 */
import type { ErrorCode } from '../api/errors.js';
import type { Order } from '../api/types.js';
import type { FailInit } from '../mock/failures.js';
import type { Need } from './fixtures.js';

export interface CaseMeta {
  /** What the case relies on beyond `main`; without it the case is skipped, saying what to add (`NEEDS`). */
  needs?: Need[];
  /** False for the few cases that do not act for the main account (it is an implicit need otherwise). */
  needsMain?: boolean;
}

export interface GroupMeta {
  /** The short name `--only` selects the group by (`link`, `order`, …). */
  tag: string;
}

export type CaseFn = () => Promise<void> | void;

export interface SuiteApi {
  describe(name: string, meta: GroupMeta, body: () => void): void;
  describe(name: string, body: () => void): void;
  it(name: string, meta: CaseMeta, fn: CaseFn): void;
  it(name: string, fn: CaseFn): void;
  beforeEach(fn: CaseFn): void;
  afterEach(fn: CaseFn): void;
}

/** Thrown by `skip()`: the case does not apply to this backend (reported skipped, with the reason). */
export class SkipCase extends Error {
  override name = 'SkipCase';
}

export function skip(reason: string): never {
  throw new SkipCase(reason);
}

/**
 * How cases arrange state on a backend beyond the contract: every method may be async. The
 * `MockBackend` offers all of it in memory (`mockControl`), the reference server over HTTP
 * (its test hooks), a partner's staging what its fixtures say (`needs: ['control']` otherwise).
 */
export interface BackendControl {
  reset(): Promise<void> | void;
  setCurrentAccount(id: string): Promise<void> | void;
  configure(changes: { latency?: number; demo?: boolean; subaccountLimit?: number; provisioningMs?: number }): Promise<void> | void;
  advanceTime(ms: number): Promise<void> | void;
  /** The verification code last sent for a link request. */
  peekCode(challengeId: string): Promise<string> | string;
  failNext(code: ErrorCode, init?: FailInit): Promise<void> | void;
  failNextOrder(reason: string): Promise<void> | void;
  orders(): Promise<Order[]> | Order[];
}

export interface CollectedCase {
  /** `group-tag/slug-of-title`, unique. */
  id: string;
  tag: string;
  group: string;
  title: string;
  needs: Need[];
  /** Runs the `beforeEach` hooks, the case, then the `afterEach` hooks (always). */
  run(): Promise<void>;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** Collects a suite's cases as plain objects (for `verify`), with their hooks attached. */
export function collectCases(define: (t: SuiteApi) => void): CollectedCase[] {
  const cases: CollectedCase[] = [];
  interface Scope {
    tag: string;
    group: string;
    before: CaseFn[];
    after: CaseFn[];
  }
  const stack: Scope[] = [{ tag: '', group: '', before: [], after: [] }];
  const ids = new Set<string>();
  const api: SuiteApi = {
    describe(name: string, metaOrBody: GroupMeta | (() => void), maybeBody?: () => void) {
      const meta = typeof metaOrBody === 'function' ? undefined : metaOrBody;
      const body = (typeof metaOrBody === 'function' ? metaOrBody : maybeBody)!;
      const parent = stack[stack.length - 1];
      stack.push({ tag: meta?.tag ?? parent.tag, group: parent.group ? `${parent.group} › ${name}` : name, before: [], after: [] });
      body();
      stack.pop();
    },
    it(name: string, metaOrFn: CaseMeta | CaseFn, maybeFn?: CaseFn) {
      const meta = typeof metaOrFn === 'function' ? {} : metaOrFn;
      const fn = (typeof metaOrFn === 'function' ? metaOrFn : maybeFn)!;
      const scopes = [...stack];
      const scope = scopes[scopes.length - 1];
      let id = `${scope.tag || 'case'}/${slug(name)}`;
      for (let n = 2; ids.has(id); n++) id = `${scope.tag || 'case'}/${slug(name)}-${n}`;
      ids.add(id);
      cases.push({
        id,
        tag: scope.tag,
        group: scope.group,
        title: name,
        needs: [...(meta.needsMain === false ? [] : (['main'] as Need[])), ...(meta.needs ?? [])],
        async run() {
          try {
            for (const s of scopes) for (const hook of s.before) await hook();
            await fn();
          } finally {
            for (const s of [...scopes].reverse()) for (const hook of s.after) await hook();
          }
        },
      });
    },
    beforeEach(fn) {
      stack[stack.length - 1].before.push(fn);
    },
    afterEach(fn) {
      stack[stack.length - 1].after.push(fn);
    },
  } as SuiteApi;
  define(api);
  return cases;
}
