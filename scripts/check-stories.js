// Story check, part of `npm test` (`npm run check:stories` builds Storybook first):
// serves `storybook-static/`, opens every story of `index.json` in headless Chromium and fails
// when a story does not render, logs an error, shows Storybook's error display, or axe-core finds
// an accessibility violation. One line per story, a summary, exit code 1 on any failure.
//
//   node scripts/check-stories.js [filter]     only stories whose id contains `filter`
//   STORY_CONCURRENCY=3 CHROME_PATH=… node scripts/check-stories.js
//   STORY_GLOBALS='theme:dark' node scripts/check-stories.js    every story in another theme/language
//   STORY_THEMES=default,dark,partner node scripts/check-stories.js   every story in each theme
//   STORY_LOCALES=de,en node scripts/check-stories.js   every story in each language (the toolbar's
//     `locale`): the first in every theme, the others in the first theme; a story that pins its
//     language (its id ends in `-german` / `-english`, docs/conventions.md) is checked once
//   STORY_SCREENSHOTS=tmp/shots node scripts/check-stories.js   also saves a screenshot per story
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.js';
import { serveDirectory } from './static-server.js';

const ROOT = resolve('storybook-static');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CONCURRENCY = Math.max(1, Number(process.env.STORY_CONCURRENCY) || 3);
/** Storybook globals for every story, e.g. `theme:dark;locale:en` (default: the toolbar's defaults). */
const GLOBALS = process.env.STORY_GLOBALS ?? '';
/** Themes (of .storybook/themes.ts) to check every story in; none: the toolbar's default only. */
const THEMES = (process.env.STORY_THEMES ?? '').split(',').map((t) => t.trim()).filter(Boolean);
/** Languages (the toolbar's `locale`) to check the stories in; none: the toolbar's default only. */
const LOCALES = (process.env.STORY_LOCALES ?? '').split(',').map((l) => l.trim()).filter(Boolean);
/** A story that pins its language: its name, hence its id, ends in German/English. */
const pinsLanguage = (entry) => /-(german|english)$/.test(entry.id);
/** A folder for one screenshot per story (for looking at the states; off by default). */
const SCREENSHOTS = process.env.STORY_SCREENSHOTS ? resolve(process.env.STORY_SCREENSHOTS) : '';
/** Longest wait for Storybook to finish a story (loaders, render, play function). */
const RENDER_TIMEOUT = 20_000;
/** After rendering: how long the page must be quiet (no request in flight, no Lit update pending). */
const QUIET_MS = 250;
/** …and the longest we wait for that (stories of slow or hanging networks never get quiet). */
const SETTLE_MAX_MS = 4_000;

/**
 * Console errors that are not failures of ours. Each entry: why it is allowed.
 * - Chromium logs every HTTP response >= 400 and every dropped connection of a `fetch` as
 *   "Failed to load resource: …". Stories of refusals (409, 422, 429 …) and of a backend that is
 *   down answer the REST calls that way on purpose (MSW), and the element shows the error; the
 *   message is the browser's network log, not an error of the page. Allowed only for requests
 *   to a mock REST API (a path segment `api`), never for the story's own files.
 */
const ALLOWED_CONSOLE_ERRORS = [
  (text, url) => /^Failed to load resource\b/.test(text) && /\/api(\/|$)/.test(new URL(url || 'x:', 'http://x').pathname),
];

/**
 * axe rules switched off, each with its reason.
 * - `region` (best practice: "all content is inside landmarks"): a story renders one component in
 *   isolation; the landmarks belong to the portal page that embeds it. Storybook's own a11y addon
 *   disables this rule for the same reason.
 */
const AXE_DISABLED_RULES = ['region'];

/**
 * Runs in the page before Storybook: records the preview's channel events, so the check knows
 * when the story finished (loaders, render, play function) and whether Storybook reported an error.
 */
function hookStorybookChannel() {
  const state = { finished: false, docsRendered: false, errors: [] };
  window.__storyCheck = state;
  const watch = (channel) => {
    if (!channel || channel.__storyCheckHooked) return;
    channel.__storyCheckHooked = true;
    const fail = (what) => (payload) => {
      const message = payload?.message ?? payload?.title ?? (typeof payload === 'string' ? payload : JSON.stringify(payload));
      const detail = payload?.description ?? payload?.stack ?? '';
      state.errors.push(`${what}: ${message}${detail ? ` — ${String(detail).split('\n')[0]}` : ''}`);
      state.finished = true;
    };
    channel.on('storyErrored', fail('story errored'));
    channel.on('storyThrewException', fail('story threw'));
    channel.on('playFunctionThrewException', fail('play function threw'));
    channel.on('storyMissing', fail('story missing'));
    channel.on('unhandledErrorsWhilePlaying', (errors) =>
      fail('unhandled errors while playing')({ message: (errors ?? []).map((e) => e?.message ?? String(e)).join('; ') }),
    );
    channel.on('docsRendered', () => {
      state.docsRendered = true;
    });
    channel.on('storyFinished', (payload) => {
      if (payload?.status === 'error' && state.errors.length === 0) state.errors.push('story finished with status "error"');
      state.finished = true;
    });
  };
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      watch(channel);
    },
  });
}

