import { expect, fixture, html as litHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { AccountWidgetsError } from '../../src/api/errors.js';
import { AccountWidgetElement } from '../../src/core/account-widget-element.js';
import { closestLang, LocalizeController, registerTranslations, type Catalogues, type Message, type Overrides } from '../../src/core/localize.js';
import { errorMessageOf } from '../helpers/dom.js';

const en: { hello: Message; items: Message } = { hello: 'Hello {name}', items: { zero: 'No items', one: '{count} item', other: '{count} items' } };
const catalogues: Catalogues<typeof en> = { en, de: { hello: 'Hallo {name}', items: { one: '{count} Eintrag', other: '{count} Einträge' } } };

/** A minimal element with a localize controller (scope `test-greeting`). */
class TestGreeting extends AccountWidgetElement<typeof en> {
  readonly l10n = new LocalizeController(this, 'test-greeting', catalogues);
  count = 2;
  override render() {
    return html`<p>${this.l10n.t('hello', { name: 'Ada' })}</p><p>${this.l10n.t('items', { count: this.count })}</p>`;
  }
}
customElements.define('test-greeting', TestGreeting);

/** A shadow root with its own `lang`, as in a portal built of web components. */
class TestShell extends LitElement {
  override render() {
    return html`<div lang="de"><test-greeting></test-greeting></div>`;
  }
}
customElements.define('test-shell', TestShell);

const texts = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('p'), (p) => p.textContent);

describe('LocalizeController', () => {
  it('follows the closest lang and fills parameters and plural forms', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="de"></test-greeting>`);
    expect(texts(el)).to.deep.equal(['Hallo Ada', '2 Einträge']);
    el.lang = 'en';
    await waitUntil(() => texts(el)[0] === 'Hello Ada', 'a lang change re-renders');
    el.count = 0;
    el.requestUpdate();
    await el.updateComplete;
    expect(texts(el)[1]).to.equal('No items');
  });

  it('falls back to English for a language it does not know', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="sv"></test-greeting>`);
    expect(texts(el)[0]).to.equal('Hello Ada');
  });

  it('takes per-element overrides from `strings`, before any catalogue', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="de"></test-greeting>`);
    el.strings = { hello: 'Servus {name}' } as Overrides<typeof en>;
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Servus Ada');
  });

  it('registerTranslations adds a language page-wide and re-renders connected elements', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="fr-CA"></test-greeting>`);
    expect(texts(el)[0]).to.equal('Hello Ada');
    registerTranslations('test-greeting', 'fr', { hello: 'Bonjour {name}', items: { one: '{count} élément', other: '{count} éléments' } });
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Bonjour Ada', '2 éléments']);
    // Other scopes are untouched.
    expect(errorMessageOf(el, new AccountWidgetsError('network'))).to.include('connection');
  });

  it('re-renders when a lang changes inside a shadow root around it', async () => {
    const shell = await fixture<TestShell>(litHtml`<test-shell></test-shell>`);
    const el = shell.shadowRoot!.querySelector<TestGreeting>('test-greeting')!;
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Hallo Ada');
    shell.shadowRoot!.querySelector('div')!.setAttribute('lang', 'en');
    await waitUntil(() => texts(el)[0] === 'Hello Ada', 'the change inside the shadow root is seen');
  });

  it('closestLang crosses shadow roots and defaults to the document, then English', async () => {
    const shell = await fixture<TestShell>(litHtml`<test-shell></test-shell>`);
    expect(closestLang(shell.shadowRoot!.querySelector('test-greeting')!)).to.equal('de');
    const loose = document.createElement('span');
    expect(closestLang(loose)).to.equal(document.documentElement.lang || 'en');
  });
});

describe('AccountWidgetElement.errorMessage', () => {
  it('chooses the message by code, with attempts left and the main account name', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="en"></test-greeting>`);
    expect(errorMessageOf(el, new AccountWidgetsError('code-invalid', { attemptsLeft: 1 }))).to.equal('The code is not correct. 1 attempt left.');
    expect(errorMessageOf(el, new AccountWidgetsError('not-main-account', { details: { mainAccountName: 'Nordlicht' } }))).to.equal(
      'Only a main account can have sub-accounts. This account belongs to Nordlicht.',
    );
  });

  it('never says "belongs to ." when the backend did not name the main account', async () => {
    const el = await fixture<TestGreeting>(litHtml`<test-greeting lang="de"></test-greeting>`);
    const message = errorMessageOf(el, new AccountWidgetsError('not-main-account'));
    expect(message).to.equal('Nur ein Hauptaccount kann Nebenaccounts haben. Dieser Account ist ein Nebenaccount.');
    expect(errorMessageOf(el, new Error('boom'))).to.be.a('string').and.not.equal('');
  });
});
