/**
 * The shapes that cross the adapter seam. Partners' adapters return these; they may add fields
 * freely, but the ones named here are the contract (see DESIGN §4).
 */

export type AccountRole = 'main' | 'sub' | 'standalone';
/** How a sub-account hangs on its main account. */
export type AccountRelation = 'subaccount' | 'collective-invoice';
export type AccountStatus = 'active' | 'provisioning' | 'suspended';

export interface Site {
  /** A name for the site, e.g. "Filiale Hamburg" (optional; `Account.name` is what lists show). */
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, e.g. "DE". */
  country?: string;
}

export interface Account {
  id: string;
  customerNumber: string;
  name: string;
  role: AccountRole;
  relation?: AccountRelation;
  status: AccountStatus;
  site?: Site;
}

export interface CurrentAccount extends Account {
  /** Set when `role` is `'sub'`: the main account this account belongs to. */
  main?: Account;
  /** How many sub-accounts hang on this account (main accounts). */
  subaccountCount?: number;
  /** The most sub-accounts this account may have, when the backend limits it. */
  subaccountLimit?: number;
  /** Where this account's owner receives mail, when the backend knows it: the order flow pre-fills it. */
  contactEmail?: string;
}

/** One page of a list. `total` is the size of the whole (filtered) list, known from any page. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Random-access paging: any row is reachable with one request. */
export interface PageQuery {
  offset?: number;
  limit?: number;
  /** Free-text search over name, customer number and site. */
  search?: string;
  /** Only sub-accounts hanging on their main this way (e.g. `'collective-invoice'`). */
  relation?: AccountRelation;
  /** Only sub-accounts in this status (e.g. `'provisioning'`, `'suspended'`). */
  status?: AccountStatus;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * The calling element's language (BCP 47, e.g. `de-DE`), so that a backend answers in it — the
   * catalog's product names above all. `RestAdapter` sends it as `Accept-Language`.
   */
  locale?: string;
}

/** Options of `unlinkSubaccount`: a retry with the same `idempotencyKey` answers as the first call did. */
export interface UnlinkOptions extends RequestOptions {
  /** One key per confirmed unlink; a retry after a lost answer sends it again (`Idempotency-Key`). */
  idempotencyKey?: string;
}

/** What `unlinkSubaccount` resolves with: the account as it is afterwards (`role: 'standalone'`, no `relation`). */
export interface UnlinkedAccount extends Account {
  /** True when the account was billed on the main account's collective invoice and has left it. */
  leftCollectiveInvoice?: boolean;
}

export type LinkStatus = 'pending' | 'linked' | 'expired' | 'canceled' | 'locked';

/** An open request to link an existing account, awaiting its owner's verification code. */
export interface LinkChallenge {
  id: string;
  customerNumber: string;
  status: LinkStatus;
  /** Where the code went, masked: "m***@example.de" or "+49 *** ***12". */
  maskedContact: string;
  channel: 'email' | 'sms';
  /** ISO 8601: when the code stops being valid. */
  expiresAt: string;
  /** ISO 8601: when a new code may be requested (resend cool-down). */
  resendAvailableAt: string;
  attemptsLeft: number;
}

/** Prices in the catalog's currency, as decimal amounts (9.9 means 9.90 €). */
export interface Price {
  monthly: number;
  oneOff: number;
}

interface OptionBase {
  id: string;
  label: string;
  description?: string;
  required?: boolean;
}

export interface ChoiceOption extends OptionBase {
  type: 'choice';
  choices: { value: string; label: string; description?: string; price?: Partial<Price> }[];
  default?: string;
}

export interface NumberOption extends OptionBase {
  type: 'number';
  min?: number;
  max?: number;
  step?: number;
  default?: number;
  unit?: string;
  /** Added per unit chosen. */
  pricePerUnit?: Partial<Price>;
}

export interface BooleanOption extends OptionBase {
  type: 'boolean';
  default?: boolean;
  /** Added when switched on. */
  price?: Partial<Price>;
}

export interface TextOption extends OptionBase {
  type: 'text';
  /** A regular expression the whole value must match (as in the HTML `pattern` attribute). */
  pattern?: string;
  maxLength?: number;
  placeholder?: string;
  default?: string;
}

/** A product option, generic and partner-defined: the order flow renders it from its type. */
export type ProductOption = ChoiceOption | NumberOption | BooleanOption | TextOption;

/** A product's contract term, when the catalog states it. */
export interface ContractTerm {
  /** Minimum contract term in months. */
  minimumMonths?: number;
  /** Notice period in months. */
  noticeMonths?: number;
}

export interface Product {
  id: string;
  name: string;
  description?: string;
  price: Price;
  features?: string[];
  options: ProductOption[];
  /** Optional: the contract term and notice period; the review shows them when present. */
  term?: ContractTerm;
}

export interface Catalog {
  /** Changes whenever products, options or prices change; drafts remember it. */
  version: string;
  /** ISO 4217, e.g. "EUR". */
  currency: string;
  vat: { rate: number; included: boolean };
  products: Product[];
  /** Where the full terms can be read. */
  termsUrl?: string;
}

export type OptionValue = string | number | boolean;

/** What the customer configured; `placeOrder` turns it into an `Order`. */
export interface OrderDraft {
  productId: string;
  options: Record<string, OptionValue>;
  site: { name: string; street: string; postalCode: string; city: string; country?: string };
  contactEmail: string;
  invoice: 'own' | 'collective';
  acceptTerms: boolean;
  /** The catalog version the draft was made against. */
  catalogVersion?: string;
}

export type OrderStatus = 'submitted' | 'provisioning' | 'completed' | 'failed';

export interface Order {
  id: string;
  /** Optional: the order number as the backend names it to customers (e.g. on the confirmation e-mail); the elements fall back to `id`. */
  number?: string;
  mainId: string;
  status: OrderStatus;
  /** ISO 8601. */
  createdAt: string;
  productId: string;
  contactEmail: string;
  /** The new account: a placeholder (`status: 'provisioning'`) until the order completes. */
  account?: Account;
  /** Set when `status` is `'failed'`: a human-readable reason. */
  failureReason?: string;
  price?: Price;
}
