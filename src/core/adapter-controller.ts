import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountAdapter } from '../api/adapter.js';
import { adapterContext } from '../api/context.js';
import type { AccountWidgetsError } from '../api/errors.js';
import { guardAdapter, unguarded } from '../api/guarded-adapter.js';
import { RestAdapter } from '../api/rest-adapter.js';
import { isDevMode } from './dev-mode.js';
import { closestLang } from './localize.js';
import { localizedAdapter } from './localized-adapter.js';

export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: AccountAdapter;
  apiBase?: string;
  /** The element-side deadline of every adapter call, in ms (0: none). */
  requestTimeout?: number;
}

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

  /** The resolved adapter as configured (not guarded): what a composite hands to its children. */
  get raw(): AccountAdapter | undefined {
    if (this.host.adapter) return unguarded(this.host.adapter);
    if (this.consumer.value) return unguarded(this.consumer.value);
    const baseUrl = this.host.apiBase;
    if (!baseUrl) return undefined;
    if (this.built?.baseUrl !== baseUrl) this.built = { baseUrl, adapter: new RestAdapter({ baseUrl }) };
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
          validate: Object.getPrototypeOf(raw) !== RestAdapter.prototype,
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
