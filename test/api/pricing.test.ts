import { expect } from '@open-wc/testing';
import { priceOf } from '../../src/api/pricing.js';
import type { Product } from '../../src/api/types.js';

const product: Product = {
  id: 'p',
  name: 'P',
  price: { monthly: 10, oneOff: 20 },
  options: [
    { id: 'seats', type: 'number', label: 'Seats', default: 2, pricePerUnit: { monthly: 1.5 } },
    {
      id: 'plan',
      type: 'choice',
      label: 'Plan',
      default: 'basic',
      choices: [
        { value: 'basic', label: 'Basic' },
        { value: 'plus', label: 'Plus', price: { monthly: 5, oneOff: 9.99 } },
      ],
    },
    { id: 'rec', type: 'boolean', label: 'Recording', price: { monthly: 0.1 } },
  ],
};

describe('priceOf (api/pricing)', () => {
  it('adds what the chosen options cost, rounded to cents', () => {
    expect(priceOf(product, { seats: 3, plan: 'plus', rec: true })).to.deep.equal({ monthly: 19.6, oneOff: 29.99 });
  });

  it('counts an empty option (undefined, null or empty text) with its default', () => {
    const defaults = { monthly: 13, oneOff: 20 };
    expect(priceOf(product, {})).to.deep.equal(defaults);
    expect(priceOf(product, { seats: null, plan: '' })).to.deep.equal(defaults);
    expect(priceOf(product, { seats: '', plan: undefined })).to.deep.equal(defaults);
  });

  it('adds nothing for a number option without a finite count', () => {
    expect(priceOf(product, { seats: Number.NaN })).to.deep.equal({ monthly: 10, oneOff: 20 });
    expect(priceOf(product, { seats: Infinity })).to.deep.equal({ monthly: 10, oneOff: 20 });
    expect(priceOf(product, { seats: '4' })).to.deep.equal({ monthly: 10, oneOff: 20 });
  });
});
