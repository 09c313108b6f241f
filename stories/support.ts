// Shared by the stories: waiting for a state, and the order a customer placed in the portal shop.
import type { OrderDraft } from '../src/api/types.js';

/** Resolves with the first truthy value of `check` (polled), or fails the story after `timeout` ms. */
export async function until<T>(check: () => T | null | undefined | false, timeout = 6000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('The story did not reach its state');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The order placed in the portal's shop, picked up on return (`?order=<id>`). */
export const shopDraft: OrderDraft = {
  productId: 'sip-trunk',
  options: { channels: 8 },
  site: { name: 'Werk Sindelfingen', street: 'Bahnhofstraße 3', postalCode: '71063', city: 'Sindelfingen' },
  contactEmail: 'werk@nordlicht.example',
  invoice: 'own',
  acceptTerms: true,
};
