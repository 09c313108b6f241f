import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountAdapter } from '../../../src/api/adapter.js';
import { MemoryDraftStore, type DraftStore } from '../../../src/core/draft-store.js';
import '../../../src/elements/order-subaccount-flow/define.js';
import { OrderSubaccountFlow, type OrderStep } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';

/** The flow with navigation and the page address observable (hand-over mode). */
export class TestOrderFlow extends OrderSubaccountFlow {
  navigated: string[] = [];
  page = 'http://portal.example.test/standorte?tab=sites';
  protected override navigate(url: string): void {
    this.navigated.push(url);
  }
  protected override pageUrl(): string {
    return this.page;
  }
}
customElements.define('test-order-flow', TestOrderFlow);

export const PROVISIONING_MS = 1000;

export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
export function qq<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
}
export const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

export interface Setup {
  el: OrderSubaccountFlow;
  adapter: InMemoryAdapter;
  store: MemoryDraftStore;
  steps: OrderStep[];
}

export async function setup(
  options: { adapter?: InMemoryAdapter | AccountAdapter; store?: DraftStore; lang?: string; wait?: OrderStep | false } = {},
): Promise<Setup> {
  const adapter = (options.adapter as InMemoryAdapter) ?? new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
  const store = (options.store as MemoryDraftStore) ?? new MemoryDraftStore();
  const steps: OrderStep[] = [];
  // The element itself is the fixture root (a plain wrapper would make `fixture` wait for an
  // animation frame, which never comes in a background page when test files run in parallel).
  const el = await fixture<OrderSubaccountFlow>(html`<order-subaccount-flow
    lang=${options.lang ?? 'en'}
    .adapter=${adapter}
    .draftStore=${store}
    poll-interval="20"
    @order-step-change=${(e: CustomEvent<{ step: OrderStep }>) => steps.push(e.detail.step)}
  ></order-subaccount-flow>`);
  if (options.wait !== false) await waitForStep(el, options.wait ?? 'product');
  return { el, adapter, store, steps };
}

export async function waitForStep(el: OrderSubaccountFlow, step: OrderStep): Promise<void> {
  await waitUntil(() => el.step === step && el.shadowRoot?.querySelector(`[data-step="${step}"]`), `step ${step} not reached (at ${el.step})`);
  await el.updateComplete;
}

/** Focuses a field and types into it with real key presses (clearing it first). */
export async function typeInto(el: Element, selector: string, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, selector);
  input.focus();
  input.select?.();
  if (input.value) await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await (el as OrderSubaccountFlow).updateComplete;
}

/** Presses Next (or the order button) with the keyboard. */
export async function pressNext(el: OrderSubaccountFlow): Promise<void> {
  q(el, '[part="next"]').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

export async function chooseProduct(el: OrderSubaccountFlow, index = 0): Promise<void> {
  const radio = qq<HTMLInputElement>(el, 'input[name="productId"]')[index];
  radio.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
}

export async function fillSite(el: OrderSubaccountFlow, site = { name: 'Filiale Koeln', street: 'Domstrasse 1', postalCode: '50667', city: 'Koeln' }, email = 'it@nordlicht.example'): Promise<void> {
  await typeInto(el, '#f-site-name', site.name);
  await typeInto(el, '#f-site-street', site.street);
  await typeInto(el, '#f-site-postalCode', site.postalCode);
  await typeInto(el, '#f-site-city', site.city);
  await typeInto(el, '#f-contactEmail', email);
}

/** Product (first) → configuration (site filled) → invoice → review. */
export async function toReview(el: OrderSubaccountFlow, index = 0): Promise<void> {
  await chooseProduct(el, index);
  await pressNext(el);
  await waitForStep(el, 'configuration');
  await fillSite(el);
  await pressNext(el);
  await waitForStep(el, 'invoice');
  await pressNext(el);
  await waitForStep(el, 'review');
}

export async function acceptTerms(el: OrderSubaccountFlow): Promise<void> {
  q(el, '#f-acceptTerms').focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
}

/** The error message tied to a field through `aria-describedby`. */
export function fieldError(el: Element, input: HTMLElement): string | undefined {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const errors = ids.map((id) => el.shadowRoot!.getElementById(id)).filter((n) => n?.classList.contains('field-error'));
  return errors[0]?.textContent?.trim();
}

export { MemoryDraftStore, InMemoryAdapter };
