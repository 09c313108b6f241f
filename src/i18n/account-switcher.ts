import type { Catalogues } from '../core/localize.js';
import de from './de/account-switcher.js';
import en, { type AccountSwitcherMessages } from './en/account-switcher.js';

export type { AccountSwitcherMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const accountSwitcherCatalogues: Catalogues<AccountSwitcherMessages> = { en, de };
