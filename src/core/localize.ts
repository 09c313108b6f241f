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

/**
 * One element's catalogues by language, each loaded when first needed (src/i18n/lazy.ts): a
 * dynamic `import()` of a module whose default export is the catalogue.
 */
export type CatalogueLoader<C extends Catalogue> = () => Promise<{ default: C }>;
export type LazyCatalogues<C extends Catalogue> = { en: CatalogueLoader<C>; de: CatalogueLoader<C> } & Record<string, CatalogueLoader<C>>;

export type Params = Record<string, string | number>;

/** Catalogues that arrived, by their loader (each language loads once per page). */
const arrived = new WeakMap<CatalogueLoader<Catalogue>, Catalogue>();
const arriving = new WeakMap<CatalogueLoader<Catalogue>, Promise<unknown>>();
function loadCatalogue(loader: CatalogueLoader<Catalogue>): Promise<unknown> {
  let loading = arriving.get(loader);
  if (!loading) {
    loading = loader().then(
      (module) => arrived.set(loader, module.default),
      (error: unknown) => {
        arriving.delete(loader); // the next update asks again
        console.warn('account-widgets: messages could not be loaded:', error);
      },
    );
    arriving.set(loader, loading);
  }
  return loading;
}

/**
 * `Intl` objects are costly to create (the first `NumberFormat` of a page: 12–32 ms), cheap to
 * reuse: one per locale and options for the page, created ahead of the first render by `warm()`.
 */
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.Collator>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.Collator>(
  kind: string,
  lang: string,
  options: object | undefined,
  create: () => T,
): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let value = intlCache.get(key) as T | undefined;
  if (!value) intlCache.set(key, (value = create()));
  return value;
}
const COLLATION: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
const warmed = new Set<string>();
/** Creates the formatters every element's first render uses for `lang`, once per page, off the render. */
function warm(lang: string): void {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  const run = (): void => {
    try {
      cached('n', lang, undefined, () => new Intl.NumberFormat(lang)).format(1);
      cached('p', lang, undefined, () => new Intl.PluralRules(lang)).select(1);
      cached('c', lang, COLLATION, () => new Intl.Collator(lang, COLLATION));
    } catch {
      // an invalid `lang`: the element's own calls say so where they are made
    }
  };
  setTimeout(run, 0);
}

/** What each host's next render needs loaded: its controllers, and the messages of elements it will show. */
const ofHost = new WeakMap<object, { readonly pending: Promise<unknown> | undefined }[]>();

/** The shipped language `lang` resolves to in `catalogues` ('de-AT' → 'de'), else English. */
function shipped(catalogues: object, lang: string): string {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0];
  return tag in catalogues ? tag : primary in catalogues ? primary : 'en';
}

function pendingOf(entry: unknown, lang: string): Promise<unknown> | undefined {
  if (typeof entry !== 'function' || arrived.has(entry as CatalogueLoader<Catalogue>)) return undefined;
  warm(lang); // while the messages are on their way
  return loadCatalogue(entry as CatalogueLoader<Catalogue>);
}

/** Loads the messages of `catalogues` in `host`'s language now (ahead of an element that will need them). */
export function loadMessages(host: Element, ...catalogues: LazyCatalogues<Catalogue>[]): Promise<unknown> {
  const lang = closestLang(host);
  return Promise.all(catalogues.map((c) => pendingOf(c[shipped(c, lang)], lang)));
}

/**
 * Only the first render waits for messages. Once an element has rendered, a language it has no
 * messages for yet (a changed `lang`) is loaded while it keeps its current words, and it renders
 * again on arrival: later updates are never held (a method called meanwhile sees no delay).
 */
function holds(host: object, loading: Promise<unknown> | undefined): Promise<unknown> | undefined {
  if (!loading || !(host as { hasUpdated?: boolean }).hasUpdated) return loading;
  void loading.then(() => (host as { requestUpdate?: () => void }).requestUpdate?.());
  return undefined;
}

/**
 * Makes `host`'s first render wait also for the messages of elements it is about to show (a
 * dialog for its flows): a chosen flow then renders at once, and focus can move into it.
 */
