// `npm run screenshots`: the demo portal and the add dialog in each step, at 1280×800 and 390×844,
// in German and English, for a person to look at (screenshots/, git-ignored). Along the way it
// checks what a picture cannot show reliably and prints it:
// - the dialog's top edge in every step (it must not move: the dialog grows downward);
// - where focus is after every step change (inside the dialog, in the viewport, never <body>);
// - at phone width, that the first screen shows the tree's root row and the add button.
// Buttons are pressed with the keyboard (Enter), so the pictures show the focus indicators.
// Exits 1 when a check fails.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.js';
import { startDemoServer } from './dev-server-config.js';

const SHOTS = resolve('screenshots');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const LANGS = ['de', 'en'];
const failures = [];

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const watchdog = setTimeout(() => {
  console.error('screenshots: gave up after 240 s');
  process.exit(1);
}, 240_000);
watchdog.unref();

/** Where focus is (through shadow roots): its description, whether it is in view, inside the dialog. */
const focusReport = () => {
  let active = document.activeElement;
  const path = [];
  while (active) {
    path.push(active.localName);
    if (!active.shadowRoot?.activeElement) break;
    active = active.shadowRoot.activeElement;
  }
  if (!active || active === document.body) return { ok: false, where: 'body' };
  const r = active.getBoundingClientRect();
  const inView = r.width > 0 && r.height > 0 && r.top >= -0.5 && r.bottom <= innerHeight + 0.5 && r.left >= -0.5 && r.right <= innerWidth + 0.5;
  const inDialog = path.includes('add-subaccount-dialog');
  const label = `${path.join(' › ')}${active.id ? '#' + active.id : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`;
  return { ok: inView && inDialog, where: label, inView, inDialog };
};

