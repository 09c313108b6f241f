// Drives one built example in headless Chromium, the same journey for every framework:
// rows render; a click on a row reaches the host's handler with the account (the host logs
// `account-select: <name> (<customer number>)` into #events, read from the typed `detail`); the dialog
// opens and links 5200001 with the demo code; `subaccount-added` reaches the host; no page errors.
import { launchChromium } from '../chromium.js';

export async function drive(url, { name = 'example', timeout = 20_000 } = {}) {
  const browser = await launchChromium();
  const problems = [];
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
    await page.goto(url);
    const section = page.locator('location-management');
    const rows = section.locator('[role="treeitem"]');
    await rows.nth(1).waitFor();
    const step = async (what, fn) => {
      const t = Date.now();
      await fn();
      console.log(`  ✓ ${name}: ${what} (${Date.now() - t} ms)`);
    };
    const logged = (pattern) => page.locator('#events li', { hasText: pattern }).first().waitFor();
    await step(`${await rows.count()} rows render`, async () => {});
    await step('a row click reaches the host with its account', async () => {
      const row = rows.nth(1);
      const number = (await row.locator('[part~="meta"]').textContent())?.match(/\d{5,}/)?.[0];
      await row.locator('[part~="name"]').click();
      await logged(new RegExp(`^account-select: .+ \\(${number}\\)$`));
    });
    await step('the dialog opens and links 5200001', async () => {
      await section.locator('[part~="add-button"]').click();
      await page.locator('add-subaccount-dialog #option-link').click();
      await page.locator('link-account-flow input#number').fill('5200001');
      await page.locator('link-account-flow input#number').press('Enter');
      await page.locator('link-account-flow input#code').fill('123456');
      await page.locator('link-account-flow input#code').press('Enter');
      await page.locator('link-account-flow .success').waitFor();
    });
    await step('subaccount-added reaches the host', () => logged(/^subaccount-added: .+ \(link\)$/));
    await page.locator('add-subaccount-dialog [part~="close-button"]').click();
    await rows.filter({ hasText: '5200001' }).first().waitFor();
  } finally {
    await browser.close();
  }
  if (problems.length) throw new Error(`${name}: ${problems.join('\n')}`);
}
