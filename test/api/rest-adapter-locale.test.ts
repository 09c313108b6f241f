import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { acceptLanguage, RestAdapter } from '../../src/api/rest-adapter.js';
import { useHandlers } from '../helpers/msw.js';

const API = '/api';
const make = () => new RestAdapter({ baseUrl: API, retries: 0 });
const me = { id: 'acc-main', customerNumber: '4711001', name: 'Nordlicht GmbH', role: 'main', status: 'active' };

describe('RestAdapter: language and list filters', () => {
  it('sends opts.locale as Accept-Language on every kind of request', async () => {
    const seen: (string | null)[] = [];
    await useHandlers(
      http.get(`${API}/me`, ({ request }) => (seen.push(request.headers.get('accept-language')), HttpResponse.json(me))),
      http.get(`${API}/accounts/:id/subaccounts`, ({ request }) => (seen.push(request.headers.get('accept-language')), HttpResponse.json({ items: [], total: 0 }))),
      http.delete(`${API}/link-requests/:id`, ({ request }) => (seen.push(request.headers.get('accept-language')), new HttpResponse(null, { status: 204 }))),
    );
    const adapter = make();
    await adapter.getCurrentAccount({ locale: 'de-DE' });
    await adapter.listSubaccounts('acc-main', {}, { locale: 'en' });
    await adapter.cancelLink('lnk-1', { locale: 'de' });
    await adapter.getCurrentAccount();
    expect(seen.slice(0, 3)).to.deep.equal(['de-DE', 'en', 'de']);
    // Without a locale the browser's own header (if any) goes out untouched.
    expect(seen[3]).not.to.equal('de-DE');
  });

  it('never garbles the header with a malformed locale', () => {
    expect(acceptLanguage('de-CH')).to.equal('de-CH');
    expect(acceptLanguage(' en ')).to.equal('en');
    expect(acceptLanguage('de\r\nX-Evil: 1')).to.equal(undefined);
    expect(acceptLanguage('')).to.equal(undefined);
    expect(acceptLanguage(42)).to.equal(undefined);
  });

  it('sends relation and status as query parameters, and leaves them out when absent', async () => {
    const urls: URL[] = [];
    await useHandlers(
      http.get(`${API}/accounts/:id/subaccounts`, ({ request }) => (urls.push(new URL(request.url)), HttpResponse.json({ items: [], total: 0 }))),
    );
    const adapter = make();
    await adapter.listSubaccounts('acc-main', { offset: 0, limit: 10, relation: 'collective-invoice', status: 'suspended', search: 'köln' });
    await adapter.listSubaccounts('acc-main', { offset: 0, limit: 10 });
    expect(Object.fromEntries(urls[0].searchParams)).to.deep.equal({ offset: '0', limit: '10', search: 'köln', relation: 'collective-invoice', status: 'suspended' });
    expect(urls[1].searchParams.has('relation')).to.equal(false);
    expect(urls[1].searchParams.has('status')).to.equal(false);
  });
});
