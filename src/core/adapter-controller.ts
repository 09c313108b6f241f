import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountAdapter } from '../api/adapter.js';
import { adapterContext } from '../api/context.js';
import { RestAdapter } from '../api/rest-adapter.js';
import { closestLang } from './localize.js';
import { localizedAdapter } from './localized-adapter.js';

export interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  adapter?: AccountAdapter;
  apiBase?: string;
}

/**
 * Resolves an element's backend, in this order: its own `adapter` property; the adapter the
 * nearest ancestor provides (Lit context); a `RestAdapter` built from its `api-base` attribute
 * (the zero-JS drop-in). `value` is undefined when none is configured; calls through it carry the
 * element's `lang` as `opts.locale` (core/localized-adapter.ts).
 */
export class AdapterController implements ReactiveController {
  private readonly host: AdapterHost;
  private readonly consumer: ContextConsumer<typeof adapterContext, AdapterHost>;
  private built?: { baseUrl: string; adapter: AccountAdapter };

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

  /** The backend, as this element calls it: every call carries the element's language (`opts.locale`). */
  get value(): AccountAdapter | undefined {
    const adapter = this.resolve();
    return adapter && localizedAdapter(adapter, this.host, () => closestLang(this.host));
  }

  /**
   * The backend as configured (no per-element view): what a composite element hands on to the
   * elements inside it, which then add their own language.
   */
  get source(): AccountAdapter | undefined {
    return this.resolve();
  }

  private resolve(): AccountAdapter | undefined {
    if (this.host.adapter) return this.host.adapter;
    if (this.consumer.value) return this.consumer.value;
    const baseUrl = this.host.apiBase;
    if (!baseUrl) return undefined;
    if (this.built?.baseUrl !== baseUrl) this.built = { baseUrl, adapter: new RestAdapter({ baseUrl }) };
    return this.built.adapter;
  }
}
