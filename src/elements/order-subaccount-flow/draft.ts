import type { Catalog, OptionValue, OrderDraft, Product, ProductOption } from '../../api/types.js';
import { isIdempotencyKey } from '../../core/idempotency.js';

/** The steps the customer edits, in order. */
export const EDIT_STEPS = ['product', 'configuration', 'invoice', 'review'] as const;
export type EditStep = (typeof EDIT_STEPS)[number];

/** Every step the flow can show (`order-step-change` reports these). */
export type OrderStep = EditStep | 'provisioning' | 'done' | 'failed' | 'handover';

/** What is persisted between visits (per main account). */
export interface StoredDraft {
  v: 1;
  step: EditStep;
  productId?: string;
  /** The product's name when chosen, to name it should it disappear from the catalog. */
  productName?: string;
  options: Record<string, OptionValue>;
  site: { name: string; street: string; postalCode: string; city: string };
  contactEmail: string;
  invoice: 'own' | 'collective';
  acceptTerms: boolean;
  catalogVersion?: string;
  /** Created once per draft, reused by every retry of `placeOrder`. */
  idempotencyKey: string;
  /** Set once `placeOrder` answered: the flow resumes this order instead of the form. */
  orderId?: string;
}

export function emptyDraft(idempotencyKey: string): StoredDraft {
  return {
    v: 1,
    step: 'product',
    options: {},
    site: { name: '', street: '', postalCode: '', city: '' },
    contactEmail: '',
    invoice: 'own',
    acceptTerms: false,
    idempotencyKey,
  };
}

const str = (v: unknown, max = 500): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Reads a stored draft defensively: anything malformed is dropped field by field. */
export function parseDraft(value: unknown): StoredDraft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.v !== 1 || !isIdempotencyKey(v.idempotencyKey)) return undefined;
  const site = (v.site && typeof v.site === 'object' ? v.site : {}) as Record<string, unknown>;
  const options: Record<string, OptionValue> = {};
  if (v.options && typeof v.options === 'object') {
    for (const [id, ov] of Object.entries(v.options as Record<string, unknown>)) {
      if (typeof ov === 'string' || typeof ov === 'boolean' || (typeof ov === 'number' && Number.isFinite(ov))) {
        options[id] = typeof ov === 'string' ? ov.slice(0, 500) : ov;
      }
    }
  }
  return {
    v: 1,
    step: (EDIT_STEPS as readonly string[]).includes(v.step as string) ? (v.step as EditStep) : 'product',
    productId: typeof v.productId === 'string' ? v.productId : undefined,
    productName: typeof v.productName === 'string' ? v.productName.slice(0, 200) : undefined,
    options,
    site: { name: str(site.name), street: str(site.street), postalCode: str(site.postalCode, 20), city: str(site.city) },
    contactEmail: str(v.contactEmail, 320),
    invoice: v.invoice === 'collective' ? 'collective' : 'own',
    acceptTerms: v.acceptTerms === true,
    catalogVersion: typeof v.catalogVersion === 'string' ? v.catalogVersion : undefined,
    idempotencyKey: v.idempotencyKey,
    orderId: typeof v.orderId === 'string' && v.orderId ? v.orderId : undefined,
  };
}

/** The defaults of a product's options. */
export function defaultOptions(product: Product): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const option of product.options) {
    if (option.default !== undefined) options[option.id] = option.default;
    else if (option.type === 'boolean') options[option.id] = false;
  }
  return options;
}

/** True when a value fits an option's type and, for choices, names an offered choice. */
function fits(option: ProductOption, value: OptionValue): boolean {
  switch (option.type) {
    case 'choice':
      return typeof value === 'string' && option.choices.some((c) => c.value === value);
    case 'number':
      return typeof value === 'number' || value === 'NaN';
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string';
  }
}

export type Reconciliation =
  | { kind: 'none' }
  | { kind: 'product-gone'; product: string }
  | { kind: 'options'; product: string; options: string[] }
  | { kind: 'catalog' };

/**
 * Fits a stored draft to the current catalog, keeping whatever still fits: a product that is no
 * longer offered sends the customer back to choose one (site and contact stay); options that
 * disappeared or no longer accept the chosen value fall back to their defaults; new options get
 * theirs. A changed catalog version also withdraws the acceptance of terms (prices may differ).
 */
export function reconcileDraft(draft: StoredDraft, catalog: Catalog): { draft: StoredDraft; change: Reconciliation } {
  const next: StoredDraft = { ...draft, options: { ...draft.options }, site: { ...draft.site } };
  const versionChanged = draft.catalogVersion !== undefined && draft.catalogVersion !== catalog.version;
  next.catalogVersion = catalog.version;
  if (versionChanged) next.acceptTerms = false;
  if (!draft.productId) {
    next.options = {};
    if (next.step !== 'product') next.step = 'product';
    return { draft: next, change: versionChanged ? { kind: 'catalog' } : { kind: 'none' } };
  }
  const product = catalog.products.find((p) => p.id === draft.productId);
  if (!product) {
    next.productId = undefined;
    next.productName = undefined;
    next.options = {};
    next.step = 'product';
    return { draft: next, change: { kind: 'product-gone', product: draft.productName || draft.productId } };
  }
  const changed: string[] = [];
  const options: Record<string, OptionValue> = {};
  const defaults = defaultOptions(product);
  for (const option of product.options) {
    const value = draft.options[option.id];
    if (value !== undefined && fits(option, value)) options[option.id] = value;
    else {
      if (value !== undefined) changed.push(option.label);
      if (defaults[option.id] !== undefined) options[option.id] = defaults[option.id];
    }
  }
  for (const id of Object.keys(draft.options)) {
    if (!product.options.some((o) => o.id === id)) changed.push(id);
  }
  next.options = options;
  next.productName = product.name;
  if (changed.length) {
    if (EDIT_STEPS.indexOf(next.step) > EDIT_STEPS.indexOf('configuration')) next.step = 'configuration';
    return { draft: next, change: { kind: 'options', product: product.name, options: changed } };
  }
  if (versionChanged) return { draft: next, change: { kind: 'catalog' } };
  return { draft: next, change: { kind: 'none' } };
}

/** The draft as `placeOrder` takes it: trimmed, only the chosen product's options. */
export function toOrderDraft(draft: StoredDraft, product: Product): OrderDraft {
  const options: Record<string, OptionValue> = {};
  for (const option of product.options) {
    const value = draft.options[option.id];
    if (value === undefined || value === '') continue;
    options[option.id] = typeof value === 'string' ? value.trim() : value;
  }
  return {
    productId: product.id,
    options,
    site: {
      name: draft.site.name.trim(),
      street: draft.site.street.trim(),
      postalCode: draft.site.postalCode.trim(),
      city: draft.site.city.trim(),
      country: 'DE',
    },
    contactEmail: draft.contactEmail.trim(),
    invoice: draft.invoice,
    acceptTerms: draft.acceptTerms,
    catalogVersion: draft.catalogVersion,
  };
}
