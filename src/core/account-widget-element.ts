import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountAdapter } from '../api/adapter.js';
import { AccountWidgetsError } from '../api/errors.js';
import type { ErrorMessages } from '../i18n/en/errors.js';
import { errorMessages } from '../i18n/lazy.js';
import { AdapterController, DEFAULT_REQUEST_TIMEOUT } from './adapter-controller.js';
import { emit } from './events.js';
import { LocalizeController, pendingMessages, type Catalogue, type Overrides } from './localize.js';
import type { NestedStrings } from './nested-strings.js';

/**
 * What every public element shares: where its backend comes from (`adapter`, context, or
 * `api-base`), string overrides (`strings`), and one way to turn any failure into a localized
 * message and an `adapter-error` event. Behaviour lives in controllers; this class only wires
 * them to the public properties.
 */
export class AccountWidgetElement<C extends Catalogue = Catalogue> extends LitElement {
  /** The backend. When unset: the adapter an ancestor provides, else a `RestAdapter` for `api-base`. */
  @property({ attribute: false }) adapter: AccountAdapter | undefined;

  /** Base URL of the REST API; the element builds a `RestAdapter` itself (zero-JS drop-in). */
  @property({ attribute: 'api-base', reflect: true }) apiBase: string | undefined;

  /**
   * The element-side deadline for every backend call, in milliseconds: a call that has not
   * answered by then is given up and shown as a timeout with a Retry (0 turns the deadline off).
   * Default 30 000, above `RestAdapter`'s 15 s per attempt.
   */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout: number = DEFAULT_REQUEST_TIMEOUT;

  /**
   * Overrides for any of the element's messages (and the shared error messages), by key; and for
   * the elements inside it, by their tag name: `{ 'account-tree': { treeLabel: 'Sites' } }`.
   */
  @property({ attribute: false }) strings: (Overrides<C & ErrorMessages> & NestedStrings) | undefined;

  protected readonly adapters = new AdapterController(this);
  protected readonly errorL10n = new LocalizeController<ErrorMessages>(this, 'errors', errorMessages);

  /**
   * Holds updates while something the next render needs is still loading on first use (the
   * page language's messages; `RestAdapter` for `api-base`): the render, and with it the first
   * request, waits for it. `updateComplete` resolves after that render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const rest = this.adapters.pending;
    const messages = pendingMessages(this);
    if (!rest && !messages) return super.scheduleUpdate();
    return Promise.all([rest, messages]).then(() => super.scheduleUpdate());
  }

  /** The resolved backend behind the validating seam (core/adapter-controller.ts), or undefined when none is configured. */
  protected get resolvedAdapter(): AccountAdapter | undefined {
    return this.adapters.value;
  }

  /** The resolved backend as configured, without the seam: what a composite hands to its children (each guards it itself). */
  protected get configuredAdapter(): AccountAdapter | undefined {
    return this.adapters.raw;
  }

  /** The backend, or a `server` error the element shows when none is configured. */
  protected requireAdapter(): AccountAdapter {
    const adapter = this.adapters.value;
    if (!adapter) {
      throw new AccountWidgetsError('server', { message: 'no-adapter', retryable: false, details: { noAdapter: true } });
    }
    return adapter;
  }

  /** Normalises a failure, dispatches `adapter-error` and returns the error. */
  protected reportError(value: unknown): AccountWidgetsError {
    const error = AccountWidgetsError.from(value);
    emit(this, 'adapter-error', { error });
    return error;
  }

  /**
   * A localized, human message for an error, chosen by its code. @internal Protected: for the
   * elements and their subclasses, not the public API (tests read it through `errorMessageOf`).
   */
  protected errorMessage(value: unknown): string {
    const error = AccountWidgetsError.from(value);
    if (error.details?.noAdapter) return this.errorL10n.t('no-adapter');
    if (error.code === 'network' && error.details?.timeout) return this.errorL10n.t('timeout');
    if (error.code === 'code-invalid' && typeof error.attemptsLeft === 'number') {
      return this.errorL10n.t('code-invalid', { count: error.attemptsLeft });
    }
    const mainAccountName = error.details?.mainAccountName;
    if (error.code === 'not-main-account' && (typeof mainAccountName !== 'string' || !mainAccountName)) {
      return this.errorL10n.t('not-main-account-unnamed'); // never "belongs to ."
    }
    return this.errorL10n.t(error.code, {
      count: error.attemptsLeft ?? 0,
      mainAccountName: typeof mainAccountName === 'string' ? mainAccountName : '',
    });
  }
}
