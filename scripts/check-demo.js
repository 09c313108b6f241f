// Demo portal check, part of `npm test`: serves the demo (as `npm start` does) on a free port,
// opens it in headless Chromium, Firefox and WebKit (CHECK_BROWSERS picks fewer) and checks in each
// - the site management section renders the main account's tree rows;
// - axe-core finds no violation on the whole page (German, English, dark and partner theme, dialog open);
// - switching to English changes the portal's and the widgets' texts;
// - the journey works: link 5200001 with the demo code 123456, the new row appears;
// - "reset demo data" removes it again; "signed in as" switches the account;
// - no console error and no page error on the way.
// Writes screenshots to screenshots/ (git-ignored) and prints their paths. Exits 1 on failure.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './dev-server-config.js';
import { enginesToCheck, openEngine, PROBE_PATH, PROBE_SCRIPT, withProbe } from './engines.js';
import { freePort } from './free-port.js';

const SHOTS = resolve('screenshots');
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WAIT = 10_000;
const started = Date.now();
const failures = [];
const shots = [];
let passed = 0;
let engineName = '';

function check(ok, what, detail = '') {
  const label = `${engineName}: ${what}`;
  if (ok) passed++;
  else failures.push(label);
  console.log(`${ok ? '  ✓' : '  ✗'} ${label}${!ok && detail ? `\n      ${detail}` : ''}`);
}

/** Runs a step; a throw (a timeout above all) fails that step, not the whole script. */
async function step(what, fn) {
  try {
    const detail = await fn();
    check(detail === undefined || detail === true, what, typeof detail === 'string' ? detail : '');
  } catch (error) {
    check(false, what, String(error?.message ?? error).split('\n')[0]);
  }
}

const engines = enginesToCheck();
// A hard stop, so a hung browser never blocks `npm test` (WebDriver and BiDi are slower than CDP).
const watchdog = setTimeout(() => {
  console.error(`\ncheck-demo: gave up after ${engines.length * 120} s`);
  process.exit(1);
}, engines.length * 120_000);
watchdog.unref();

/** The probe records console and page errors in every engine (see scripts/engines.js). */
const probePlugin = {
  name: 'check-demo-probe',
  serve: (context) => (context.path === PROBE_PATH ? { body: PROBE_SCRIPT, type: 'js' } : undefined),
  transform: (context) => (context.response.is('html') ? { body: withProbe(context.body) } : undefined),
};

let demo;
try {
  demo = await startDemoServer({ port: await freePort(), autoExit: false, plugins: [probePlugin] });
  console.log(`demo portal at ${demo.url}`);
  mkdirSync(SHOTS, { recursive: true });
  for (const name of engines) await checkEngine(name);
} catch (error) {
  check(false, 'the check ran to the end', String(error?.stack ?? error));
} finally {
  await demo?.stop().catch(() => {});
}

async function checkEngine(name) {
  engineName = name;
  let engine;
  try {
    engine = await openEngine(name);
    console.log(`\n${name} ${engine.version}`);
    const page = await engine.newPage({ width: 1280, height: 900 });
    page.timeout = WAIT;
    await walk(page, name);
    const problems = await page.problems();
    check(problems.length === 0, 'no console errors or page errors', [...new Set(problems)].join('\n      '));
  } catch (error) {
    check(false, 'the check ran to the end', String(error?.stack ?? error));
  } finally {
    await engine?.close().catch(() => {});
  }
}

