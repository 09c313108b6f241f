import type { Price, Product, ProductOption } from './types.js';

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

/** One line of an order's price: the product's own price, or what one option adds. */
export interface PriceLine {
  /** The option this line is for; absent on the product's line. */
  option?: ProductOption;
  /** The option's value (the default when left empty). */
  value?: unknown;
  /** For a number option: how many units, each at `unitPrice`. */
  units?: number;
  unitPrice?: Partial<Price>;
  monthly: number;
  oneOff: number;
}

/**
 * The price of a product with the chosen options line by line, as the catalog states it (net or
 * gross): the product first, then each option that adds something, in the catalog's order.
 * The lines add up to `priceOf` (rounded per line, as an invoice would).
 */
export function priceLines(product: Product, options: Readonly<Record<string, unknown>>): PriceLine[] {
  const lines: PriceLine[] = [{ monthly: round2(product.price.monthly), oneOff: round2(product.price.oneOff) }];
  for (const option of product.options) {
    const raw = options[option.id];
    const value = raw === undefined || raw === null || raw === '' ? option.default : raw;
    let line: PriceLine | undefined;
    if (option.type === 'choice') {
      const p = option.choices.find((c) => c.value === value)?.price;
      if (p) line = { option, value, monthly: p.monthly ?? 0, oneOff: p.oneOff ?? 0 };
    } else if (option.type === 'number' && typeof value === 'number' && Number.isFinite(value) && option.pricePerUnit) {
      const p = option.pricePerUnit;
      line = { option, value, units: value, unitPrice: p, monthly: (p.monthly ?? 0) * value, oneOff: (p.oneOff ?? 0) * value };
    } else if (option.type === 'boolean' && value === true && option.price) {
      line = { option, value, monthly: option.price.monthly ?? 0, oneOff: option.price.oneOff ?? 0 };
    }
    if (line && (line.monthly !== 0 || line.oneOff !== 0)) lines.push({ ...line, monthly: round2(line.monthly), oneOff: round2(line.oneOff) });
  }
  return lines;
}
