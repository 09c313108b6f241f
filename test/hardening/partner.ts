import { waitUntil } from '@open-wc/testing';
import type { AccountAdapter } from '../../src/api/adapter.js';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../src/mock/in-memory-adapter.js';

export const METHODS = [
  'getCurrentAccount',
  'listSubaccounts',
  'startLink',
  'resendLinkCode',
  'confirmLink',
  'cancelLink',
  'getCatalog',
  'placeOrder',
  'getOrder',
  'getAccessUrl',
] as const;
export type Method = (typeof METHODS)[number];
export type Override = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Partner {
  /** A plain object, as a partner writes it from DESIGN §4 (no class, no library import). */
  adapter: AccountAdapter;
  /** Calls per method. */
  calls: Record<string, number>;
  /** The `opts` each call received, per method. */
  opts: Record<string, { signal?: AbortSignal; [key: string]: unknown }[]>;
  base: InMemoryAdapter;
  /** Replaces a method's behaviour from now on. */
  set(method: Method, fn: Override): void;
  total(): number;
}

const OPTS_INDEX: Record<Method, number> = {
  getCurrentAccount: 0, listSubaccounts: 2, startLink: 2, resendLinkCode: 1, confirmLink: 2,
  cancelLink: 1, getCatalog: 1, placeOrder: 2, getOrder: 1, getAccessUrl: 1,
};

/**
 * A partner-style adapter: a plain object whose methods answer from a seeded mock backend unless
 * overridden (wrong shapes, own errors, sync throws, never-settling promises …). Counts calls.
 */
export function partner(overrides: Partial<Record<Method, Override>> = {}, options: InMemoryAdapterOptions = {}): Partner {
  const base = new InMemoryAdapter(options);
  const calls: Record<string, number> = {};
  const opts: Partner['opts'] = {};
  const current: Partial<Record<Method, Override>> = { ...overrides };
  const adapter: Record<string, unknown> = {};
  for (const method of METHODS) {
    adapter[method] = (...args: unknown[]) => {
      calls[method] = (calls[method] ?? 0) + 1;
      (opts[method] ??= []).push((args[OPTS_INDEX[method]] ?? {}) as { signal?: AbortSignal });
      const fn = current[method];
      return fn ? fn(...args) : (base[method] as Override).apply(base, args);
    };
  }
  return {
    adapter: adapter as unknown as AccountAdapter,
    calls,
    opts,
    base,
    set: (method, fn) => void (current[method] = fn),
    total: () => Object.values(calls).reduce((a, b) => a + b, 0),
  };
}

/** An error of the adapter's own making (not the element's abort). */
export const ownError = (name: 'AbortError' | 'TimeoutError') => new DOMException(`the partner's ${name}`, name);

/** A promise that never settles. */
export const never = () => new Promise<never>(() => {});

/** Everything an element shows as text, through its shadow root and nested elements' shadow roots. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const el = node as Element;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    if (el.localName === 'style' || el.localName === 'script') return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Asserts no junk values reached the screen. */
export function junkIn(text: string): string | undefined {
  return /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/.exec(text)?.[0];
}

/** Lets timers, microtasks and renders run. */
export const settleTime = (ms = 30) => new Promise<void>((r) => setTimeout(r, ms));

export async function until(condition: () => unknown, message: string, timeout = 3000): Promise<void> {
  await waitUntil(condition, message, { timeout, interval: 10 });
}
