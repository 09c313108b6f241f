// Interim skeleton: the REST adapter helper replaces this file with the full implementation.
import type { AccountAdapter } from './adapter.js';
import { AccountWidgetsError } from './errors.js';

export interface RestAdapterOptions {
  baseUrl: string;
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const unavailable = () => Promise.reject(new AccountWidgetsError('server', { message: 'RestAdapter not implemented yet' }));

export class RestAdapter implements AccountAdapter {
  readonly options: RestAdapterOptions;
  constructor(options: RestAdapterOptions) {
    this.options = options;
  }
  getCurrentAccount = unavailable;
  listSubaccounts = unavailable;
  startLink = unavailable;
  resendLinkCode = unavailable;
  confirmLink = unavailable;
  cancelLink = unavailable;
  getCatalog = unavailable;
  placeOrder = unavailable;
  getOrder = unavailable;
}