let demo;
let browser;
try {
  demo = await startDemoServer({ port: await freePort(), autoExit: false });
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  for (const viewport of VIEWPORTS) {
    for (const lang of LANGS) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const tag = `${viewport.name}-${lang}`;
      const shot = async (name) => {
        const path = `${SHOTS}/${tag}-${name}.png`;
        await page.screenshot({ path });
        console.log(`  ${path}`);
      };
      const tops = [];
      const dialogTop = async (step) => {
        const top = await page.evaluate(() => {
          const d = document.querySelector('location-management')?.shadowRoot?.querySelector('add-subaccount-dialog')?.shadowRoot?.querySelector('dialog');
          return d ? Math.round(d.getBoundingClientRect().top) : undefined;
        });
        tops.push(`${step}:${top}`);
        return top;
      };
      const focusAfter = async (what) => {
        await page.waitForTimeout(150);
        const report = await page.evaluate(focusReport);
        if (!report.ok) failures.push(`${tag}: focus after ${what} at ${report.where}`);
        console.log(`    focus after ${what}: ${report.where}${report.ok ? '' : '  ✗'}`);
      };

      await page.goto(`${demo.url}?lang=${lang}&theme=default`);
      await page.evaluate(() => sessionStorage.clear());
      const section = page.locator('location-management');
      await section.locator('[role="treeitem"]').nth(3).waitFor();
      await shot('portal');
      if (viewport.name === 'phone') {
        const firstScreen = await page.evaluate(() => {
          const lm = document.querySelector('location-management');
          const add = lm.shadowRoot.querySelector('[part~="add-button"]').getBoundingClientRect();
          const tree = lm.shadowRoot.querySelector('account-tree');
          const root = tree.shadowRoot.querySelector('[role="treeitem"][aria-level="1"]').getBoundingClientRect();
          // The section's first screen: from its top (the portal above it is the portal's).
          const top = lm.getBoundingClientRect().top;
          return { add: add.bottom - top <= innerHeight, root: root.bottom - top <= innerHeight, rootBottom: Math.round(root.bottom - top) };
        });
        console.log(`    first screen of the section: add button ${firstScreen.add ? 'visible' : 'below the fold'}, root row ends ${firstScreen.rootBottom}px below its top`);
        await section.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await shot('section-first-screen');
        await section.screenshot({ path: `${SHOTS}/${tag}-section-full.png` });
        console.log(`  ${SHOTS}/${tag}-section-full.png`);
        await page.evaluate(() => scrollTo(0, 0));
        if (!firstScreen.add || !firstScreen.root) failures.push(`${tag}: the first screen lacks the root row or the add button`);
      }

      // Add existing: number → code → done.
      await section.locator('[part~="add-button"]').click();
      await page.locator('add-subaccount-dialog #option-link').waitFor();
      const start = await dialogTop('choice');
      await shot('dialog-choice');
      await page.locator('add-subaccount-dialog #option-link').press('Enter');
      await page.locator('link-account-flow input#number').waitFor();
      await focusAfter('choosing add existing');
      await dialogTop('link-number');
      await shot('link-1-number');
      await page.locator('link-account-flow [part~="primary-button"]').press('Enter');
      await focusAfter('a failed Next');
      await shot('link-1-number-invalid');
      await page.locator('link-account-flow input#number').fill('5200002');
      await page.locator('link-account-flow [part~="primary-button"]').press('Enter');
      await page.locator('link-account-flow input#code').waitFor();
      await focusAfter('Next to the code');
      await dialogTop('link-code');
      await shot('link-2-code');
      await page.locator('link-account-flow input#code').fill('123456');
      await page.locator('link-account-flow [part~="primary-button"]').press('Enter');
      await page.locator('link-account-flow [part~="message"]').waitFor();
      await focusAfter('the link completing');
      await dialogTop('link-done');
      await shot('link-3-done');
      await page.locator('link-account-flow [part~="primary-button"]').press('Enter');
      await page.waitForTimeout(300);
      await shot('portal-after-link');

      // Create new: product → configuration → invoice → review → status.
      await section.locator('[part~="add-button"]').click();
      await page.locator('add-subaccount-dialog #option-create').press('Enter');
      const flow = page.locator('order-subaccount-flow');
      await flow.locator('[data-step="product"]').waitFor();
      await focusAfter('choosing create new');
      await dialogTop('order-product');
      await shot('order-1-product');
      await flow.locator('input[name="productId"]').first().check();
      await flow.locator('[part="next"]').press('Enter');
      await flow.locator('[data-step="configuration"]').waitFor();
      await focusAfter('Next to configuration');
      await dialogTop('order-configuration');
      await shot('order-2-configuration');
      await flow.locator('[part="next"]').press('Enter');
      await focusAfter('a failed Next (configuration)');
      await shot('order-2-configuration-invalid');
      await flow.locator('#f-site-name').fill('Filiale Köln');
      await flow.locator('#f-site-street').fill('Domstraße 1');
      await flow.locator('#f-site-postalCode').fill('50667');
      await flow.locator('#f-site-city').fill('Köln');
      await flow.locator('#f-contactEmail').fill('it@nordlicht.example');
      await flow.locator('[part="next"]').press('Enter');
      await flow.locator('[data-step="invoice"]').waitFor();
      await focusAfter('Next to invoice');
      await dialogTop('order-invoice');
      await shot('order-3-invoice');
      await flow.locator('[part="next"]').press('Enter');
      await flow.locator('[data-step="review"]').waitFor();
      await focusAfter('Next to review');
      await dialogTop('order-review');
      await shot('order-4-review');
      await flow.locator('#f-acceptTerms').check();
      await flow.locator('[part="next"]').press('Enter');
      await flow.locator('[data-step="provisioning"]').waitFor();
      await focusAfter('placing the order');
      await dialogTop('order-provisioning');
      await shot('order-5-provisioning');
      await flow.locator('[data-step="done"]').waitFor({ timeout: 15_000 });
      await focusAfter('the order completing');
      await dialogTop('order-done');
      await shot('order-6-done');

      const moved = tops.filter((t) => Number(t.split(':')[1]) !== start);
      console.log(`    dialog top edge: ${tops.join(', ')}`);
      if (moved.length) failures.push(`${tag}: the dialog moved (${moved.join(', ')}; it started at ${start})`);
      await context.close();
    }
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser?.close();
  await demo?.stop();
}
if (failures.length) {
  console.error(`\n✗ ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\n✓ screenshots taken; focus and the dialog position checked');
process.exit(0);
