import type { Price, Product } from './types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The price of a product with the chosen options, as the catalog states it (net or gross): the
 * product's price plus what each option adds. An option left empty (`undefined`, `null` or `''`)
 * counts with its default; a number option adds its unit price only for a finite count.
 * Shared by the order flow's review and the mock backend, so both compute the same figures.
 */
export function priceOf(product: Product, options: Readonly<Record<string, unknown>>): Price {
  let monthly = product.price.monthly;
  let oneOff = product.price.oneOff;
  const add = (p: Partial<Price> | undefined, times = 1) => {
    monthly += (p?.monthly ?? 0) * times;
    oneOff += (p?.oneOff ?? 0) * times;
  };
  for (const option of product.options) {
    const raw = options[option.id];
    const value = raw === undefined || raw === null || raw === '' ? option.default : raw;
    if (option.type === 'choice') add(option.choices.find((c) => c.value === value)?.price);
    else if (option.type === 'number' && typeof value === 'number' && Number.isFinite(value)) add(option.pricePerUnit, value);
    else if (option.type === 'boolean' && value === true) add(option.price);
  }
  return { monthly: round2(monthly), oneOff: round2(oneOff) };
}
