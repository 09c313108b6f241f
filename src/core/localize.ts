import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (`{ one: '{count} Treffer', other: '{count} Treffer' }`).
 * Messages are text: they are rendered as text, never as HTML.
 */
export type Message = string | { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

/** One element's messages in one language. The English catalogue defines the keys. */
export type Catalogue = Record<string, Message>;

/** One element's catalogues by language (BCP 47 primary tag: 'de', 'en', …). */
export type Catalogues<C extends Catalogue> = { en: C; de: C } & Record<string, C>;

/** Partial overrides a host sets on an element (`strings` property) or registers globally. */
export type Overrides<C extends Catalogue> = Partial<Record<keyof C, Message>>;

export type Params = Record<string, string | number>;

const extraTranslations = new Map<string, Map<string, Catalogue>>();
const controllers = new Set<LocalizeController<Catalogue>>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<ShadowRoot>();
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * Adds or overrides messages for a language across the page, e.g. a partner's French:
 * `registerTranslations('account-tree', 'fr', { filterLabel: 'Filtrer' })`.
 * Every connected element re-renders.
 */
export function registerTranslations(scope: string, lang: string, messages: Partial<Catalogue>): void {
  const key = lang.toLowerCase();
  let byScope = extraTranslations.get(key);
  if (!byScope) extraTranslations.set(key, (byScope = new Map()));
  byScope.set(scope, { ...(byScope.get(scope) ?? {}), ...(messages as Catalogue) });
  for (const c of controllers) c.host.requestUpdate();
}

/** The closest `lang` up the tree, crossing shadow roots; the document's, else `en`. */
export function closestLang(node: Element): string {
  let el: Element | null = node;
  while (el) {
    const found: Element | null = el.closest('[lang]');
    if (found) return found.getAttribute('lang') || 'en';
    const root = el.getRootNode() as ShadowRoot | Document;
    el = (root as ShadowRoot).host ?? null;
  }
  return node.ownerDocument?.documentElement.lang || 'en';
}

/**
 * Gives an element its messages in the language of the closest `lang`, following changes of any
 * `lang` attribute on the page, with per-element overrides from the host's `strings` property.
 */
export class LocalizeController<C extends Catalogue> implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement & { strings?: Overrides<C> };
  private readonly scope: string;
  private readonly catalogues: Catalogues<C>;
  private cachedLang?: string;
  /** Elements around the host (through shadow roots) whose `strings` may hold nested overrides. */
  private ancestors: HTMLElement[] = [];
  private lastStrings?: unknown;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { strings?: Overrides<C> },
    scope: string,
    catalogues: Catalogues<C>,
  ) {
    this.host = host;
    this.scope = scope;
    this.catalogues = catalogues;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this as unknown as LocalizeController<Catalogue>);
    this.cachedLang = undefined;
    this.ancestors = [];
    for (let node: Node | null = this.host.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof HTMLElement && 'strings' in node) this.ancestors.push(node);
    }
    if (!observer && typeof MutationObserver !== 'undefined' && globalThis.document) {
      observer = new MutationObserver(() => {
        for (const c of controllers) {
          const before = c.cachedLang;
          c.cachedLang = undefined;
          if (c.lang !== before) c.host.requestUpdate();
        }
      });
      observer.observe(document.documentElement, LANG_CHANGES);
    }
    // A `lang` may also change inside the shadow roots the host lives in (a portal built of web
    // components): watch each of them once.
    for (let root = this.host.getRootNode(); observer && root instanceof ShadowRoot; root = root.host.getRootNode()) {
      if (observedRoots.has(root)) continue;
      observedRoots.add(root);
      observer.observe(root, LANG_CHANGES);
    }
  }

  hostDisconnected(): void {
    controllers.delete(this as unknown as LocalizeController<Catalogue>);
  }

  /** New `strings` on the host re-render the elements inside it that take nested overrides from it. */
  hostUpdate(): void {
    if (this.host.strings === this.lastStrings) return;
    this.lastStrings = this.host.strings;
    for (const c of controllers) if (c.ancestors.includes(this.host)) c.host.requestUpdate();
  }

  /** A nested override for this element's scope from the closest ancestor that names `key`. */
  private inherited(key: string): Message | undefined {
    for (const ancestor of this.ancestors) {
      const nested = (ancestor as { strings?: Record<string, unknown> }).strings?.[this.scope];
      if (nested && typeof nested === 'object' && key in nested) return (nested as Record<string, Message>)[key];
    }
    return undefined;
  }

  /** The resolved BCP 47 tag of the closest `lang`, e.g. `de-DE`. */
  get lang(): string {
    return (this.cachedLang ??= closestLang(this.host));
  }

  /** The primary language shipped or registered for this element ('de' or 'en', or a partner's). */
  get language(): string {
    const tag = this.lang.toLowerCase();
    const primary = tag.split('-')[0];
    for (const candidate of [tag, primary]) {
      if (candidate in this.catalogues || extraTranslations.get(candidate)?.has(this.scope)) return candidate;
    }
    return 'en';
  }

  /** Text direction at the host, for arrow keys that mirror in right-to-left pages. */
  get dir(): 'ltr' | 'rtl' {
    return getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The message for `key`, with `{name}` placeholders filled in. */
  t(key: keyof C & string, params?: Params): string {
    const message = this.lookup(key);
    const text = typeof message === 'string' ? message : this.plural(message, params?.count);
    return params ? interpolate(text, params) : text;
  }

  /** Formats a number, currency or date for the page's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang, options).format(new Date(value));
  }

  /** Compares two strings with the page language's collation (umlauts sort as Germans expect). */
  get collator(): Intl.Collator {
    return new Intl.Collator(this.lang, { sensitivity: 'base', numeric: true });
  }

  private lookup(key: string): Message {
    const lang = this.language;
    return (
      this.host.strings?.[key as keyof C] ??
      this.inherited(key) ??
      extraTranslations.get(this.lang.toLowerCase())?.get(this.scope)?.[key] ??
      extraTranslations.get(lang)?.get(this.scope)?.[key] ??
      this.catalogues[lang]?.[key] ??
      this.catalogues.en[key] ??
      key
    );
  }

  private plural(message: Exclude<Message, string>, count: unknown): string {
    if (typeof count !== 'number') return message.other;
    if (count === 0 && message.zero !== undefined) return message.zero;
    const category = new Intl.PluralRules(this.lang).select(count) as keyof typeof message;
    return message[category] ?? message.other;
  }
}

function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