/** Runs in the page: the story's element rendered? Lit updates done? Storybook's error display? */
function inspectStory() {
  const root = document.querySelector('#storybook-root');
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.storyRenders?.at(-1) ?? preview?.currentRender;
  const component = render?.story?.component;
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root) walk(root);
  const customs = all.filter((el) => el.localName.includes('-'));
  const tag = typeof component === 'string' ? component : undefined;
  const target = tag ? customs.find((el) => el.localName === tag) : customs[0];
  const rendered =
    !!target?.shadowRoot && [...target.shadowRoot.children].some((c) => c.localName !== 'style' && c.localName !== 'link');
  const body = document.body.classList;
  return {
    tag: tag ?? target?.localName,
    present: !!target,
    rendered,
    pending: customs.some((el) => el.isUpdatePending === true),
    errorDisplay: body.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'Storybook shows its error display').trim()
      : '',
    noPreview: body.contains('sb-show-nopreview'),
  };
}

async function checkStory(context, baseUrl, entry, theme, locale) {
  const problems = [];
  const page = await context.newPage();
  let inFlight = 0;
  let lastActivity = Date.now();
  const activity = (delta) => () => {
    inFlight += delta;
    lastActivity = Date.now();
  };
  page.on('request', activity(1));
  page.on('requestfinished', activity(-1));
  page.on('requestfailed', activity(-1));
  await watchPage(page, problems);

  try {
    const all = [GLOBALS, theme && `theme:${theme}`, locale && `locale:${locale}`].filter(Boolean).join(';');
    const globals = all ? `&globals=${encodeURIComponent(all)}` : '';
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globals}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => window.__storyCheck?.finished === true, null, { timeout: RENDER_TIMEOUT, polling: 50 });
    } catch {
      problems.push(`Storybook did not finish the story within ${RENDER_TIMEOUT / 1000} s`);
    }
    problems.push(...(await page.evaluate(() => window.__storyCheck?.errors ?? [])));

    // Let async work settle: requests through MSW answered, Lit updates done (bounded: stories of
    // slow or hanging networks keep a request open on purpose).
    const settleUntil = Date.now() + SETTLE_MAX_MS;
    let state = await page.evaluate(inspectStory);
    for (;;) {
      const quiet = inFlight <= 0 && Date.now() - lastActivity >= QUIET_MS && !state.pending;
      if (quiet || Date.now() > settleUntil) break;
      await page.waitForTimeout(50);
      state = await page.evaluate(inspectStory);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    state = await page.evaluate(inspectStory);

    if (state.errorDisplay) problems.push(`error display: ${state.errorDisplay.split('\n')[0]}`);
    if (state.noPreview) problems.push('Storybook shows "no preview"');
    if (!state.present) problems.push(`nothing rendered: <${state.tag ?? 'the element'}> is not in the story`);
    else if (!state.rendered) problems.push(`nothing rendered: <${state.tag}> has an empty shadow root`);

    if (SCREENSHOTS) {
      await page.screenshot({ path: join(SCREENSHOTS, `${entry.id}.png`), fullPage: true }).catch(() => {});
    }
    if (problems.length === 0) {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async (disabled) => {
        const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
        const result = await window.axe.run('#storybook-root', { rules, resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
        }));
      }, AXE_DISABLED_RULES);
      for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
    }
  } catch (error) {
    problems.push(`check crashed: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

/** Records console errors (but the allowed ones) and page errors; hooks Storybook's channel. */
async function watchPage(page, problems) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location()?.url ?? '';
    if (ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed(text, url))) return;
    problems.push(`console error: ${text.split('\n')[0]}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error.message ?? error).split('\n')[0]}`));
  await page.addInitScript(hookStorybookChannel);
}

/**
 * A docs page (not axe-checked): it renders without errors, and a component's page shows the
 * tables generated from the manifest (attributes, properties, events, slots, parts, custom properties).
 */
async function checkDocs(context, baseUrl, entry) {
  const problems = [];
  const page = await context.newPage();
  await watchPage(page, problems);
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => window.__storyCheck?.docsRendered === true, null, { timeout: RENDER_TIMEOUT, polling: 50 });
    } catch {
      problems.push(`Storybook did not render the docs page within ${RENDER_TIMEOUT / 1000} s`);
    }
    await page.waitForTimeout(QUIET_MS);
    const state = await page.evaluate(() => ({
      errors: window.__storyCheck?.errors ?? [],
      errorDisplay: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error display').trim()
        : '',
      text: document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0,
      rows: document.querySelectorAll('#storybook-docs .docblock-argstable tbody tr').length,
    }));
    problems.push(...state.errors);
    if (state.errorDisplay) problems.push(`error display: ${state.errorDisplay.split('\n')[0]}`);
    if (state.text === 0) problems.push('the docs page is empty');
    const autodocs = !entry.importPath?.endsWith('.mdx'); // a component's generated page, not an MDX page
    if (autodocs && state.rows === 0) {
      problems.push('no API table (is the component in custom-elements.json, with @tagname?)');
    }
  } catch (error) {
    problems.push(`check crashed: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

