import type { Catalog, OptionValue, ProductOption } from '../../api/types.js';
import type { EditStep, StoredDraft } from './draft.js';

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