async function walk(page, engine) {
  const section = 'location-management';
  const rows = `${section} [role="treeitem"]`;
  const row = (index, hasText) => ({ selector: rows, index, hasText });
  const shot = async (name) => {
    const path = `${SHOTS}/demo-${engine}-${name}.png`;
    await page.screenshot(path);
    shots.push(path);
  };
  const axe = async (label) => {
    const result = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    check(result.length === 0, `axe: no violations (${label})`, result.join('\n      '));
  };
  const settle = () => new Promise((r) => setTimeout(r, 400));

  // --- German, default theme -------------------------------------------------------------------
  await page.goto(`${demo.url}?lang=de&theme=default`);
  // The first visit may meet a cold server (sources compiled on first request) and installs the
  // mock API's service worker: allow it longer than later steps.
  page.timeout = 3 * WAIT;
  await step('the page starts (mock API up, elements defined)', () => page.waitForElement('html[data-ready]', { attached: true }).then(() => undefined));
  page.timeout = WAIT;
  await step('the section renders the main account and its sub-accounts', async () => {
    await page.waitForElement(row(3));
    const main = await page.text(row(0));
    const count = await page.count(rows);
    if (!main.includes('Nordlicht Kommunikation GmbH')) return `first row is "${main.trim()}"`;
    if (count < 5) return `only ${count} rows`;
  });
  await step('the header shows the signed-in account', async () => {
    await page.waitFor(() => document.getElementById('switcher')?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.includes('Nordlicht'), 'the user name');
  });
  await page.addScript(AXE);
  await settle();
  await axe('German, default theme');
  await shot('de');

  // --- English -----------------------------------------------------------------------------------
  await step('switching to English changes the portal and the widgets', async () => {
    await page.click('.lang-switch button[data-lang="en"]');
    await page.waitFor(() => document.documentElement.lang === 'en', 'lang="en"');
    await page.waitForElement({ selector: `${section} [part~="add-button"]`, hasText: 'Add sub-account' });
    const h1 = await page.text('h1');
    const nav = await page.text('.portal-nav');
    if (h1.trim() !== 'My product') return `h1 is "${h1.trim()}"`;
    if (!nav.includes('Invoices')) return `navigation still reads "${nav.replace(/\s+/g, ' ').trim()}"`;
    const first = await page.text(row(0));
    if (!/Customer no\./.test(first)) return `tree row still reads "${first.trim()}"`;
  });
  await settle();
  await axe('English');
  await shot('en');

  // --- Mobile width --------------------------------------------------------------------------------
  await page.setViewport(390, 844);
  await settle();
  await step('no horizontal scrolling at 390 px', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) return `page is ${width} px wide`;
  });
  await axe('English, 390 px');
  await shot('en-mobile');
  await page.click('.lang-switch button[data-lang="de"]');
  await page.waitForElement({ selector: `${section} [part~="add-button"]`, hasText: 'Nebenaccount hinzufügen' });
  await settle();
  await shot('de-mobile');
  await page.setViewport(1280, 900);

  // --- Themes -----------------------------------------------------------------------------------------
  for (const theme of ['dark', 'partner']) {
    await page.selectOption('#theme', theme);
    await settle();
    await axe(`${theme} theme`);
    await shot(`de-${theme}`);
  }
  await step('the dark theme is dark everywhere (page, header, section)', async () => {
    await page.selectOption('#theme', 'dark');
    await settle();
    const light = await page.evaluate(() => {
      const luminance = (el) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      return ['body', '.portal-header', '.page-head', '.section-card', '.side-card', '.portal-footer', '.demo-bar'].filter(
        (s) => luminance(document.querySelector(s)) > 0.3,
      );
    });
    if (light.length) return `light background: ${light.join(', ')}`;
  });
  await page.selectOption('#theme', 'default');

  // --- The journey: link an existing account --------------------------------------------------------
  await step('the add dialog opens', async () => {
    await page.click(`${section} [part~="add-button"]`);
    await page.waitForElement('add-subaccount-dialog #option-link');
  });
  await settle();
  await axe('add dialog open');
  await shot('de-dialog');
  await step('linking 5200001 with code 123456 lists it in the tree', async () => {
    await page.click('add-subaccount-dialog #option-link');
    await page.fill('link-account-flow input#number', '5200001');
    await page.press('Enter');
    await page.fill('link-account-flow input#code', '123456');
    await page.press('Enter');
    await page.waitForElement('link-account-flow .success');
    await page.click('add-subaccount-dialog [part~="close-button"]');
    await page.waitForElement(row(0, '5200001'));
  });
  await shot('de-linked');

  // --- Reset ----------------------------------------------------------------------------------------
  await step('"reset demo data" restores the seed (the linked account is gone)', async () => {
    await page.click('#reset');
    await page.waitForElement({ selector: '#portal-status', hasText: 'zurückgesetzt' });
    await page.waitForElement(row(3));
    await page.waitFor(() => {
      const el = document.querySelector('location-management');
      const tree = el?.shadowRoot?.querySelector('[part~="tree"]');
      const text = tree?.shadowRoot?.textContent ?? '';
      return text.includes('4711001') && !text.includes('5200001');
    }, 'the seed without 5200001');
  });

  // --- Signed in as a sub-account -------------------------------------------------------------------
  await step('"signed in as" a sub-account shows its main account, without the add button', async () => {
    await page.selectOption('#account', 'acc-sub-hamburg');
    await page.waitFor(() => document.getElementById('switcher')?.shadowRoot?.querySelector('[part~="name"]')?.textContent === 'Standort Hamburg-Altona', 'the sub-account signed in');
    await page.waitForElement(`${section} [part~="notice"]`);
    await page.waitForElement(row(0, 'Nordlicht Kommunikation GmbH'));
    if (await page.isVisible(`${section} [part~="add-button"]`)) return 'the add button is still visible';
  });
  await settle();
  await axe('signed in as a sub-account');
  await page.selectOption('#account', 'acc-main');
  await page.waitForElement(row(3));
}

engineName = 'all';
for (const path of shots) console.log(`  screenshot: ${path}`);
console.log(`\ndemo: ${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
clearTimeout(watchdog);
process.exit(failures.length ? 1 : 0);
