import type { Catalog, OptionValue, OrderDraft, Price, Product, ProductOption } from '../../api/types.js';
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

/** A message key of the element's catalogue, with its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const POSTAL_CODE_DE = /^\d{5}$/;

function patternTest(pattern: string, value: string): boolean {
  for (const flags of ['v', 'u', '']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags).test(value);
    } catch {
      // try the next flag set; an invalid pattern finally passes (the server decides)
    }
  }
  return true;
}

/** Checks one option's value; undefined when it is fine. */
export function validateOption(option: ProductOption, value: OptionValue | undefined): FieldProblem | undefined {
  const empty = value === undefined || value === '';
  if (empty) return option.required ? { key: 'errorRequired' } : undefined;
  switch (option.type) {
    case 'choice':
      return option.choices.some((c) => c.value === value) ? undefined : { key: 'errorChoice' };
    case 'number': {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (!Number.isFinite(n)) return { key: 'errorNumber' };
      if (option.min !== undefined && n < option.min) return { key: 'errorMin', params: { min: option.min } };
      if (option.max !== undefined && n > option.max) return { key: 'errorMax', params: { max: option.max } };
      if (option.step) {
        const base = option.min ?? 0;
        const k = (n - base) / option.step;
        if (Math.abs(k - Math.round(k)) > 1e-9) {
          return { key: 'errorStep', params: { step: option.step, example: base + option.step * Math.max(1, Math.round(k)) } };
        }
      }
      return undefined;
    }
    case 'boolean':
      return undefined;
    case 'text': {
      const s = String(value);
      if (option.maxLength !== undefined && s.length > option.maxLength) return { key: 'errorMaxLength', params: { max: option.maxLength } };
      if (option.pattern && !patternTest(option.pattern, s)) {
        return option.placeholder ? { key: 'errorPatternHint', params: { hint: option.placeholder } } : { key: 'errorPattern' };
      }
      return undefined;
    }
  }
}

/** The field keys each step owns, in the order they appear (server keys map through this). */
export function stepOfField(field: string): EditStep | undefined {
  if (field === 'productId') return 'product';
  if (field.startsWith('options.') || field.startsWith('site.') || field === 'contactEmail') return 'configuration';
  if (field === 'invoice') return 'invoice';
  if (field === 'acceptTerms') return 'review';
  return undefined;
}

/** Problems of one step, keyed by field (`productId`, `options.<id>`, `site.postalCode`, …). */
export function validateStep(step: EditStep, draft: StoredDraft, catalog: Catalog): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const product = catalog.products.find((p) => p.id === draft.productId);
  if (step === 'product') {
    if (!product) problems.productId = { key: 'errorProductRequired' };
  } else if (step === 'configuration') {
    for (const option of product?.options ?? []) {
      const problem = validateOption(option, draft.options[option.id]);
      if (problem) problems[`options.${option.id}`] = problem;
    }
    const s = draft.site;
    if (!s.name.trim()) problems['site.name'] = { key: 'errorSiteName' };
    if (!s.street.trim()) problems['site.street'] = { key: 'errorStreet' };
    if (!s.postalCode.trim()) problems['site.postalCode'] = { key: 'errorPostalCodeRequired' };
    else if (!POSTAL_CODE_DE.test(s.postalCode.trim())) problems['site.postalCode'] = { key: 'errorPostalCode' };
    if (!s.city.trim()) problems['site.city'] = { key: 'errorCity' };
    if (!draft.contactEmail.trim()) problems.contactEmail = { key: 'errorEmailRequired' };
    else if (!EMAIL.test(draft.contactEmail.trim())) problems.contactEmail = { key: 'errorEmail' };
  } else if (step === 'invoice') {
    if (draft.invoice !== 'own' && draft.invoice !== 'collective') problems.invoice = { key: 'errorInvoice' };
  } else if (step === 'review') {
    if (!draft.acceptTerms) problems.acceptTerms = { key: 'errorTerms' };
  }
  return problems;
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

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The price of a product with the chosen options, as the catalog states it (net or gross). */
export function priceOf(product: Product, options: Record<string, OptionValue>): Price {
  let monthly = product.price.monthly;
  let oneOff = product.price.oneOff;
  const add = (p: Partial<Price> | undefined, times = 1) => {
    monthly += (p?.monthly ?? 0) * times;
    oneOff += (p?.oneOff ?? 0) * times;
  };
  for (const option of product.options) {
    const value = options[option.id] ?? option.default;
    if (option.type === 'choice') add(option.choices.find((c) => c.value === value)?.price);
    else if (option.type === 'number' && typeof value === 'number' && Number.isFinite(value)) add(option.pricePerUnit, value);
    else if (option.type === 'boolean' && value === true) add(option.price);
  }
  return { monthly: round2(monthly), oneOff: round2(oneOff) };
}

/** VAT rate as a fraction (accepts 0.19 or 19). */
export function vatFraction(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0) return 0;
  return rate > 1 ? rate / 100 : rate;
}

/** Net, VAT and gross of a price, whether the catalog's prices include VAT or not. */
export function withVat(price: Price, vat: Catalog['vat']): { net: Price; vat: Price; gross: Price } {
  const r = vatFraction(vat.rate);
  const split = (amount: number) =>
    vat.included
      ? { net: round2(amount / (1 + r)), gross: amount }
      : { net: amount, gross: round2(amount * (1 + r)) };
  const m = split(price.monthly);
  const o = split(price.oneOff);
  return {
    net: { monthly: m.net, oneOff: o.net },
    gross: { monthly: m.gross, oneOff: o.gross },
    vat: { monthly: round2(m.gross - m.net), oneOff: round2(o.gross - o.net) },
  };
}
