import { createContext } from '@lit/context';
import type { AccountAdapter } from './adapter.js';

/**
 * The adapter an ancestor provides to the elements inside it. The key is a registered symbol so
 * that a second copy of the library on the page finds the same context.
 */
export const adapterContext = createContext<AccountAdapter | undefined>(
  Symbol.for('account-widgets.adapter'),
);
