import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AddSubaccountDialog } from '../../../src/elements/add-subaccount-dialog/add-subaccount-dialog.js';
import type { LocationManagement } from '../../../src/elements/location-management/location-management.js';
import { InMemoryAdapter } from '../../../src/mock/in-memory-adapter.js';
import { $maybe } from '../../helpers/dom.js';

// A test page loads hundreds of modules: without room, later requests are not recorded at all.
performance.setResourceTimingBufferSize(100_000);

/** The modules of the add dialog and its flows (loaded on first use). */
export const LAZY = /\/(add-subaccount-dialog|link-account-flow|order-subaccount-flow)\.(js|ts)\b/;
export const requested = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => pattern.test(name));

export async function section(prefetch: 'idle' | 'intent' = 'intent', lang = 'en'): Promise<LocationManagement> {
  const el = await fixture<LocationManagement>(
    html`<location-management lang=${lang} prefetch=${prefetch} .adapter=${new InMemoryAdapter()}></location-management>`,
  );
  await waitUntil(() => $maybe(el, '[part~="tree"]')?.shadowRoot?.querySelector('[role="treeitem"]'), 'rows', { timeout: 4000 });
  await waitUntil(() => $maybe(el, '[part~="add-button"]'), 'the add button');
  return el;
}
export const dialogOf = (el: LocationManagement) => $maybe<AddSubaccountDialog>(el, '[part~="dialog"]');

