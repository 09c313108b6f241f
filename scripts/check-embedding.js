// Embedding check, part of `npm test`:
// 1. importing the library entry in Node (no DOM) does not crash: no module-level window/document;
// 2. every element renders under a strict Content-Security-Policy (no 'unsafe-inline', no
//    'unsafe-eval') with Trusted Types enforced, in headless Chromium, with no violation reported.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';

// Inside the project, so the bundles' bare imports (lit, @lit/context …) resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const out = mkdtempSync(join('node_modules/.cache', 'aw-embed-'));
const failures = [];
let passed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failures.push(what);
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}`);
};

try {
  // 1. Node import of the entries.
  for (const entry of ['src/index.ts', 'src/define.ts']) {
    const file = join(out, entry.replace(/\W/g, '_') + '.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: file, packages: 'external', logLevel: 'error' });
    let error;
    try {
      await import(pathToFileURL(resolve(file)).href);
    } catch (e) {
      error = e;
    }
    check(!error, `importing ${entry} in Node without a DOM does not throw${error ? `: ${error.message}` : ''}`);
    if (entry === 'src/index.ts') {
      // Lit's Node build brings a minimal customElements registry; the entry must leave it empty.
      const registered = ['account-tree', 'location-management'].filter((tag) => globalThis.customElements?.get(tag));
      check(registered.length === 0, `importing src/index.ts registers nothing${registered.length ? `: ${registered.join(', ')}` : ''}`);
    }
  }

  // 2. Strict CSP + Trusted Types in Chromium.
  // Two separately built bundles: two copies of the library on one page.
  for (const name of ['page', 'second-copy']) {
    await build({
      entryPoints: [`scripts/embedding/${name}.ts`],
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: join(out, `${name}.js`),
      conditions: ['production', 'browser'],
      target: 'es2022',
      logLevel: 'error',
    });
  }
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  // Two copies of Lit on one page each create a policy named lit-html: such a page must allow duplicates.
  const cspCopies = csp.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
  const files = {
    '/': [readFileSync('scripts/embedding/index.html'), 'text/html'],
    '/copies.html': [readFileSync('scripts/embedding/copies.html'), 'text/html'],
    '/page.js': [readFileSync(join(out, 'page.js')), 'text/javascript'],
    '/second-copy.js': [readFileSync(join(out, 'second-copy.js')), 'text/javascript'],
  };
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const [body, type] = files[req.url.split('?')[0]] ?? [];
    if (!body) return res.writeHead(404).end();
    const policy = req.url === '/copies.html' ? cspCopies : csp;
    res.writeHead(200, { 'content-type': type, 'content-security-policy': policy }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  const base = `http://127.0.0.1:${server.address().port}`;
  /** A fresh page that records every CSP / Trusted Types violation, page error and warning. */
  const open = async (path) => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const problems = [];
    const warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
      if (m.type() === 'error' || /Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) {
        const { url, lineNumber } = m.location();
        problems.push(`${m.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
      });
    });
    await page.goto(base + path);
    return { page, problems, warnings };
  };
  const step = async (what, fn) => {
    try {
      await fn();
      check(true, what);
    } catch (error) {
      check(false, `${what}: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  };
  const noProblems = (label, problems) => {
    const distinct = [...new Set(problems)];
    const shown = distinct.slice(0, 12).map((p) => (p.length > 300 ? `${p.slice(0, 300)}…` : p));
    if (distinct.length > shown.length) shown.push(`… and ${distinct.length - shown.length} more`);
    check(problems.length === 0, `${label}: no CSP / Trusted Types violation or page error${problems.length ? ` (${problems.length}):\n      ${shown.join('\n      ')}` : ''}`);
  };

  try {
    // 2a. One copy, the strictest policy.
    {
      const { page, problems } = await open('/');
      await step('the page starts', () => page.waitForSelector('html[data-ready]', { state: 'attached' }));
      // Real content, not only a loading state.
      await step('<account-tree> lists the main account and its sub-accounts', () =>
        page.locator('body > account-tree [role="treeitem"]').nth(3).waitFor(),
      );
      await step('<location-management> renders its tree', () =>
        page.locator('body > location-management [role="treeitem"]').nth(3).waitFor(),
      );
      await step('<order-subaccount-flow> shows its first step', () =>
        page.locator('body > order-subaccount-flow input[type="radio"]').first().waitFor(),
      );
      await step('<add-subaccount-dialog open> shows the two options', () => page.locator('body > add-subaccount-dialog #option-link').waitFor());
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('[data-widget]')].map((el) => ({
          tag: el.localName,
          defined: !!customElements.get(el.localName),
          text: (el.shadowRoot?.textContent ?? '').trim().length,
        })),
      );
      for (const r of rendered) check(r.defined && r.text > 0, `<${r.tag}> renders under strict CSP + Trusted Types`);
      // Interaction renders more templates: search with highlighting, the link flow to its end
      // (after closing the modal dialog, which makes the rest of the page inert).
      await step('the dialog closes', async () => {
        await page.locator('body > add-subaccount-dialog [part~="close-button"]').click();
        await page.waitForFunction(() => !document.querySelector('add-subaccount-dialog')?.shadowRoot?.querySelector('dialog')?.open);
      });
      await step('searching the tree highlights matches', async () => {
        await page.locator('body > location-management input[type="search"]').fill('Hamburg');
        await page.locator('body > location-management mark').first().waitFor();
      });
      await step('<link-account-flow> links 5200001 with code 123456', async () => {
        const flow = page.locator('body > link-account-flow');
        await flow.locator('input#number').fill('5200001');
        await flow.locator('input#number').press('Enter');
        await flow.locator('input#code').fill('123456');
        await flow.locator('input#code').press('Enter');
        await flow.locator('.success').waitFor();
      });
      noProblems('one copy', problems);
      await page.close();
    }

    // 2b. The bundle loaded twice and a second, separately built copy (registration never throws).
    {
      const { page, problems, warnings } = await open('/copies.html');
      await step('the bundle loaded twice and a second copy start', () =>
        page.waitForSelector('html[data-ready][data-second-copy]', { state: 'attached' }),
      );
      await step('the first copy keeps working', () => page.locator('body > location-management [role="treeitem"]').nth(3).waitFor());
      await step('the second copy renders under a partner tag name (<partner-site-management>)', () =>
        page.locator('partner-site-management [role="treeitem"]').nth(3).waitFor(),
      );
      const skipped = warnings.filter((w) => /already defined by another class/.test(w));
      check(skipped.length > 0, `the later copies skipped the taken names with a warning (${skipped.length}), without throwing`);
      noProblems('two copies', problems);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(`\nembedding: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
