// `node bench/bundle-smoke.js [bundle.js] [--compare other-bundle.js]`: loads the drop-in bundle
// (default dist/account-widgets.bundle.js) in headless Chromium with the in-memory mock backend
// and walks <location-management> → Add sub-account → each option. Prints a digest of the
// rendered DOM (every shadow root: elements, attributes, text, a few computed styles); with
// --compare, renders both bundles and reports the first difference — for build changes such as
// template minification that must not change what is rendered.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const other = compareAt >= 0 ? resolve(args.splice(compareAt, 2)[1]) : undefined;
const bundle = resolve(args[0] ?? join(root, 'dist/account-widgets.bundle.js'));

const mock = (
  await build({
    stdin: { contents: "export { InMemoryAdapter } from './src/mock/in-memory-adapter.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'esm', target: 'es2022', logLevel: 'error',
  })
).outputFiles[0].text;

let current = bundle;
const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>smoke</title></head><body>
<script type="module" src="/bundle.js"></script>
<script type="module">
import { InMemoryAdapter } from '/mock.js';
await customElements.whenDefined('location-management');
const el = document.createElement('location-management');
el.adapter = new InMemoryAdapter({ latency: 0 });
document.body.append(el);
window.ready = true;
</script></body></html>`;
const server = createServer((req, res) => {
  const [path, query] = req.url.split('?');
  if (path === '/bundle.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(current));
  // The chunks the split drop-in loads on first use, beside it (dist/bundle/).
  if (path.startsWith('/bundle/') && !path.includes('..')) {
    try {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dirname(current), path)));
    } catch {
      return res.writeHead(404).end();
    }
  }
  if (path === '/mock.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(mock);
  res.writeHead(200, { 'content-type': 'text/html' }).end(page(new URLSearchParams(query).get('lang') || 'de'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

/** Digest of the composed tree: one line per element or non-blank text, generated tag names normalised. */
function digest() {
  const lines = [];
  const styles = ['display', 'position', 'color', 'background-color', 'font-size', 'font-weight', 'margin', 'padding', 'border', 'gap', 'width', 'height'];
  const walk = (node, depth) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const t = child.data.replace(/\s+/g, ' ').trim();
        if (t) lines.push(`${' '.repeat(depth)}"${t}"`);
      } else if (child.nodeType === 1) {
        const tag = child.localName.replace(/-aw\d+$/, '-awN');
        const attrs = [...child.attributes].map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ').trim().replace(/-aw\d+/g, '-awN')}`).sort().join(' ');
        const cs = getComputedStyle(child);
        lines.push(`${' '.repeat(depth)}<${tag} ${attrs}> {${styles.map((s) => cs.getPropertyValue(s)).join(';')}}`);
        if (child.shadowRoot) walk(child.shadowRoot, depth + 1);
        walk(child, depth + 1);
      }
    }
  };
  walk(document.body, 0);
  return lines;
}
/** Every element matching `selector` in the document and in every shadow root (page side). */
function deepAll(selector) {
  const hits = [];
  const find = (root) => {
    hits.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) find(el.shadowRoot);
  };
  find(document);
  return hits;
}

async function run(file) {
  current = file;
  const out = [];
  const errors = [];
  for (const lang of ['de', 'en']) {
    for (const option of [undefined, 0, 1]) {
      const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await p.addInitScript(`window.deepAll = ${deepAll}`);
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto(`${url}?lang=${lang}`);
      await p.waitForFunction(() => window.ready);
      await p.waitForFunction(() => deepAll('[role="treeitem"][aria-level="2"]').length > 0, null, { timeout: 10000 });
      await p.waitForTimeout(300);
      if (option !== undefined) {
        await p.evaluate(() => deepAll('[part~="add-button"]')[0].click());
        await p.waitForFunction(() => deepAll('[part~="option-button"]').length > 0, null, { timeout: 10000 });
        await p.evaluate((i) => deepAll('[part~="option-button"]')[i]?.click(), option);
        await p.waitForTimeout(1200);
      }
      out.push(`## ${lang} ${option ?? 'section'}`, ...(await p.evaluate(digest)));
      await p.close();
    }
  }
  return { out, errors };
}

const a = await run(bundle);
if (process.env.SMOKE_DUMP) (await import('node:fs')).writeFileSync(process.env.SMOKE_DUMP, a.out.join('\n'));
console.log(`${bundle}: ${a.out.length} lines, ${a.out.filter((l) => l.includes('role=treeitem')).length} tree rows seen, page errors: ${a.errors.length ? a.errors.join(' | ') : 'none'}`);
if (other) {
  const b = await run(other);
  console.log(`${other}: ${b.out.length} lines, page errors: ${b.errors.length ? b.errors.join(' | ') : 'none'}`);
  const i = a.out.findIndex((line, k) => line !== b.out[k]);
  if (i < 0 && a.out.length === b.out.length) console.log('same rendering');
  else {
    process.exitCode = 1;
    console.log(`first difference at line ${i}:\n  ${a.out[i]}\n  ${b.out[i]}`);
  }
}
if (a.errors.length) process.exitCode = 1;
await browser.close();
server.close();
