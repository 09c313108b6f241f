// The page `bench/flow.js` drives: <order-subaccount-flow> and <add-subaccount-dialog> from the
// real split drop-in (loaded by the HTML before this) beside bare floors built from Lit alone, on
// the in-memory backend with no latency. Every figure is one `window.flow.*` call (ms).
import { html, LitElement } from 'lit';
import type { AccountAdapter } from '../../src/api/adapter.js';
import type { Catalog, Product } from '../../src/api/types.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';
import { SEED } from '../../src/mock/seed.js';
import { afterPaint } from './after-paint.js';
import { bareDialogOpen, focusInOpenDialog, until } from './dom.js';

/** A standalone account the in-memory backend lets the main account link (a code is sent). */
const LINKABLE = SEED.linkable[0];

/** When the last `getCatalog` answer reached its caller: what "first render" counts from. */
let catalogAt = 0;
function timedAdapter(): AccountAdapter {
  const adapter = new InMemoryAdapter({ latency: 0 });
  const getCatalog = adapter.getCatalog.bind(adapter);
  adapter.getCatalog = async (...args) => {
    const catalog = await getCatalog(...args);
    catalogAt = performance.now();
    return catalog;
  };
  return adapter;
}

/** The floor: the same catalog as a bare Lit radio list, Next showing a bare second step. */
class FloorFlow extends LitElement {
  static override properties = { catalog: { state: true }, step: { state: true }, chosen: { state: true } };
  declare catalog: Catalog | undefined;
  declare step: number;
  declare chosen: string;
  adapter?: AccountAdapter;
  constructor() {
    super();
    this.step = 0;
    this.chosen = '';
  }
  override connectedCallback(): void {
    super.connectedCallback();
    void this.adapter!.getCurrentAccount().then((me) => this.adapter!.getCatalog(me.id)).then((c) => (this.catalog = c));
  }
  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('step') && changed.get('step') !== undefined) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
  private product = (p: Product, i: number) =>
    html`<div class="product"><input type="radio" id="p${i}" name="productId" @change=${() => (this.chosen = p.id)} /><label for="p${i}">${p.name}</label>
      <p>${p.price.monthly.amount} ${p.price.monthly.currency ?? ''}</p><p>${p.description ?? ''}</p><ul>${(p.features ?? []).map((f) => html`<li>${f}</li>`)}</ul></div>`;
  protected override render() {
    if (!this.catalog) return html`<p>…</p>`;
    const product = this.catalog.products.find((p) => p.id === this.chosen);
    return html`<form @submit=${(e: Event) => (e.preventDefault(), (this.step = 1))}>
      <h2 tabindex="-1" data-heading>${this.step ? 'Konfiguration' : 'Produkt wählen'}</h2>
      ${this.step === 0
        ? html`<fieldset>${this.catalog.products.map(this.product)}</fieldset>`
        : html`<fieldset>${(product?.options ?? []).map((o) => html`<label>${o.label} <input name=${o.id} /></label>`)}</fieldset>
            ${['name', 'street', 'postalCode', 'city', 'email'].map((f) => html`<label>${f} <input name=${f} /></label>`)}`}
      <button type="button">Zurück</button><button type="submit" part="next">Weiter</button>
    </form>`;
  }
}
customElements.define('floor-flow', FloorFlow);

/** The link flow's floor: a bare Lit form of one field whose submit asks the adapter and shows the code step, heading focused. */
class FloorLink extends LitElement {
  static override properties = { stage: { state: true } };
  declare stage: 'number' | 'code';
  adapter?: AccountAdapter;
  constructor() {
    super();
    this.stage = 'number';
  }
  protected override updated(changed: Map<string, unknown>): void {
    if (changed.get('stage') === 'number') this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
  private submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const me = await this.adapter!.getCurrentAccount();
    const number = this.renderRoot.querySelector<HTMLInputElement>('input')!.value;
    await this.adapter!.startLink(me.id, number);
    this.stage = 'code';
  };
  protected override render() {
    return html`<h2 tabindex="-1" data-step-heading>${this.stage === 'number' ? 'Kundennummer' : 'Bestätigungscode'}</h2>
      <form @submit=${this.submit}>
        ${this.stage === 'number'
          ? html`<label for="number">Kundennummer</label><input id="number" name="customerNumber" inputmode="numeric" />`
          : html`<p>Wir haben einen Code gesendet.</p><label for="code">Code</label><input id="code" name="code" inputmode="numeric" />`}
        <button type="button">Abbrechen</button><button type="submit" part="next">Weiter</button>
      </form>`;
  }
}
customElements.define('floor-link', FloorLink);

