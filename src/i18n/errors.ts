import type { Catalogues } from '../core/localize.js';
import de from './de/errors.js';
import en, { type ErrorMessages } from './en/errors.js';

export type { ErrorMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const errorCatalogues: Catalogues<ErrorMessages> = { en, de };