async function main() {
  const indexFile = join(ROOT, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`${indexFile} is missing: run \`npm run build-storybook\` first (or \`npm run check:stories\`).`);
    process.exit(1);
  }
  const filter = process.argv[2] ?? '';
  const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
  const docs = entries.filter((e) => e.type === 'docs' && e.id.includes(filter));
  const stories = entries.filter((e) => e.type === 'story' && e.id.includes(filter));
  if (stories.length === 0 && docs.length === 0) {
    console.error(`No stories${filter ? ` matching "${filter}"` : ''} in ${indexFile}.`);
    process.exit(1);
  }

  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  const started = Date.now();
  // Hashed assets may be cached: each page then reuses the parsed, compiled bundle.
  const server = await serveDirectory(ROOT, { immutable: '/assets/' });
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const themes = THEMES.length ? THEMES : [undefined];
  const [firstLocale, ...otherLocales] = LOCALES.length ? LOCALES : [undefined];
  const storyChecks = [
    ...themes.flatMap((theme) => stories.map((entry) => ({ entry, theme, locale: firstLocale, check: checkStory }))),
    ...otherLocales.flatMap((locale) =>
      stories.filter((entry) => !pinsLanguage(entry)).map((entry) => ({ entry, theme: themes[0], locale, check: checkStory })),
    ),
  ];
  const where = [THEMES.length && `${themes.length} themes (${THEMES.join(', ')})`, LOCALES.length && `${LOCALES.length} languages (${LOCALES.join(', ')})`];
  console.log(
    `Checking ${stories.length} stories${where.some(Boolean) ? ` in ${where.filter(Boolean).join(' and ')}` : ''}: ${storyChecks.length} checks, and ` +
      `${docs.length} docs pages with ${CONCURRENCY} pages in parallel…`,
  );

  const failures = [];
  const work = [...docs.map((entry) => ({ entry, check: checkDocs })), ...storyChecks];
  const checks = storyChecks.length;
  let next = 0;
  // One browser context per lane: each has its own MSW service worker, registered once.
  const lane = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      while (next < work.length) {
        const { entry, theme, locale, check } = work[next++];
        const variant = [theme, locale].filter(Boolean).join(', ');
        const id = variant ? `${entry.id} [${variant}]` : entry.id;
        const t0 = Date.now();
        const problems = await check(context, baseUrl, entry, theme, locale);
        const ms = Date.now() - t0;
        if (problems.length === 0) {
          console.log(`✓ ${id} (${ms} ms)`);
        } else {
          failures.push({ id, docs: check === checkDocs, problems });
          console.log(`✗ ${id} (${ms} ms) — ${problems[0]}`);
          for (const p of problems.slice(1)) console.log(`    ${p}`);
        }
      }
    } finally {
      await context.close().catch(() => {});
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, work.length) }, lane));
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const failedDocs = failures.filter((f) => f.docs).length;
  const failedStories = failures.length - failedDocs;
  const what = checks === stories.length ? `${stories.length} stories` : `${checks} story checks (${stories.length} stories)`;
  console.log(
    `\n${what} checked in ${seconds} s: ${checks - failedStories} passed, ${failedStories} failed` +
      ` (docs pages: ${docs.length - failedDocs} of ${docs.length} render).`,
  );
  if (failures.length) {
    console.log('Failed:');
    for (const f of failures) console.log(`  ✗ ${f.id}`);
    process.exit(1);
  }
}

await main();
