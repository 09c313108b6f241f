// One small page API over the three engines for the demo and embedding checks:
// Chromium through playwright-core (scripts/chromium.js), Firefox through puppeteer-core
// (scripts/firefox.js), WebKit through WebDriver (scripts/webkit.js).
// Each engine supplies only navigation, script evaluation, real keyboard and mouse input, the
// viewport and screenshots; everything else (finding elements through shadow roots, waiting,
// clicking, typing) is the same in-page code for all three, so every engine runs the same check.
// Console errors, page errors and CSP violations are recorded in the page by a probe script the
// check's server puts first into every HTML page (PROBE_SCRIPT), because plain WebDriver has no
// console events; Chromium and Firefox report their console on top.
import { writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { launchFirefox, firefoxPage } from './firefox.js';
import { launchWebKit } from './webkit.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines named by CHECK_BROWSERS (default: all three). */
export function enginesToCheck() {
  const names = (process.env.CHECK_BROWSERS || ENGINES.join(',')).split(',').map((n) => n.trim().toLowerCase());
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`CHECK_BROWSERS: unknown ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return names;
}

/**
 * Served as /__probe.js and referenced first in every HTML page under check: records page errors,
 * unhandled rejections, console errors and warnings, and CSP / Trusted Types violations.
 */
export const PROBE_PATH = '/__probe.js';
export const PROBE_SCRIPT = `(() => {
  const problems = (window.__problems = []);
  const warnings = (window.__warnings = []);
  const str = (v) => (v instanceof Error ? v.message : typeof v === 'string' ? v : (() => { try { return JSON.stringify(v); } catch { return String(v); } })());
  const error = console.error.bind(console);
  const warn = console.warn.bind(console);
  console.error = (...args) => { problems.push('console: ' + args.map(str).join(' ')); error(...args); };
  console.warn = (...args) => { warnings.push(args.map(str).join(' ')); warn(...args); };
  addEventListener('error', (e) => {
    const t = e.target;
    problems.push(t && t !== window && t.localName ? 'failed to load <' + t.localName + '> ' + (t.src || t.href || '') : 'page error: ' + (e.message || e.error));
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + str(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + ' at ' + e.sourceFile + ':' + e.lineNumber));
})();`;

/** Adds the probe as the first script of an HTML document. */
export function withProbe(html) {
  const text = String(html);
  const tag = `<script src="${PROBE_PATH}"></script>`;
  return /<head[^>]*>/i.test(text) ? text.replace(/<head[^>]*>/i, (head) => head + tag) : tag + text;
}

// ——— in-page helpers: a CSS selector is matched in the document and in every open shadow root ———

// A descendant combinator (a space) also crosses into shadow roots, as Playwright's CSS does:
// 'location-management [role="treeitem"]' finds rows inside the tree inside the section.
const DEEP = `const inside = (part, root) => {
  const found = [...root.querySelectorAll(part)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...inside(part, el.shadowRoot));
  if (root.shadowRoot) found.push(...inside(part, root.shadowRoot));
  return found;
};
const deepAll = (selector) => {
  const parts = selector.replace(/\\s*([>+~])\\s*/g, '$1').match(/(?:[^\\s"'\\[]+|"[^"]*"|'[^']*'|\\[[^\\]]*\\])+/g);
  let scopes = [document];
  for (const part of parts) scopes = [...new Set(scopes.flatMap((scope) => inside(part, scope)))];
  return scopes;
};
const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
const pick = (selector, hasText, index) => {
  const all = deepAll(selector).filter((el) => !hasText || text(el).includes(hasText));
  return index === -1 ? all : all[index ?? 0];
};`;

/** A selector in the page: `{ selector, hasText?, index? }` or a plain CSS string. */
const target = (t) => (typeof t === 'string' ? { selector: t } : t);

class Page {
  constructor(engine, backend) {
    this.engine = engine;
    this.backend = backend;
    this.timeout = 10_000;
  }

  /** Evaluates `fn` (a function whose source is sent, with JSON arguments) in the page. */
  evaluate(fn, ...args) {
    return this.backend.evaluate(`(${fn})(...${JSON.stringify(args)})`);
  }

  /** Evaluates code that may use deepAll, visible, text and pick. */
  inPage(body, ...args) {
    return this.backend.evaluate(`(async (...args) => { ${DEEP} ${body} })(...${JSON.stringify(args)})`);
  }

  goto(url) {
    return this.backend.goto(url);
  }

  /** Waits until `fn` returns a truthy value in the page; returns it. */
  async waitFor(fn, what = 'the condition', ...args) {
    return this.poll(() => this.evaluate(fn, ...args), what);
  }

  async poll(probe, what) {
    const deadline = Date.now() + this.timeout;
    let last;
    for (;;) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${this.timeout} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits until the element exists (and, unless `attached`, is visible). */
  waitForElement(t, { attached = false } = {}) {
    const { selector, hasText, index } = target(t);
    return this.poll(
      () => this.inPage(`const el = pick(args[0], args[1], args[2]); return !!el && (args[3] || visible(el));`, selector, hasText, index, attached),
      selector + (hasText ? ` with "${hasText}"` : ''),
    );
  }

  count(t) {
    const { selector, hasText } = target(t);
    return this.inPage(`return pick(args[0], args[1], -1).length;`, selector, hasText);
  }

  text(t) {
    const { selector, hasText, index } = target(t);
    return this.inPage(`const el = pick(args[0], args[1], args[2]); return el ? el.textContent : null;`, selector, hasText, index);
  }

  isVisible(t) {
    const { selector, hasText, index } = target(t);
    return this.inPage(`const el = pick(args[0], args[1], args[2]); return !!el && visible(el);`, selector, hasText, index);
  }

  /** A real click in the middle of the element (scrolled into view first), as a person would. */
  async click(t) {
    const { selector, hasText, index } = target(t);
    await this.waitForElement(t);
    const point = await this.inPage(
      `const el = pick(args[0], args[1], args[2]);
       el.scrollIntoView({ block: 'center', inline: 'center' });
       const r = el.getBoundingClientRect();
       return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];`,
      selector,
      hasText,
      index,
    );
    await this.backend.mouse.click(point[0], point[1]);
  }

  /** Focuses the field, clears it and types `value` with real key presses. */
  async fill(t, value) {
    const { selector, hasText, index } = target(t);
    await this.waitForElement(t);
    await this.inPage(
      `const el = pick(args[0], args[1], args[2]); el.focus(); el.select?.(); if (el.value) { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); }`,
      selector,
      hasText,
      index,
    );
    await this.backend.keyboard.type(value);
  }

  press(key) {
    return this.backend.keyboard.press(key);
  }

  /** Chooses an option of a <select> as the browser does: value set, input and change fired. */
  async selectOption(t, value) {
    const { selector } = target(t);
    await this.waitForElement(t);
    await this.inPage(
      `const el = pick(args[0]); el.value = args[1];
       el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));`,
      selector,
      value,
    );
  }

  setViewport(width, height) {
    return this.backend.setViewport({ width, height });
  }

  /** Runs a script file's source in the page (e.g. axe-core). */
  addScript(source) {
    return this.backend.evaluate(`(() => { ${source}\n; return true; })()`);
  }

  /** The probe's records plus what the engine reported itself. */
  async problems() {
    const inPage = (await this.evaluate(() => window.__problems ?? ['the probe script did not run']).catch(() => [])) ?? [];
    return [...inPage, ...this.backend.reported];
  }

  warnings() {
    return this.evaluate(() => window.__warnings ?? []);
  }

  async screenshot(path) {
    writeFileSync(path, await this.backend.screenshot());
  }

  close() {
    return this.backend.close();
  }
}

/**
 * A Playwright (Chromium) or puppeteer (Firefox) page as a `Page`: both libraries speak the same
 * page API but for the viewport and closing, and report console and page errors themselves.
 */
function libraryPage(name, page, { setViewport, close }) {
  const reported = [];
  page.on('console', (m) => m.type() === 'error' && reported.push(`console: ${m.text()} ${m.location?.()?.url ?? ''}`.trim()));
  page.on('pageerror', (e) => reported.push(`page error: ${e.message}`));
  return new Page(name, {
    reported,
    goto: (url) => page.goto(url),
    evaluate: (expression) => page.evaluate(expression),
    keyboard: page.keyboard,
    mouse: page.mouse,
    setViewport,
    screenshot: () => page.screenshot({ fullPage: true }),
    close,
  });
}

/** Starts one engine; `newPage()` opens a page at 1280 × 900 with reduced motion where supported. */
export async function openEngine(name) {
  if (name === 'chromium') {
    const browser = await launchChromium();
    return {
      name,
      version: browser.version(),
      async newPage({ width = 1280, height = 900 } = {}) {
        const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        return libraryPage(name, page, { setViewport: (size) => page.setViewportSize(size), close: () => context.close() });
      },
      close: () => browser.close(),
    };
  }
  if (name === 'firefox') {
    const browser = await launchFirefox();
    return {
      name,
      version: (await browser.version()).replace(/^firefox\//i, ''),
      async newPage({ width = 1280, height = 900 } = {}) {
        const page = firefoxPage(await browser.newPage());
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]).catch(() => {});
        return libraryPage(name, page, { setViewport: (size) => page.setViewport(size), close: () => page.close() });
      },
      close: () => browser.close(),
    };
  }
  if (name === 'webkit') {
    // One browser per page (WebKitWebDriver drives one session per process); the first is started
    // here, to report the version and fail early.
    let spare = await launchWebKit();
    const open = new Set([spare]);
    return {
      name,
      version: spare.version,
      async newPage({ width = 1280, height = 900 } = {}) {
        const browser = spare ?? (await launchWebKit());
        spare = undefined;
        open.add(browser);
        const { session } = browser;
        await session.setViewport({ width, height });
        return new Page(name, {
          reported: [],
          goto: (url) => session.navigate(url),
          evaluate: (expression) => session.execute(`return ${expression};`),
          keyboard: session.keyboard,
          mouse: session.mouse,
          setViewport: (size) => session.setViewport(size),
          screenshot: async () => Buffer.from(await session.screenshot(), 'base64'),
          close: async () => {
            open.delete(browser);
            await browser.stop();
          },
        });
      },
      close: () => Promise.all([...open].map((browser) => browser.stop())),
    };
  }
  throw new Error(`unknown engine ${name}`);
}
