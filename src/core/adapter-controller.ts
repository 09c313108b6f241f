import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountAdapter } from '../api/adapter.js';
import { adapterContext } from '../api/context.js';
import { AccountWidgetsError } from '../api/errors.js';
import { guardAdapter, unguarded } from '../api/guarded-adapter.js';
import { isDevMode } from './dev-mode.js';
import { closestLang } from './localize.js';
import { localizedAdapter } from './localized-adapter.js';

export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: AccountAdapter;
  apiBase?: string;
  /** The element-side deadline of every adapter call, in ms (0: none). */
  requestTimeout?: number;
}

/**
 * `RestAdapter` (with its response validation and problem+json parsing) is loaded on first use of
 * `api-base`, not with the elements: a page whose adapter comes from JavaScript never pays for it.
 * Until it has arrived an element with `api-base` holds its updates (`pending`), so its first
 * request already goes through the real class (one adapter identity, no re-run).
 */
let restModule: typeof import('../api/rest-adapter.js') | undefined;
let restLoading: Promise<unknown> | undefined;
function loadRest(): Promise<unknown> {
  return (restLoading ??= import('../api/rest-adapter.js').then(
    (m) => (restModule = m),
    (error: unknown) => {
      restLoading = undefined; // a later update tries again
      throw error;
    },
  ));
}

/** A plain `RestAdapter` (not a subclass, which may override what it returns), known without loading its module. */
function validatesItself(adapter: AccountAdapter): boolean {
  const ctor = (adapter as { constructor?: object }).constructor;
  return !!ctor && Object.prototype.hasOwnProperty.call(ctor, Symbol.for('account-widgets.validates-itself'));
}

/** The backend while `RestAdapter` could not be loaded: every call fails as a retryable `network` error. */
const notLoaded = (): Promise<never> =>
  Promise.reject(new AccountWidgetsError('network', { message: 'RestAdapter could not be loaded', retryable: true }));
const unavailable = Object.fromEntries(
  ['getCurrentAccount', 'listSubaccounts', 'startLink', 'resendLinkCode', 'confirmLink', 'cancelLink', 'getCatalog', 'placeOrder', 'getOrder'].map(
    (name) => [name, notLoaded],
  ),
) as unknown as AccountAdapter;

/** Each wrong shape is warned about once per page, not once per element and retry. */
const warned = new Set<string>();

/** The element-side deadline when the host sets none (ms): above `RestAdapter`'s 15 s per attempt. */
export const DEFAULT_REQUEST_TIMEOUT = 30_000;

/**
 * Resolves an element's backend, in this order: its own `adapter` property; the adapter the
 * nearest ancestor provides (Lit context); a `RestAdapter` built from its `api-base` attribute
 * (the zero-JS drop-in). `value` is undefined when none is configured.
 *
 * Whatever it resolves is handed out behind the validating seam (`guardAdapter`, src/api/
 * guarded-adapter.ts) with the host's `requestTimeout` as deadline — the same object for the same
 * adapter, so a changed `value` always means the backend really changed — and every call through
 * it carries the element's `lang` as `opts.locale` (core/localized-adapter.ts).
 */
export class AdapterController implements ReactiveController {
  private readonly host: AdapterHost;
  private readonly consumer: ContextConsumer<typeof adapterContext, AdapterHost>;
  private built?: { baseUrl: string; adapter: AccountAdapter };
  private guarded?: { raw: AccountAdapter; adapter: AccountAdapter };

  constructor(host: AdapterHost) {
    this.host = host;
    this.consumer = new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * While the host would build a `RestAdapter` from `api-base` and the class is still loading:
   * the promise of its arrival (the host waits for it before updating). Else undefined.
   * A failed load resolves too: the element then shows the failure as a retryable `network` error.
   */
  get pending(): Promise<unknown> | undefined {
    if (restModule || this.host.adapter || this.consumer.value || !this.host.apiBase) return undefined;
    return loadRest().catch(() => undefined);
  }

  /** The resolved adapter as configured (not guarded): what a composite hands to its children. */
  get raw(): AccountAdapter | undefined {
    if (this.host.adapter) return unguarded(this.host.adapter);
    if (this.consumer.value) return unguarded(this.consumer.value);
    const baseUrl = this.host.apiBase;
    if (!baseUrl) return undefined;
    if (this.built?.baseUrl !== baseUrl) {
      if (!restModule) return (void loadRest().then(() => this.host.requestUpdate(), () => {}), unavailable);
      this.built = { baseUrl, adapter: new restModule.RestAdapter({ baseUrl }) };
    }
    return this.built.adapter;
  }

  /** The resolved adapter behind the seam. */
  get value(): AccountAdapter | undefined {
    const raw = this.raw;
    if (!raw) return undefined;
    if (this.guarded?.raw !== raw) {
      this.guarded = {
        raw,
        adapter: guardAdapter(raw, {
          // A plain RestAdapter validated every body already: checked once, not twice.
          validate: !validatesItself(raw),
          timeoutMs: () => {
            const ms = Number(this.host.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT);
            return Number.isFinite(ms) ? ms : DEFAULT_REQUEST_TIMEOUT;
          },
          onInvalid: (error) => this.warn(error),
        }),
      };
    }
    // The element's language on every call (one view per adapter and element: identity holds).
    return localizedAdapter(this.guarded.adapter, this.host, () => closestLang(this.host));
  }

  private warn(error: AccountWidgetsError): void {
    if (!isDevMode() || warned.has(error.message)) return;
    warned.add(error.message);
    console.warn(`account-widgets: <${this.host.localName}> got a wrong shape from its adapter — ${error.message}`);
  }
}
