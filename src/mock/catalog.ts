import type { Catalog, OrderDraft, Product, ProductOption } from '../api/types.js';

/**
 * The mock catalog: three telephony products with options of every generic type. Prices are net
 * amounts in EUR; VAT (19 %) is NOT included (`vat.included: false`) — the order flow adds it.
 */
export const CATALOG_VERSION = '2026-11-01';

export function mockCatalog(): Catalog {
  return {
    version: CATALOG_VERSION,
    currency: 'EUR',
    vat: { rate: 0.19, included: false },
    termsUrl: 'https://portal.example.test/agb',
    products: [
      {
        id: 'cloud-pbx-site',
        name: 'Cloud-Telefonanlage Standort',
        description: 'Die Telefonanlage aus der Cloud für einen weiteren Standort – mit eigener Rufnummer und eigenem Login.',
        price: { monthly: 19.9, oneOff: 49 },
        features: [
          'Eigener Zugang für das Team vor Ort',
          'Anrufweiterleitung und Sammelrufgruppen',
          'Voicemail mit Zustellung per E-Mail',
          'Verwaltung über den Hauptaccount',
        ],
        options: [
          {
            id: 'seats',
            type: 'number',
            label: 'Nebenstellen',
            description: 'Anzahl der Telefone bzw. Softphones am Standort.',
            required: true,
            min: 1,
            max: 250,
            step: 1,
            default: 5,
            unit: 'Nebenstellen',
            pricePerUnit: { monthly: 4.5 },
          },
          {
            id: 'numbers',
            type: 'choice',
            label: 'Rufnummern',
            required: true,
            default: 'new-block-10',
            choices: [
              { value: 'new-block-10', label: 'Neuer Rufnummernblock (10 Nummern)', price: { monthly: 5 } },
              { value: 'new-single', label: 'Einzelne neue Rufnummer' },
              {
                value: 'port',
                label: 'Bestehende Rufnummern mitnehmen (Portierung)',
                description: 'Wir übernehmen Ihre Rufnummern vom bisherigen Anbieter.',
                price: { oneOff: 29.95 },
              },
            ],
          },
          {
            id: 'callRecording',
            type: 'boolean',
            label: 'Gesprächsaufzeichnung',
            description: 'Aufzeichnung auf Wunsch, DSGVO-konform gespeichert.',
            default: false,
            price: { monthly: 9.9 },
          },
          {
            id: 'costCenter',
            type: 'text',
            label: 'Kostenstelle',
            description: 'Erscheint auf der Rechnung (optional, 4 bis 10 Ziffern).',
            pattern: '[0-9]{4,10}',
            maxLength: 10,
            placeholder: 'z. B. 4100',
          },
        ],
      },
      {
        id: 'sip-trunk',
        name: 'SIP-Trunk',
        description: 'Anschluss für Ihre eigene Telefonanlage vor Ort, mit gleichzeitigen Sprachkanälen.',
        price: { monthly: 14.9, oneOff: 0 },
        features: ['Kompatibel mit gängigen IP-Telefonanlagen', 'Notruf mit Standortangabe', 'Flexibel erweiterbar'],
        options: [
          {
            id: 'channels',
            type: 'number',
            label: 'Sprachkanäle',
            required: true,
            min: 2,
            max: 120,
            step: 2,
            default: 4,
            unit: 'Kanäle',
            pricePerUnit: { monthly: 2.5 },
          },
          {
            id: 'codec',
            type: 'choice',
            label: 'Sprachqualität',
            default: 'hd',
            choices: [
              { value: 'standard', label: 'Standard (G.711)' },
              { value: 'hd', label: 'HD-Voice (G.722)', price: { monthly: 1 } },
            ],
          },
          {
            id: 'fax',
            type: 'boolean',
            label: 'Fax-Unterstützung (T.38)',
            default: false,
            price: { monthly: 2 },
          },
        ],
      },
      {
        id: 'number-block',
        name: 'Rufnummernblock',
        description: 'Zusätzliche Rufnummern im Ortsnetz des Standorts.',
        price: { monthly: 5, oneOff: 9.95 },
        features: ['Ortsnetzrufnummern', 'Frei zuweisbar'],
        options: [
          {
            id: 'size',
            type: 'choice',
            label: 'Blockgröße',
            required: true,
            default: '10',
            choices: [
              { value: '10', label: '10 Rufnummern' },
              { value: '100', label: '100 Rufnummern', price: { monthly: 20 } },
            ],
          },
          {
            id: 'areaCode',
            type: 'text',
            label: 'Vorwahl',
            description: 'Ortsnetzkennzahl mit führender 0.',
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
