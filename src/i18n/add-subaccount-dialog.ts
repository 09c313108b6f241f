import type { Catalogues } from '../core/localize.js';
import de from './de/add-subaccount-dialog.js';
import en, { type AddSubaccountDialogMessages } from './en/add-subaccount-dialog.js';

export type { AddSubaccountDialogMessages };
/** Both languages at once (tests, partners reading the defaults); elements load one: ./lazy.ts. */
export const addSubaccountDialogCatalogues: Catalogues<AddSubaccountDialogMessages> = { en, de };
