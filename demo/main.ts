// The demo portal: a customer portal page around <location-management>, on the mock backend
// served over HTTP by an MSW service worker — the same path a real portal's REST calls take.
import { setupWorker } from 'msw/browser';
import { MockBackend } from '../src/mock/mock-backend.js';
import { createHandlers } from '../src/mock/handlers.js';
import { portalText, type PortalLanguage } from './portal-text.js';

const backend = new MockBackend({ latency: 350 });
const worker = setupWorker(...createHandlers(backend, { baseUrl: '/api' }));
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });

// Register the elements only once the API answers.
await import('../src/define.js');

const select = (id: string) => document.getElementById(id) as HTMLSelectElement;
const params = new URLSearchParams(location.search);

function applyLanguage(lang: PortalLanguage): void {
  document.documentElement.lang = lang;
  const text = portalText[lang];
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = text[el.dataset.i18n as keyof typeof text] ?? el.textContent;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', text[el.dataset.i18nLabel as keyof typeof text] ?? '');
  }
  document.title = text.title;
  localStorage.setItem('aw-demo-lang', lang);
}

function applyTheme(theme: string): void {
  document.body.dataset.theme = theme;
  localStorage.setItem('aw-demo-theme', theme);
}

function remountSection(): void {
  const old = document.querySelector('location-management');
  const fresh = document.createElement('location-management');
  fresh.setAttribute('api-base', '/api');
  old?.replaceWith(fresh);
}

const lang = (params.get('lang') ?? localStorage.getItem('aw-demo-lang') ?? 'de') as PortalLanguage;
const theme = params.get('theme') ?? localStorage.getItem('aw-demo-theme') ?? 'default';
select('language').value = lang in portalText ? lang : 'de';
select('theme').value = theme;
applyLanguage(select('language').value as PortalLanguage);
applyTheme(theme);

select('language').addEventListener('change', (e) => applyLanguage((e.target as HTMLSelectElement).value as PortalLanguage));
select('theme').addEventListener('change', (e) => applyTheme((e.target as HTMLSelectElement).value));
select('account').addEventListener('change', (e) => {
  backend.setCurrentAccount((e.target as HTMLSelectElement).value);
  remountSection();
});
document.getElementById('reset')!.addEventListener('click', () => {
  backend.reset();
  backend.setCurrentAccount(select('account').value);
  remountSection();
});

// The portal decides what "open account" means: here, a notice instead of leaving the demo.
document.addEventListener('account-open', (e) => {
  e.preventDefault();
  const text = portalText[document.documentElement.lang as PortalLanguage] ?? portalText.de;
  alertRegion(text.opening.replace('{name}', e.detail.account.name));
});

function alertRegion(message: string): void {
  const region = document.getElementById('portal-status') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'portal-status', className: 'portal-status' }));
  region.setAttribute('role', 'status');
  region.textContent = message;
}
