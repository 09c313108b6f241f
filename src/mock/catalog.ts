import type { Catalog, OrderDraft, Product, ProductOption } from '../api/types.js';

/**
 * The mock catalog: three telephony products with options of every generic type, in German (the
 * default) and English. Prices are net amounts in EUR; VAT (19 %) is NOT included
 * (`vat.included: false`) — the order flow adds it. Two products state a contract term.
 */
export const CATALOG_VERSION = '2026-11-01';

/** The catalog's languages; any other locale gets German (the backend's own language). */
export type CatalogLanguage = 'de' | 'en';

/** The catalog language for a BCP 47 locale: English for `en…`, German otherwise. */
export function catalogLanguage(locale: string | undefined): CatalogLanguage {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'de';
}

export function mockCatalog(language: CatalogLanguage = 'de'): Catalog {
  const L = (de: string, en: string) => (language === 'en' ? en : de);
  return {
    version: CATALOG_VERSION,
    currency: 'EUR',
    vat: { rate: 0.19, included: false },
    termsUrl: 'https://portal.example.test/agb',
    products: [
      {
        id: 'cloud-pbx-site',
        name: L('Cloud-Telefonanlage Standort', 'Cloud PBX for a site'),
        description: L(
          'Die Telefonanlage aus der Cloud für einen weiteren Standort – mit eigener Rufnummer und eigenem Login.',
          'The cloud phone system for another site – with its own number and its own login.',
        ),
        price: { monthly: 19.9, oneOff: 49 },
        term: { minimumMonths: 12, noticeMonths: 1 },
        features: [
          L('Eigener Zugang für das Team vor Ort', 'Own login for the local team'),
          L('Rufweiterleitung und Sammelrufgruppen', 'Call forwarding and hunt groups'),
          L('Voicemail mit Zustellung per E-Mail', 'Voicemail delivered by e-mail'),
          L('Verwaltung über den Hauptaccount', 'Managed from the main account'),
        ],
        options: [
          {
            id: 'seats',
            type: 'number',
            label: L('Nebenstellen', 'Extensions'),
            description: L('Anzahl der Telefone bzw. Softphones am Standort.', 'Number of phones or softphones at the site.'),
            required: true,
            min: 1,
            max: 250,
            step: 1,
            default: 5,
            unit: L('Nebenstellen', 'extensions'),
            pricePerUnit: { monthly: 4.5 },
          },
          {
            id: 'numbers',
            type: 'choice',
            label: L('Rufnummern', 'Phone numbers'),
            required: true,
            default: 'new-block-10',
            choices: [
              { value: 'new-block-10', label: L('Neuer Rufnummernblock (10 Nummern)', 'New number block (10 numbers)'), price: { monthly: 5 } },
              { value: 'new-single', label: L('Einzelne neue Rufnummer', 'One new number') },
              {
                value: 'port',
                label: L('Bestehende Rufnummern mitnehmen (Portierung)', 'Keep your existing numbers (porting)'),
                description: L('Wir übernehmen Ihre Rufnummern vom bisherigen Anbieter.', 'We take your numbers over from your current provider.'),
                price: { oneOff: 29.95 },
              },
            ],
          },
          {
            id: 'callRecording',
            type: 'boolean',
            label: L('Gesprächsaufzeichnung', 'Call recording'),
            description: L('Aufzeichnung auf Wunsch, DSGVO-konform gespeichert.', 'Recording on request, stored in line with the GDPR.'),
            default: false,
            price: { monthly: 9.9 },
          },
          {
            id: 'costCenter',
            type: 'text',
            label: L('Kostenstelle', 'Cost centre'),
            description: L('Erscheint auf der Rechnung (optional, 4 bis 10 Ziffern).', 'Shown on the invoice (optional, 4 to 10 digits).'),
            pattern: '[0-9]{4,10}',
            maxLength: 10,
            placeholder: L('z. B. 4100', 'e.g. 4100'),
          },
        ],
      },
      {
        id: 'sip-trunk',
        name: 'SIP-Trunk',
        description: L(
          'Anschluss für Ihre eigene Telefonanlage vor Ort, mit gleichzeitigen Sprachkanälen.',
          'Connects your own phone system on site, with simultaneous voice channels.',
        ),
        price: { monthly: 14.9, oneOff: 0 },
        term: { minimumMonths: 24, noticeMonths: 3 },
        features: [
          L('Kompatibel mit gängigen IP-Telefonanlagen', 'Works with common IP phone systems'),
          L('Notruf mit Standortangabe', 'Emergency calls with the site address'),
          L('Flexibel erweiterbar', 'Easy to extend'),
        ],
        options: [
          {
            id: 'channels',
            type: 'number',
            label: L('Sprachkanäle', 'Voice channels'),
            required: true,
            min: 2,
            max: 120,
            step: 2,
            default: 4,
            unit: L('Kanäle', 'channels'),
            pricePerUnit: { monthly: 2.5 },
          },
          {
            id: 'codec',
            type: 'choice',
            label: L('Sprachqualität', 'Voice quality'),
            default: 'hd',
            choices: [
              { value: 'standard', label: 'Standard (G.711)' },
              { value: 'hd', label: 'HD-Voice (G.722)', price: { monthly: 1 } },
            ],
          },
          {
            id: 'fax',
            type: 'boolean',
            label: L('Fax-Unterstützung (T.38)', 'Fax support (T.38)'),
            default: false,
            price: { monthly: 2 },
          },
        ],
      },
      {
        id: 'number-block',
        name: L('Rufnummernblock', 'Number block'),
        description: L('Zusätzliche Rufnummern im Ortsnetz des Standorts.', 'Extra numbers in the local area of the site.'),
        price: { monthly: 5, oneOff: 9.95 },
        features: [L('Ortsnetzrufnummern', 'Local numbers'), L('Frei zuweisbar', 'Freely assignable')],
        options: [
          {
            id: 'size',
            type: 'choice',
            label: L('Blockgröße', 'Block size'),
            required: true,
            default: '10',
            choices: [
              { value: '10', label: L('10 Rufnummern', '10 numbers') },
              { value: '100', label: L('100 Rufnummern', '100 numbers'), price: { monthly: 20 } },
            ],
          },
          {
            id: 'areaCode',
            type: 'text',
            label: L('Vorwahl', 'Area code'),
            description: L('Ortsnetzkennzahl mit führender 0.', 'Local area code with a leading 0.'),
            required: true,
            pattern: '0[1-9][0-9]{1,4}',
            maxLength: 6,
            placeholder: '040',
          },
        ],
      },
    ],
  };
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Per-field messages for a draft (empty when valid). Keys: `productId`, `options.<id>`, `site.<field>`, … */
export function validateDraft(
  catalog: Catalog,
  draft: OrderDraft,
  collectiveAllowed: boolean,
): { fields: Record<string, string>; product?: Product } {
  const fields: Record<string, string> = {};
  const d = (draft ?? {}) as Partial<OrderDraft>;
  const product = catalog.products.find((p) => p.id === d.productId);
  if (!product) fields.productId = 'Unknown product.';

  const options = d.options && typeof d.options === 'object' ? d.options : {};
  if (product) {
    for (const option of product.options) {
      const message = validateOption(option, (options as Record<string, unknown>)[option.id]);
      if (message) fields[`options.${option.id}`] = message;
    }
    for (const id of Object.keys(options)) {
      if (!product.options.some((o) => o.id === id)) fields[`options.${id}`] = 'Unknown option.';
    }
  }

  const s = (d.site && typeof d.site === 'object' ? d.site : {}) as Partial<OrderDraft['site']>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  if (!text(s.name)) fields['site.name'] = 'Enter a name for the site.';
  else if (text(s.name).length > 80) fields['site.name'] = 'At most 80 characters.';
  if (!text(s.street)) fields['site.street'] = 'Enter street and house number.';
  if (!/^\d{5}$/.test(text(s.postalCode))) fields['site.postalCode'] = 'Enter a German postal code of 5 digits.';
  if (!text(s.city)) fields['site.city'] = 'Enter the city.';
  if (s.country !== undefined && s.country !== 'DE') fields['site.country'] = 'Only sites in Germany (DE) can be ordered.';

  if (!EMAIL.test(text(d.contactEmail))) fields.contactEmail = 'Enter a valid e-mail address.';
  if (d.invoice !== 'own' && d.invoice !== 'collective') fields.invoice = 'Choose own or collective invoice.';
  else if (d.invoice === 'collective' && !collectiveAllowed) {
    fields.invoice = 'This account cannot use a collective invoice.';
  }
  if (d.acceptTerms !== true) fields.acceptTerms = 'Accept the terms to order.';
  return { fields, product };
}

function validateOption(option: ProductOption, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') {
    const hasDefault = option.default !== undefined;
    return option.required && !hasDefault ? 'Required.' : undefined;
  }
  switch (option.type) {
    case 'choice':
      return option.choices.some((c) => c.value === value) ? undefined : 'Choose one of the offered values.';
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number.';
      if (option.min !== undefined && value < option.min) return `At least ${option.min}.`;
      if (option.max !== undefined && value > option.max) return `At most ${option.max}.`;
      if (option.step) {
        const base = option.min ?? 0;
        const k = (value - base) / option.step;
        if (Math.abs(k - Math.round(k)) > 1e-9) return `In steps of ${option.step}.`;
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Expected yes or no.';
    case 'text': {
      if (typeof value !== 'string') return 'Expected text.';
      if (option.maxLength !== undefined && value.length > option.maxLength) return `At most ${option.maxLength} characters.`;
      if (option.pattern && !new RegExp(`^(?:${option.pattern})$`, 'u').test(value)) return 'Invalid format.';
      return undefined;
    }
  }
}
