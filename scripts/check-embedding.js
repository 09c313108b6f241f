// Embedding check, part of `npm test`:
// 1. importing the library entry in Node (no DOM) does not crash: no module-level window/document;
// 2. every element renders under a strict Content-Security-Policy (no 'unsafe-inline', no
//    'unsafe-eval') with Trusted Types enforced where the engine has them, in headless Chromium,
//    Firefox and WebKit (CHECK_BROWSERS picks fewer), with no violation reported.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle } from './build-bundle.js';
import { enginesToCheck, openEngine, PROBE_PATH, PROBE_SCRIPT, withProbe } from './engines.js';

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
  for (const name of ['page', 'second-copy', 'dropin-page']) {
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
  await buildBundle(out);
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
    [PROBE_PATH]: [PROBE_SCRIPT, 'text/javascript'],
    '/': [readFileSync('scripts/embedding/index.html'), 'text/html'],
    '/copies.html': [readFileSync('scripts/embedding/copies.html'), 'text/html'],
    '/page.js': [readFileSync(join(out, 'page.js')), 'text/javascript'],
    '/second-copy.js': [readFileSync(join(out, 'second-copy.js')), 'text/javascript'],
    // The drop-in as `npm run build` makes it (scripts/build-bundle.js), split into chunks.
    '/dropin.html': [readFileSync('scripts/embedding/dropin.html'), 'text/html'],
    '/dropin-page.js': [readFileSync(join(out, 'dropin-page.js')), 'text/javascript'],
  };
  const dropin = (path) => {
    if (path !== '/account-widgets.bundle.js' && !/^\/bundle\/[\w.-]+\.js$/.test(path)) return undefined;
    try {
      return [readFileSync(join(out, path)), 'text/javascript'];
    } catch {
      return undefined;
    }
  };
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const [body, type] = files[req.url.split('?')[0]] ?? dropin(req.url.split('?')[0]) ?? [];
    if (!body) return res.writeHead(404).end();
    const policy = req.url === '/copies.html' ? cspCopies : csp;
    res.writeHead(200, { 'content-type': type, 'content-security-policy': policy }).end(type === 'text/html' ? withProbe(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const name of enginesToCheck()) await checkEngine(name, base);
  } finally {
    server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** The strict-CSP checks in one engine; every line names the engine. */
async function checkEngine(name, base) {
  let engine;
  try {
    engine = await openEngine(name);
  } catch (error) {
    check(false, `${name}: starts (${String(error?.message ?? error).split('\n')[0]})`);
    return;
  }
  const label = `${name} ${engine.version}`;
  console.log(`\n${label}`);
  const step = async (what, fn) => {
    try {
      await fn();
      check(true, `${name}: ${what}`);
    } catch (error) {
      check(false, `${name}: ${what}: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  };
  const noProblems = async (what, page) => {
    const problems = await page.problems();
    const distinct = [...new Set(problems)];
    const shown = distinct.slice(0, 12).map((p) => (p.length > 300 ? `${p.slice(0, 300)}…` : p));
    if (distinct.length > shown.length) shown.push(`… and ${distinct.length - shown.length} more`);
    check(problems.length === 0, `${name}: ${what}: no CSP / Trusted Types violation or page error${problems.length ? ` (${problems.length}):\n      ${shown.join('\n      ')}` : ''}`);
  };
  try {
    // 2a. One copy, the strictest policy.
    {
      const page = await engine.newPage();
      await page.goto(`${base}/`);
      await step('the page starts', () => page.waitForElement('html[data-ready]', { attached: true }));
      // Trusted Types are feature-detected: Chromium and WebKit enforce them, an engine without
      // them still has to pass the rest of the strict CSP.
      const trustedTypes = await page.evaluate(() => typeof window.trustedTypes?.createPolicy === 'function');
      console.log(`  ${trustedTypes ? '·' : '–'} Trusted Types ${trustedTypes ? 'enforced' : `not supported in ${label}: strict CSP without them`}`);
      // Real content, not only a loading state.
      await step('<account-tree> lists the main account and its sub-accounts', () =>
        page.waitForElement({ selector: 'account-tree [role="treeitem"]', index: 3 }),
      );
      await step('<location-management> renders its tree', () =>
        page.waitForElement({ selector: 'location-management [role="treeitem"]', index: 3 }),
      );
      await step('<order-subaccount-flow> shows its first step', () => page.waitForElement('order-subaccount-flow input[type="radio"]'));
      await step('<add-subaccount-dialog open> shows the two options', () => page.waitForElement('add-subaccount-dialog #option-link'));
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('[data-widget]')].map((el) => ({
          tag: el.localName,
          defined: !!customElements.get(el.localName),
          text: (el.shadowRoot?.textContent ?? '').trim().length,
        })),
      );
      for (const r of rendered) check(r.defined && r.text > 0, `${name}: <${r.tag}> renders under strict CSP${trustedTypes ? ' + Trusted Types' : ''}`);
      // Interaction renders more templates: search with highlighting, the link flow to its end
      // (after closing the modal dialog, which makes the rest of the page inert).
      await step('the dialog closes', async () => {
        await page.click('add-subaccount-dialog [part~="close-button"]');
        await page.waitFor(() => !document.querySelector('add-subaccount-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'the dialog to close');
      });
      await step('searching the tree highlights matches', async () => {
        await page.fill('location-management input[type="search"]', 'Hamburg');
        await page.waitForElement('location-management mark');
      });
      await step('<link-account-flow> links 5200001 with code 123456', async () => {
        await page.fill('body > link-account-flow input#number', '5200001');
        await page.press('Enter');
        await page.fill('body > link-account-flow input#code', '123456');
        await page.press('Enter');
        await page.waitForElement('body > link-account-flow .success');
      });
      await noProblems('one copy', page);
      // Last, as it provokes a violation on purpose.
      if (trustedTypes) {
        await step('Trusted Types are enforced (a plain string into innerHTML is refused)', async () => {
          const refused = await page.evaluate(() => {
            try {
              document.createElement('div').innerHTML = '<b>x</b>';
              return false;
            } catch (error) {
              return error instanceof TypeError;
            }
          });
          if (!refused) throw new Error('innerHTML accepted a string');
        });
      }
      await page.close();
    }

    // 2c. The built drop-in, split into chunks loaded on first use: each chunk is fetched relative
    // to the bundle's URL and runs under the same strict policy (import() is no Trusted Types sink).
    // The page loads the bundle with a version query: a chunk importing the bundle's plain URL would
    // run the library a second time, and the dialog would not open.
    {
      const page = await engine.newPage();
      await page.goto(`${base}/dropin.html`);
      await step('the split drop-in starts', () => page.waitForElement('html[data-ready]', { attached: true }));
      await step('the drop-in renders <location-management> with its rows', () =>
        page.waitForElement({ selector: 'location-management [role="treeitem"]', index: 3 }),
      );
      await step('the Add button loads the dialog and its flows as chunks, and the dialog opens', async () => {
        await page.click('location-management [part~="add-button"]');
        await page.waitForElement('location-management add-subaccount-dialog #option-link');
      });
      await noProblems('the split drop-in', page);
      await page.close();
    }

    // 2b. The bundle loaded twice and a second, separately built copy (registration never throws).
    {
      const page = await engine.newPage();
      await page.goto(`${base}/copies.html`);
      await step('the bundle loaded twice and a second copy start', () =>
        page.waitForElement('html[data-ready][data-second-copy]', { attached: true }),
      );
      await step('the first copy keeps working', () => page.waitForElement({ selector: 'location-management [role="treeitem"]', index: 3 }));
      await step('the second copy renders under a partner tag name (<partner-site-management>)', () =>
        page.waitForElement({ selector: 'partner-site-management [role="treeitem"]', index: 3 }),
      );
      const skipped = (await page.warnings()).filter((w) => /already defined by another class/.test(w));
      check(skipped.length > 0, `${name}: the later copies skipped the taken names with a warning (${skipped.length}), without throwing`);
      await noProblems('two copies', page);
      await page.close();
    }
  } finally {
    await engine.close().catch(() => {});
  }
}

console.log(`\nembedding: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
