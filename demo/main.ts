// The demo portal: a customer portal page around <location-management>, on the mock backend
// served over HTTP by an MSW service worker (or, with `npm start -- --backend http`, by the
// reference server on its own port, cross-origin with CORS) — the same path a real portal's REST calls take
// (`api-base="/api"`; the element builds its own RestAdapter). The demo controls talk to the mock
// backend's admin surface (`POST /api/__demo/reset`, `POST /api/__demo/current-account`).
import { setupWorker } from 'msw/browser';
import { RestAdapter } from '../src/api/rest-adapter.js';
import { createHandlers, untilControlled } from '../src/mock/testing-msw.js';
import { MockBackend } from '../src/mock/mock-backend.js';
import { orderReadyAfterMs } from './provisioning-time.js';
import { brands, portalText, type PortalLanguage, type PortalTextKey, type PortalTheme } from './portal-text.js';

const params = new URLSearchParams(location.search);
/**
 * `npm start -- --backend http` serves the API from the reference server (account-widgets/server)
 * and opens the demo with `?api=http://127.0.0.1:8080/api`; only a local address is taken.
 */
const HTTP_API = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/[\w/-]*$/.test(params.get('api') ?? '') ? params.get('api')! : undefined;
const API = HTTP_API ?? '/api';
const STORAGE = { lang: 'aw-demo-lang', theme: 'aw-demo-theme', account: 'aw-demo-account' } as const;
const DRAFT_PREFIX = 'account-widgets:order-draft:';

const select = (id: string) => document.getElementById(id) as HTMLSelectElement;
const root = document.documentElement;
const api = new RestAdapter({ baseUrl: API });

let lang: PortalLanguage = pick(params.get('lang') ?? localStorage.getItem(STORAGE.lang), Object.keys(portalText), 'de') as PortalLanguage;
let theme: PortalTheme = pick(params.get('theme') ?? localStorage.getItem(STORAGE.theme), Object.keys(brands), 'default') as PortalTheme;

function pick(value: string | null, allowed: string[], fallback: string): string {
  return value && allowed.includes(value) ? value : fallback;
}

/** Values the portal's own texts take (the demo bar's provisioning time). */
const textValues: Record<string, string> = {};

/** The demo bar says when orders are ready, from the backend's own settings (never a literal). */
function showOrderTime(backend: MockBackend): void {
  textValues.seconds = String(Math.round(orderReadyAfterMs({ provisioningMs: backend.provisioningMs, latency: backend.latency }) / 1000));
}

function t(key: PortalTextKey, values: Record<string, string> = {}): string {
  return portalText[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Language and theme: the widgets follow <html lang> and the --aw-* tokens set in portal.css.

function applyLanguage(next: PortalLanguage): void {
  lang = next;
  root.lang = next;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as PortalTextKey, textValues);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as PortalTextKey));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === next));
  }
  document.title = t('title', { brand: brands[theme] });
  localStorage.setItem(STORAGE.lang, next);
}

function applyTheme(next: PortalTheme): void {
  theme = next;
  root.dataset.theme = next;
  for (const el of document.querySelectorAll<HTMLElement>('[data-brand="name"]')) el.textContent = brands[next];
  document.title = t('title', { brand: brands[next] });
  select('theme').value = next;
  localStorage.setItem(STORAGE.theme, next);
}

// ---------------------------------------------------------------------------------------------
// The signed-in account (header) and the section.

/** The header's switcher (replacing a static "signed in as"): reloaded after a sign-in; adds and unlinks it follows itself. */
const switcher = document.getElementById('switcher') as (HTMLElement & { refresh(): Promise<void>; clearRecent(): void }) | null;
switcher?.setAttribute('api-base', API);

async function refreshUser(): Promise<void> {
  if (!switcher) return;
  await customElements.whenDefined('account-switcher');
  await switcher.refresh();
}

function remountSection(): void {
  const old = document.querySelector('location-management');
  const fresh = document.createElement('location-management');
  fresh.setAttribute('api-base', API);
  old?.replaceWith(fresh);
}

async function demoCall(path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${API}/__demo/${path}`, {
    method: 'POST',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
}

async function signInAs(id: string): Promise<void> {
  await demoCall('current-account', { id });
  sessionStorage.setItem(STORAGE.account, id);
  remountSection();
  await refreshUser();
}

async function resetDemo(): Promise<void> {
  await demoCall('reset');
  switcher?.clearRecent();
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  await signInAs(select('account').value);
  toast(t('resetDone'));
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string): void {
  const region = document.getElementById('portal-status')!;
  region.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (region.textContent = ''), 5000);
}

// ---------------------------------------------------------------------------------------------
// Start: the mock API first, then the elements.

try {
  const account = pick(sessionStorage.getItem(STORAGE.account), [...select('account').options].map((o) => o.value), 'acc-main');
  select('account').value = account;
  if (HTTP_API) {
    document.querySelector('location-management')?.setAttribute('api-base', HTTP_API);
    // The reference server runs a MockBackend with its default provisioning time.
    showOrderTime(new MockBackend());
    await demoCall('current-account', { id: account });
  } else {
    const backend = new MockBackend({ latency: 350 });
    showOrderTime(backend);
    const worker = setupWorker(...createHandlers(backend, { baseUrl: API }));
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
    await untilControlled();
    backend.setCurrentAccount(account);
  }
} catch (error) {
  // Service workers need a secure context: http://127.0.0.1 or http://localhost, not a LAN address.
  const message = document.createElement('p');
  message.className = 'startup-error';
  message.setAttribute('role', 'alert');
  message.textContent = HTTP_API
    ? `The reference server at ${HTTP_API} does not answer (${String(error)}). Start it with npm start -- --backend http.`
    : `The mock API could not start (${String(error)}). Open the demo on http://127.0.0.1 or http://localhost.`;
  document.querySelector('.section-card')!.prepend(message);
}

applyTheme(theme);
applyLanguage(lang);
await import('../src/define.js');
root.dataset.ready = 'true';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyLanguage(button.dataset.lang as PortalLanguage));
}
select('theme').addEventListener('change', () => applyTheme(select('theme').value as PortalTheme));
select('account').addEventListener('change', () => void signInAs(select('account').value));
document.getElementById('reset')!.addEventListener('click', () => void resetDemo());

// The portal decides what "open account" means: here, a notice instead of leaving the demo.
document.body.addEventListener('account-open', (e) => {
  e.preventDefault();
  toast(t('opening', { name: e.detail.account.name }));
});
// The same for the header's switcher (which follows what the section adds and unlinks by itself).
document.body.addEventListener('account-switch', (e) => {
  e.preventDefault();
  toast(t('opening', { name: e.detail.account.name }));
});

// The portal's other pages do not exist in the demo.
document.addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.('a[href^="#"]');
  if (!link || link.classList.contains('skip-link') || link.getAttribute('aria-current') === 'page') return;
  e.preventDefault();
  toast(t('notAvailable'));
});
