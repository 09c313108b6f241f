import { expect } from '@open-wc/testing';
import type { Catalog, NumberOption, Product, TextOption } from '../../../src/api/types.js';
import { emptyDraft, parseDraft, reconcileDraft, toOrderDraft } from '../../../src/elements/order-subaccount-flow/draft.js';
import { priceOf } from '../../../src/api/pricing.js';
import { vatFraction, withVat } from '../../../src/elements/order-subaccount-flow/pricing.js';
import { stepOfField, validateOption, validateStep } from '../../../src/elements/order-subaccount-flow/validation.js';
import { mockCatalog } from '../../../src/mock/catalog.js';

const catalog: Catalog = mockCatalog();
const pbx = catalog.products[0];

describe('order draft model: validation, prices, reconciliation', () => {
  it('validates numbers with decimal steps without floating-point noise', () => {
    const option: NumberOption = { id: 'gb', label: 'GB', type: 'number', min: 0.5, max: 5, step: 0.5, required: true };
    expect(validateOption(option, 1.5)).to.equal(undefined);
    expect(validateOption(option, 0.3 + 0.7 + 0.5)).to.equal(undefined); // 1.5000000000000002
    expect(validateOption(option, 1.2)).to.deep.equal({ key: 'errorStep', params: { step: 0.5, example: 1 } });
    expect(validateOption(option, 'NaN')).to.deep.equal({ key: 'errorNumber' });
    expect(validateOption(option, undefined)).to.deep.equal({ key: 'errorRequired' });
  });

  it('matches a text pattern against the whole value and tolerates an invalid pattern', () => {
    const option: TextOption = { id: 'ac', label: 'AC', type: 'text', pattern: '0[1-9][0-9]{1,4}' };
    expect(validateOption(option, '040')).to.equal(undefined);
    expect(validateOption(option, 'x040y')).to.deep.equal({ key: 'errorPattern' });
    expect(validateOption({ ...option, pattern: '([' }, 'anything')).to.equal(undefined);
    expect(validateOption({ ...option, maxLength: 2 }, '040')).to.deep.equal({ key: 'errorMaxLength', params: { max: 2 } });
  });

  it('maps server field keys to their steps', () => {
    expect(stepOfField('productId')).to.equal('product');
    expect(stepOfField('options.seats')).to.equal('configuration');
    expect(stepOfField('site.postalCode')).to.equal('configuration');
    expect(stepOfField('contactEmail')).to.equal('configuration');
    expect(stepOfField('invoice')).to.equal('invoice');
    expect(stepOfField('acceptTerms')).to.equal('review');
    expect(stepOfField('idempotencyKey')).to.equal(undefined);
  });

  it('rejects postal codes that are not 5 digits, and accepts a trimmed one', () => {
    const draft = { ...emptyDraft('k-12345678'), productId: pbx.id, options: { seats: 5, numbers: 'port' }, contactEmail: 'a@b.de' };
    const site = { name: 'A', street: 'B', city: 'C' };
    for (const postalCode of ['1234', '123456', '12 345', 'abcde']) {
      expect(validateStep('configuration', { ...draft, site: { ...site, postalCode } }, catalog)['site.postalCode']).to.deep.equal({ key: 'errorPostalCode' });
    }
    expect(validateStep('configuration', { ...draft, site: { ...site, postalCode: ' 01067 ' } }, catalog)).to.deep.equal({});
  });

  it('computes prices from the options, and VAT whether included or not', () => {
    expect(priceOf(pbx, { seats: 10, numbers: 'port', callRecording: false })).to.deep.equal({ monthly: 64.9, oneOff: 78.95 });
    expect(vatFraction(19)).to.equal(0.19);
    expect(vatFraction(0.07)).to.equal(0.07);
    expect(vatFraction(-1)).to.equal(0);
    expect(withVat({ monthly: 100, oneOff: 10 }, { rate: 0.19, included: false }).gross).to.deep.equal({ monthly: 119, oneOff: 11.9 });
    expect(withVat({ monthly: 119, oneOff: 0 }, { rate: 19, included: true }).net).to.deep.equal({ monthly: 100, oneOff: 0 });
  });

  it('sends only the chosen product’s options, trimmed, with country DE', () => {
    const product: Product = pbx;
    const draft = {
      ...emptyDraft('k-12345678'),
      productId: product.id,
      options: { seats: 3, costCenter: ' 4100 ', fax: true, numbers: '' },
      site: { name: ' A ', street: ' B ', postalCode: ' 12345 ', city: ' C ' },
      contactEmail: ' a@b.de ',
      acceptTerms: true,
      catalogVersion: catalog.version,
    };
    expect(toOrderDraft(draft, product)).to.deep.equal({
      productId: product.id,
      options: { seats: 3, costCenter: '4100' },
      site: { name: 'A', street: 'B', postalCode: '12345', city: 'C', country: 'DE' },
      contactEmail: 'a@b.de',
      invoice: 'own',
      acceptTerms: true,
      catalogVersion: catalog.version,
    });
  });

  it('parses stored drafts defensively', () => {
    expect(parseDraft(null)).to.equal(undefined);
    expect(parseDraft({ v: 2, idempotencyKey: 'k-12345678' })).to.equal(undefined);
    const parsed = parseDraft({
      v: 1,
      idempotencyKey: 'k-12345678',
      step: 'nonsense',
      options: { a: 1, b: { evil: true }, c: Number.NaN, d: 'x' },
      site: { name: 42, city: 'Köln' },
      invoice: 'other',
      acceptTerms: 'yes',
    })!;
    expect(parsed.step).to.equal('product');
    expect(parsed.options).to.deep.equal({ a: 1, d: 'x' });
    expect(parsed.site).to.deep.equal({ name: '', street: '', postalCode: '', city: 'Köln' });
    expect(parsed.invoice).to.equal('own');
    expect(parsed.acceptTerms).to.equal(false);
  });

  it('reconciles: nothing changed, a draft without product, a new catalog version', () => {
    const draft = { ...emptyDraft('k-12345678'), productId: pbx.id, options: { seats: 4 }, catalogVersion: catalog.version, step: 'review' as const, acceptTerms: true };
    const same = reconcileDraft(draft, catalog);
    expect(same.change).to.deep.equal({ kind: 'none' });
    expect(same.draft.options).to.deep.equal({ seats: 4, numbers: 'new-block-10', callRecording: false }); // defaults filled in
    const none = reconcileDraft({ ...emptyDraft('k-12345678'), step: 'invoice' }, catalog);
    expect(none.draft.step).to.equal('product');
    const newer = reconcileDraft(draft, { ...catalog, version: 'next' });
    expect(newer.change).to.deep.equal({ kind: 'catalog' });
    expect(newer.draft.acceptTerms).to.equal(false);
    expect(newer.draft.catalogVersion).to.equal('next');
  });
});
