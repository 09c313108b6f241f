import type { Catalog, OptionValue, Price, Product } from '../../api/types.js';

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
