import { expect, waitUntil } from '@open-wc/testing';
import type { AccountAdapter } from '../../../src/api/adapter.js';
import type { Catalog, RequestOptions } from '../../../src/api/types.js';
import { mockCatalog } from '../../../src/mock/catalog.js';
import { SEED } from '../../../src/mock/seed.js';
import { acceptTerms, chooseProduct, InMemoryAdapter, pressNext, PROVISIONING_MS, q, qq, setup, text, toReview, typeInto, waitForStep } from './helpers.js';

/** The rows of the review's price table: [item, monthly, one-off]. */
const priceRows = (el: Element) =>
  qq(el, '.price-table tr').map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('<order-subaccount-flow> review reads like a real order', () => {
  it('lists the base price and each priced option as its own line, VAT as the catalog states it, the total, term and notice', async function () {
    this.timeout(30000); // real typing through two steps, and axe
    const { el } = await setup({ lang: 'de' });
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    // 8 extensions, call recording on, porting (one-off)
    await typeInto(el, '#f-options-seats', '8');
    q(el, '#f-options-callRecording').click();
    await el.updateComplete;
    await typeInto(el, '#f-site-name', 'Filiale Köln');
    await typeInto(el, '#f-site-street', 'Domstraße 1');
    await typeInto(el, '#f-site-postalCode', '50667');
    await typeInto(el, '#f-site-city', 'Köln');
    await pressNext(el);
    await waitForStep(el, 'invoice');
    await pressNext(el);
    await waitForStep(el, 'review');
    const rows = priceRows(el);
    const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
    const flat = rows.map((r) => r.map(nbsp));
    expect(flat[0]).to.deep.equal(['Position', 'Monatlich', 'Einmalig']);
    expect(flat).to.deep.include(['Cloud-Telefonanlage Standort', '19,90 €', '49,00 €']);
    expect(flat).to.deep.include(['Nebenstellen: 8 × 4,50 €', '36,00 €', '–keine']);
    expect(flat).to.deep.include(['Rufnummern: Neuer Rufnummernblock (10 Nummern)', '5,00 €', '–keine']);
    expect(flat).to.deep.include(['Gesprächsaufzeichnung: Ja', '9,90 €', '–keine']);
    // No line for what costs nothing (the cost centre).
    expect(flat.some((r) => r[0].startsWith('Kostenstelle'))).to.equal(false);
    // The catalog states net prices: the net total, VAT added, the gross total.
    expect(flat).to.deep.include(['Summe netto', '70,80 €', '49,00 €']);
    expect(flat).to.deep.include(['zzgl. 19 % MwSt.', '13,45 €', '9,31 €']);
    expect(flat).to.deep.include(['Gesamt inkl. MwSt.', '84,25 €', '58,31 €']);
    // Contract term and notice period from the catalog.
    expect(nbsp(q(el, '[data-term="minimum"]').textContent!.trim())).to.equal('12 Monate');
    expect(nbsp(q(el, '[data-term="notice"]').textContent!.trim())).to.equal('1 Monat');
    expect(text(el)).to.contain('Mindestvertragslaufzeit');
    expect(text(el)).to.contain('Kündigungsfrist');
    await expect(el).to.be.accessible();
  });

  it('with VAT included says what the total contains, and shows no term when the catalog gives none', async () => {
    const catalog: Catalog = { ...mockCatalog('en'), vat: { rate: 0.19, included: true } };
    catalog.products = catalog.products.map((p) => ({ ...p, term: undefined }));
    const adapter = new InMemoryAdapter();
    adapter.getCatalog = async () => structuredClone(catalog);
    const { el } = await setup({ adapter });
    await toReview(el);
    const flat = priceRows(el);
    expect(flat).to.deep.include(['Total', '€47.40', '€49.00']);
    expect(flat).to.deep.include(['of which 19% VAT', '€7.57', '€7.82']);
    expect(flat.some((r) => r[0] === 'Total incl. VAT')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[data-term]')).to.equal(null);
    expect(q(el, '[data-vat]').textContent).to.equal('All prices include 19% VAT.');
    await expect(el).to.be.accessible();
  });

  it('pre-fills the contact e-mail the current account knows; the customer may change it', async () => {
    const { el } = await setup();
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(q<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('it-verwaltung@nordlicht-kommunikation.de');
    await typeInto(el, '#f-contactEmail', 'standorte@nordlicht.example');
    expect(q<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('standorte@nordlicht.example');
  });

  it('leaves the e-mail empty when the account knows none', async () => {
    const adapter = new InMemoryAdapter();
    const get = adapter.getCurrentAccount.bind(adapter);
    adapter.getCurrentAccount = async (opts?: RequestOptions) => {
      const me = await get(opts);
      delete me.contactEmail;
      return me;
    };
    const { el } = await setup({ adapter });
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    expect(q<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('');
  });

  it('the done step shows the order number as the backend names it, and the new customer number', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const { el } = await setup({ adapter, lang: 'de' });
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    const order = adapter.backend.orders()[0];
    expect(order.number).to.match(/^\d{4}-000001$/);
    expect(text(el)).to.contain(`Bestellung ${order.number} ist eingegangen`);
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
    expect(q(el, '[data-order-number]').textContent!.trim()).to.equal(`Bestellnummer: ${order.number}`);
    expect(text(el)).to.contain('mit der Kundennummer 4712001');
    await expect(el).to.be.accessible();
  });

  it('falls back to the order id when the backend names no number', async () => {
    const adapter = new InMemoryAdapter({ provisioningMs: PROVISIONING_MS });
    const place = adapter.placeOrder.bind(adapter);
    const get = adapter.getOrder.bind(adapter);
    const strip = <T extends { number?: string }>(o: T) => ({ ...o, number: undefined });
    adapter.placeOrder = async (...args) => strip(await place(...args));
    adapter.getOrder = async (...args) => strip(await get(...args));
    const { el } = await setup({ adapter });
    await toReview(el);
    await acceptTerms(el);
    await pressNext(el);
    await waitForStep(el, 'provisioning');
    adapter.backend.advanceTime(PROVISIONING_MS);
    await waitForStep(el, 'done');
    expect(q(el, '[data-order-number]').textContent!.trim()).to.equal('Order number: ord-1');
  });
});

describe('<order-subaccount-flow> catalogue in the page’s language', () => {
  it('an English page gets the English catalogue, a German page the German one (each call carries the locale)', async () => {
    const adapter = new InMemoryAdapter();
    const locales: (string | undefined)[] = [];
    const getCatalog = adapter.getCatalog.bind(adapter);
    adapter.getCatalog = (mainId, opts) => {
      locales.push(opts?.locale);
      return getCatalog(mainId, opts);
    };
    const en = await setup({ adapter });
    expect(text(en.el)).to.contain('Cloud PBX for a site');
    expect(text(en.el)).not.to.contain('Cloud-Telefonanlage');
    const de = await setup({ adapter, lang: 'de-DE' });
    expect(text(de.el)).to.contain('Cloud-Telefonanlage Standort');
    expect(locales).to.deep.equal(['en', 'de-DE']);
  });

  it('switching lang mid-flow fetches the catalogue again and keeps the draft', async () => {
    const { el } = await setup();
    await chooseProduct(el, 0);
    await pressNext(el);
    await waitForStep(el, 'configuration');
    await typeInto(el, '#f-site-name', 'Filiale Köln');
    await typeInto(el, '#f-options-seats', '7');
    expect(text(el)).to.contain('Options for Cloud PBX for a site');
    el.setAttribute('lang', 'de');
    await waitUntil(() => text(el).includes('Optionen für Cloud-Telefonanlage Standort'), 'the German catalogue');
    expect(el.step).to.equal('configuration');
    expect(q<HTMLInputElement>(el, '#f-site-name').value).to.equal('Filiale Köln');
    expect(q<HTMLInputElement>(el, '#f-options-seats').value).to.equal('7');
    expect(text(el)).to.contain('Nebenstellen');
    await expect(el).to.be.accessible();
  });

  it('a catalogue in one language only is shown as it is on any page', async () => {
    const adapter: AccountAdapter = new InMemoryAdapter();
    const german = mockCatalog('de');
    adapter.getCatalog = async () => structuredClone(german);
    const { el } = await setup({ adapter });
    expect(text(el)).to.contain('Cloud-Telefonanlage Standort');
    expect(qq(el, 'label').every((l) => (l.textContent ?? '').trim() !== '')).to.equal(true);
    void SEED;
  });
});
