// Demo portal check, part of `npm test`: serves the demo (as `npm start` does) on a free port,
// opens it in headless Chromium and checks that
// - the site management section renders the main account's tree rows;
// - axe-core finds no violation on the whole page (German, English, dark and partner theme, dialog open);
// - switching to English changes the portal's and the widgets' texts;
// - the journey works: link 5200001 with the demo code 123456, the new row appears;
// - "reset demo data" removes it again; "signed in as" switches the account;
// - no console error and no page error on the way.
// Writes screenshots to screenshots/ (git-ignored) and prints their paths. Exits 1 on failure.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.js';
import { startDemoServer } from './dev-server-config.js';

const SHOTS = resolve('screenshots');
const AXE = resolve('node_modules/axe-core/axe.min.js');
const WAIT = 10_000;
const started = Date.now();
const failures = [];
const shots = [];
let passed = 0;

function check(ok, what, detail = '') {
  if (ok) passed++;
  else failures.push(what);
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}${!ok && detail ? `\n      ${detail}` : ''}`);
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

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

// A hard stop, so a hung browser never blocks `npm test`.
const watchdog = setTimeout(() => {
  console.error('\ncheck-demo: gave up after 90 s');
  process.exit(1);
}, 90_000);
watchdog.unref();

let demo;
let browser;
try {
  demo = await startDemoServer({ port: await freePort(), autoExit: false });
  console.log(`demo portal at ${demo.url}`);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

  const section = page.locator('location-management');
  const rows = section.locator('[role="treeitem"]');
  const shot = async (name, options = {}) => {
    const path = `${SHOTS}/demo-${name}.png`;
    await page.screenshot({ path, fullPage: true, ...options });
    shots.push(path);
  };
  const axe = async (label) => {
    const result = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    check(result.length === 0, `axe: no violations (${label})`, result.join('\n      '));
  };
  const settle = () => page.waitForTimeout(400);

  // --- German, default theme -------------------------------------------------------------------
  await page.goto(`${demo.url}?lang=de&theme=default`);
  await step('the page starts (mock API up, elements defined)', () => page.waitForSelector('html[data-ready]').then(() => undefined));
  await step('the section renders the main account and its sub-accounts', async () => {
    await rows.nth(3).waitFor();
    const main = await rows.first().textContent();
    const count = await rows.count();
    if (!main.includes('Nordlicht Kommunikation GmbH')) return `first row is "${main.trim()}"`;
    if (count < 5) return `only ${count} rows`;
  });
  await step('the header shows the signed-in account', async () => {
    await page.waitForFunction(() => document.getElementById('user-name')?.textContent?.includes('Nordlicht'));
  });
  await page.addScriptTag({ path: AXE });
  await settle();
  await axe('German, default theme');
  await shot('de');

  // --- English -----------------------------------------------------------------------------------
  await step('switching to English changes the portal and the widgets', async () => {
    await page.locator('.lang-switch button[data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await section.locator('[part~="add-button"]', { hasText: 'Add sub-account' }).waitFor();
    const h1 = await page.locator('h1').textContent();
    const nav = await page.locator('.portal-nav').textContent();
    if (h1.trim() !== 'My product') return `h1 is "${h1.trim()}"`;
    if (!nav.includes('Invoices')) return `navigation still reads "${nav.replace(/\s+/g, ' ').trim()}"`;
    const row = await rows.first().textContent();
    if (!/Customer no\./.test(row)) return `tree row still reads "${row.trim()}"`;
  });
  await settle();
  await axe('English');
  await shot('en');

  // --- Mobile width --------------------------------------------------------------------------------
  await page.setViewportSize({ width: 390, height: 844 });
  await settle();
  await step('no horizontal scrolling at 390 px', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) return `page is ${width} px wide`;
  });
  await axe('English, 390 px');
  await shot('en-mobile');
  await page.locator('.lang-switch button[data-lang="de"]').click();
  await section.locator('[part~="add-button"]', { hasText: 'Nebenaccount hinzufügen' }).waitFor();
  await settle();
  await shot('de-mobile');
  await page.setViewportSize({ width: 1280, height: 900 });

  // --- Themes -----------------------------------------------------------------------------------------
  for (const theme of ['dark', 'partner']) {
    await page.selectOption('#theme', theme);
    await settle();
    await axe(`${theme} theme`);
    await shot(`de-${theme}`);
  }
  await step('the dark theme is dark everywhere (page, header, section)', async () => {
    await page.selectOption('#theme', 'dark');
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
    await section.locator('[part~="add-button"]').click();
    await page.locator('add-subaccount-dialog #option-link').waitFor();
  });
  await settle();
  await axe('add dialog open');
  await shot('de-dialog', { fullPage: false });
  await step('linking 5200001 with code 123456 lists it in the tree', async () => {
    await page.locator('add-subaccount-dialog #option-link').click();
    await page.locator('link-account-flow input#number').fill('5200001');
    await page.locator('link-account-flow input#number').press('Enter');
    await page.locator('link-account-flow input#code').fill('123456');
    await page.locator('link-account-flow input#code').press('Enter');
    await page.locator('link-account-flow .success').waitFor();
    await page.locator('add-subaccount-dialog [part~="close-button"]').click();
    await rows.filter({ hasText: '5200001' }).first().waitFor();
  });
  await shot('de-linked');

  // --- Reset ----------------------------------------------------------------------------------------
  await step('"reset demo data" restores the seed (the linked account is gone)', async () => {
    await page.locator('#reset').click();
    await page.locator('#portal-status', { hasText: 'zurückgesetzt' }).waitFor();
    await rows.nth(3).waitFor();
    await page.waitForFunction(
      () => {
        const el = document.querySelector('location-management');
        const tree = el?.shadowRoot?.querySelector('[part~="tree"]');
        const text = tree?.shadowRoot?.textContent ?? '';
        return text.includes('4711001') && !text.includes('5200001');
      },
      undefined,
      { timeout: WAIT },
    );
  });

  // --- Signed in as a sub-account -------------------------------------------------------------------
  await step('"signed in as" a sub-account shows its main account, without the add button', async () => {
    await page.selectOption('#account', 'acc-sub-hamburg');
    await page.waitForFunction(() => document.getElementById('user-name')?.textContent === 'Standort Hamburg-Altona');
    await section.locator('[part~="notice"]').waitFor();
    await rows.filter({ hasText: 'Nordlicht Kommunikation GmbH' }).first().waitFor();
    if (await section.locator('[part~="add-button"]').isVisible()) return 'the add button is still visible';
  });
  await settle();
  await axe('signed in as a sub-account');
  await page.selectOption('#account', 'acc-main');
  await rows.nth(3).waitFor();

  check(problems.length === 0, 'no console errors or page errors', problems.join('\n      '));
} catch (error) {
  check(false, 'the check ran to the end', String(error?.stack ?? error));
} finally {
  await browser?.close().catch(() => {});
  await demo?.stop().catch(() => {});
}

for (const path of shots) console.log(`  screenshot: ${path}`);
console.log(`\ndemo: ${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
clearTimeout(watchdog);
process.exit(failures.length ? 1 : 0);
