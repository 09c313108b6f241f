// Embedding check, part of `npm test`:
// 1. importing the library entry in Node (no DOM) does not crash: no module-level window/document;
// 2. every element renders under a strict Content-Security-Policy (no 'unsafe-inline', no
//    'unsafe-eval') with Trusted Types enforced, in headless Chromium, with no violation reported.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const out = mkdtempSync(join(tmpdir(), 'aw-embed-'));
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
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: file, packages: 'external', logLevel: 'error' });
    let error;
    try {
      await import(pathToFileURL(file).href);
    } catch (e) {
      error = e;
    }
    check(!error, `importing ${entry} in Node without a DOM does not throw${error ? `: ${error.message}` : ''}`);
  }

  // 2. Strict CSP + Trusted Types in Chromium.
  await build({
    entryPoints: ['scripts/embedding/page.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(out, 'page.js'),
    conditions: ['production', 'browser'],
    target: 'es2022',
    logLevel: 'error',
  });
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
  const files = {
    '/': [readFileSync('scripts/embedding/index.html'), 'text/html'],
    '/page.js': [readFileSync(join(out, 'page.js')), 'text/javascript'],
  };
  const server = createServer((req, res) => {
    const [body, type] = files[req.url] ?? [];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': type, 'content-security-policy': csp }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      });
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('html[data-ready]');
    await page.waitForTimeout(1500);
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('[data-widget]')].map((el) => ({
        tag: el.localName,
        defined: !!customElements.get(el.localName),
        text: (el.shadowRoot?.textContent ?? '').trim().length,
      })),
    );
    for (const r of rendered) check(r.defined && r.text > 0, `<${r.tag}> renders under strict CSP + Trusted Types`);
    check(problems.length === 0, `no CSP / Trusted Types violation or page error${problems.length ? `:\n      ${problems.join('\n      ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(`\nembedding: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
