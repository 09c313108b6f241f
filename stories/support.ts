// Shared by the stories: their language (the toolbar's, or pinned), waiting for a state, and the
// order a customer placed in the portal shop.
import type { StoryObj } from '@storybook/web-components-vite';
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

/** The languages every story is shown (and tested) in. */
export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** What a story's render, loader and play functions read the language from. */
export interface LangContext {
  parameters?: { lang?: unknown; [key: string]: unknown };
  globals?: { locale?: unknown; [key: string]: unknown };
}

/**
 * The language a story renders in: the toolbar's (`globals.locale`), unless the story pins one
 * (`parameters.lang`, set by `pinLang`; such a story's name ends in `German` / `English`).
 * The preview puts it on the story's wrapper as `lang`; stories read it only for their own
 * content (a portal's slot text, a search word, a server's message).
 */
export function langOf(context: LangContext | undefined): Lang {
  return (context?.parameters?.lang ?? context?.globals?.locale) === 'en' ? 'en' : 'de';
}

/** A story pinned to one language: the toolbar's language does not change it (docs/conventions.md). */
export function pinLang(lang: Lang, story: StoryObj): StoryObj {
  return { ...story, parameters: { ...story.parameters, lang } };
}