type Flow = HTMLElement & { adapter?: AccountAdapter; updateComplete: Promise<boolean> };
/** A figure: to the frame painted, and to the element's update done (script only, not frame-aligned). */
type Timing = { paint: number; script: number };
let flow: Flow | undefined;
const heading = () => flow?.shadowRoot?.querySelector<HTMLElement>('[data-heading]');

const api = {
  /** Catalog answered → first step (its products) painted. */
  async firstRender(real: boolean): Promise<Timing> {
    document.body.replaceChildren();
    sessionStorage.clear(); // no draft: every visit starts at the first step
    catalogAt = 0;
    flow = document.createElement(real ? 'order-subaccount-flow' : 'floor-flow') as Flow;
    flow.adapter = timedAdapter();
    document.body.append(flow);
    await until(() => catalogAt > 0 && !!flow?.shadowRoot?.querySelector('input[name="productId"]'));
    await flow.updateComplete;
    const script = performance.now() - catalogAt;
    return { paint: (await afterPaint()) - catalogAt, script };
  },

  /** A product chosen, Next pressed → the next step painted with focus on its heading. */
  async next(): Promise<Timing> {
    const radio = flow!.shadowRoot!.querySelector<HTMLInputElement>('input[name="productId"]')!;
    radio.click();
    await afterPaint();
    const first = heading()?.textContent;
    const t0 = performance.now();
    flow!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await flow!.updateComplete;
    const script = performance.now() - t0;
    await until(() => !!heading() && heading()!.textContent !== first && flow!.shadowRoot!.activeElement === heading());
    return { paint: (await afterPaint()) - t0, script };
  },

  /** The link flow's first step filled in, Continue pressed → the code step painted with focus on its heading. */
  async linkNext(real: boolean): Promise<Timing> {
    document.body.replaceChildren();
    const link = document.createElement(real ? 'link-account-flow' : 'floor-link') as Flow;
    link.setAttribute('lang', 'de');
    link.adapter = new InMemoryAdapter({ latency: 0 });
    document.body.append(link);
    const root = () => link.shadowRoot;
    const linkHeading = () => root()?.querySelector<HTMLElement>('[data-step-heading]');
    await until(() => !!root()?.querySelector('input[name="customerNumber"]'));
    const input = root()!.querySelector<HTMLInputElement>('input[name="customerNumber"]')!;
    input.value = LINKABLE;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await link.updateComplete;
    await afterPaint();
    const first = linkHeading()?.textContent;
    const t0 = performance.now();
    root()!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => !!root()?.querySelector('input[name="code"]'));
    await link.updateComplete;
    const script = performance.now() - t0;
    await until(() => !!linkHeading() && linkHeading()!.textContent !== first && root()!.activeElement === linkHeading());
    return { paint: (await afterPaint()) - t0, script };
  },

  /** `show()` → focus inside the painted dialog; the floor: a bare <dialog> with showModal(). */
  async dialogOpen(real: boolean): Promise<number> {
    if (!real) return bareDialogOpen();
    document.body.replaceChildren();
    const dialog = document.createElement('add-subaccount-dialog') as HTMLElement & { adapter?: AccountAdapter; show(): void; close(): void };
    dialog.adapter = timedAdapter();
    document.body.append(dialog);
    await afterPaint();
    const t0 = performance.now();
    dialog.show();
    await until(focusInOpenDialog);
    const t = (await afterPaint()) - t0;
    dialog.close();
    return t;
  },
};
(window as unknown as { flow: typeof api }).flow = api;
