import { waitUntil } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import type { AccountAdapter } from '../../src/api/adapter.js';

/** An element inside a shadow root, or a failed test naming the selector. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

export function $maybe<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Visible text of a node, whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Wraps an adapter and counts the calls of each method (double-submit checks). */
export function countingAdapter<A extends AccountAdapter>(adapter: A): { adapter: A; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const wrapped = new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        calls[key] = (calls[key] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { adapter: wrapped, calls };
}

/** What the element's live region says (waits for the announcer's short delay). */
export async function announced(host: Element, includes: string): Promise<void> {
  const region = () => text(host.shadowRoot?.querySelector('[role="status"][aria-live]'));
  try {
    await waitUntil(() => region().includes(includes), undefined, { timeout: 2000 });
  } catch {
    throw new Error(`Expected an announcement containing "${includes}"; the live region says "${region()}"`);
  }
}

/** A short, printable name of a node (assertions on DOM nodes themselves print badly). */
export function nameOf(node: Element | null | undefined): string {
  if (!node) return '(nothing)';
  const id = node.id ? `#${node.id}` : '';
  const label = node.localName === 'input' ? '' : ` "${text(node).slice(0, 40)}"`;
  return `${node.localName}${id}${label}`;
}

/** The printable name of the focused element, through shadow roots. */
export function focused(): string {
  return nameOf(deepActive());
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh `<div>` in the body (removed after the test). Unlike `fixture()`
 * with a plain wrapper it never waits for an animation frame, which a page in the background
 * (WTR runs files concurrently) may never get.
 */
export function mount(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

if (typeof afterEach === 'function') {
  afterEach(() => {
    for (const container of mounted.splice(0)) {
      render(nothing, container);
      container.remove();
    }
  });
}

/** An element's own localized message for an error (its protected `errorMessage`), so tests need not copy texts. */
export function errorMessageOf(el: Element, error: unknown): string {
  return (el as unknown as { errorMessage(value: unknown): string }).errorMessage(error);
}