export function loadsWith(host: HTMLElement, ...catalogues: LazyCatalogues<Catalogue>[]): void {
  const list = ofHost.get(host) ?? [];
  for (const c of catalogues) {
    list.push({
      get pending() {
        const lang = closestLang(host);
        return holds(host, pendingOf(c[shipped(c, lang)], lang));
      },
    });
  }
  ofHost.set(host, list);
}

/**
 * The messages `host`'s next render needs that are still loading, as one promise (resolved also
 * when a load failed: the element then renders with what it has); undefined when all are in.
 */
export function pendingMessages(host: object): Promise<unknown> | undefined {
  const waiting = (ofHost.get(host) ?? []).map((c) => c.pending).filter((p) => p !== undefined);
  return waiting.length ? Promise.all(waiting) : undefined;
}

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
  private readonly catalogues: Catalogues<C> | LazyCatalogues<C>;
  private cachedLang?: string;
  /** Elements around the host (through shadow roots) whose `strings` may hold nested overrides. */
  private ancestors: HTMLElement[] = [];
  private lastStrings?: unknown;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { strings?: Overrides<C> },
    scope: string,
    catalogues: Catalogues<C> | LazyCatalogues<C>,
  ) {
    this.host = host;
    this.scope = scope;
    this.catalogues = catalogues;
    host.addController(this);
    const list = ofHost.get(host) ?? [];
    list.push(this as unknown as LocalizeController<Catalogue>);
    ofHost.set(host, list);
  }

  /** The catalogue last looked up in full: what a changed language shows until its own arrives. */
  private shown?: C;

  /** A shipped catalogue if it is here (given, or loaded), else undefined. */
  private catalogue(lang: string): C | undefined {
    const entry = this.catalogues[lang];
    return typeof entry === 'function' ? (arrived.get(entry as unknown as CatalogueLoader<Catalogue>) as C | undefined) : entry;
  }

  /**
   * While the catalogue the current language needs (its own, or English for a partner's language
   * without one) is loading: the promise of its arrival. Asking starts the load.
   */
  get pending(): Promise<unknown> | undefined {
    return holds(this.host, pendingOf(this.catalogues[this.language in this.catalogues ? this.language : 'en'], this.lang));
  }

  hostUpdated(): void {
    warm(this.lang); // before the first data arrives (a no-op after the first time per language)
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
    return cached('n', this.lang, options, () => new Intl.NumberFormat(this.lang, options)).format(value);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return cached('d', this.lang, options, () => new Intl.DateTimeFormat(this.lang, options)).format(new Date(value));
  }

  /** Compares two strings with the page language's collation (umlauts sort as Germans expect). */
  get collator(): Intl.Collator {
    return cached('c', this.lang, COLLATION, () => new Intl.Collator(this.lang, COLLATION));
  }

  /** The current language's catalogue, or — while it loads after a change of `lang` — the one shown before. */
  private current(): C | undefined {
    const own = this.catalogue(this.language);
    if (own) this.shown = own;
    return own ?? this.shown;
  }

  /** Whether the element ships a message for `key` (English defines the keys). */
  has(key: string): boolean {
    return key in (this.catalogue('en') ?? this.catalogue(this.language) ?? {});
  }

  private lookup(key: string): Message {
    const lang = this.language;
    return (
      this.host.strings?.[key as keyof C] ??
      this.inherited(key) ??
      extraTranslations.get(this.lang.toLowerCase())?.get(this.scope)?.[key] ??
      extraTranslations.get(lang)?.get(this.scope)?.[key] ??
      this.current()?.[key] ??
      this.catalogue('en')?.[key] ??
      key
    );
  }

  private plural(message: Exclude<Message, string>, count: unknown): string {
    if (typeof count !== 'number') return message.other;
    if (count === 0 && message.zero !== undefined) return message.zero;
    const category = cached('p', this.lang, undefined, () => new Intl.PluralRules(this.lang)).select(count) as keyof typeof message;
    return message[category] ?? message.other;
  }
}

function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
