import type { Catalogues } from '../core/localize.js';
import de from './de/order-subaccount-flow.js';
import en, { type OrderFlowMessages } from './en/order-subaccount-flow.js';

export type { OrderFlowMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const orderFlowCatalogues: Catalogues<OrderFlowMessages> = { en, de };
