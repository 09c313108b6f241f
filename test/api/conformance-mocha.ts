/**
 * Runs the shared contract cases (src/contract/conformance.ts) under mocha, against an adapter
 * wired to a `MockBackend` (which is its own `BackendControl`), with the seed's fixtures. Every
 * case must run here: a missing fixture is a failure, not a skip.
 */
import { conformanceSuite } from '../../src/contract/conformance.js';
import { missingNeeds } from '../../src/contract/fixtures.js';
import { SkipCase, type CaseFn, type CaseMeta, type GroupMeta, type SuiteApi } from '../../src/contract/suite.js';
import type { AccountAdapter } from '../../src/api/adapter.js';
import { REFERENCE_FIXTURES } from '../../src/mock/fixtures.js';
import type { MockBackend } from '../../src/mock/mock-backend.js';

export { expectCode } from '../../src/contract/conformance.js';

export interface MockConformanceSetup {
  adapter: AccountAdapter;
  backend: MockBackend;
  teardown?: () => Promise<void> | void;
}

const mocha: SuiteApi = {
  describe(name: string, metaOrBody: GroupMeta | (() => void), maybeBody?: () => void) {
    describe(name, (typeof metaOrBody === 'function' ? metaOrBody : maybeBody)!);
  },
  it(name: string, metaOrFn: CaseMeta | CaseFn, maybeFn?: CaseFn) {
    const meta = typeof metaOrFn === 'function' ? {} : metaOrFn;
    const fn = (typeof metaOrFn === 'function' ? metaOrFn : maybeFn)!;
    it(name, async function () {
      const missing = missingNeeds(meta.needs ?? [], REFERENCE_FIXTURES);
      if (missing.length > 0) throw new Error(`The seed's fixtures lack: ${missing.join('; ')}`);
      try {
        await fn();
      } catch (error) {
        if (error instanceof SkipCase) this.skip();
        throw error;
      }
    });
  },
  beforeEach: (fn) => beforeEach(fn),
  afterEach: (fn) => afterEach(fn),
} as SuiteApi;

export function runAdapterConformance(name: string, setup: () => Promise<MockConformanceSetup>): void {
  describe(name, () => {
    conformanceSuite(mocha, async () => ({ ...(await setup()), fixtures: REFERENCE_FIXTURES }));
  });
}
