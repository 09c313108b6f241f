import type { Catalogues } from '../core/localize.js';
import de from './de/location-management.js';
import en, { type LocationManagementMessages } from './en/location-management.js';

export type { LocationManagementMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const locationManagementCatalogues: Catalogues<LocationManagementMessages> = { en, de };
