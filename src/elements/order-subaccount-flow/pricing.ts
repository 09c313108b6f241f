import type { Catalog, Price } from '../../api/types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

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
