import type { Catalogues } from '../core/localize.js';
import de from './de/account-tree.js';
import en, { type AccountTreeMessages } from './en/account-tree.js';

export type { AccountTreeMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const accountTreeCatalogues: Catalogues<AccountTreeMessages> = { en, de };
