import type { Catalogues } from '../core/localize.js';
import de from './de/link-account-flow.js';
import en, { type LinkAccountFlowMessages } from './en/link-account-flow.js';

export type { LinkAccountFlowMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const linkAccountFlowCatalogues: Catalogues<LinkAccountFlowMessages> = { en, de };
