// Tests run in real headless Chromium, Firefox and WebKit (Debian's packages; CHROME_PATH,
// FIREFOX_PATH, WEBKIT_DRIVER and WEBKIT_BINARY point at a laptop's own browsers).
// TEST_BROWSERS=chromium,firefox,webkit (the default) picks the engines; coverage comes from Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, executablePath } from './scripts/chromium.js';
import { firefoxLaunchOptions, firefoxPage } from './scripts/firefox.js';
import { webkitLauncher } from './scripts/wtr/webkit-launcher.js';

const named = (launcher, name) => Object.assign(launcher, { name });

const launchers = {
  // Each test page in a window of its own: a second tab of a window is hidden, and a hidden page
  // gets no animation frames (a fixture awaiting one would wait forever under concurrency 2).
  chromium: () =>
    named(
      chromeLauncher({
        launchOptions: { executablePath, headless: true, args: chromiumArgs },
        createPage: ({ context }) => context.newPage({ type: 'window' }),
      }),
      'Chromium',
    ),
  // The Chrome launcher drives Firefox too, given puppeteer-core (WebDriver BiDi). One page at a
  // time: a second page of the same headless Firefox never has focus, so key presses go nowhere.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: firefoxLaunchOptions,
      createPage: async ({ context }) => firefoxPage(await context.newPage()),
      concurrency: 1,
    }),
  webkit: () => webkitLauncher({ concurrency: 1 }),
};

// Chromium aligns mouse moves with animation frames, and a page in the background of a concurrent
// run gets no frames: its `sendMouse` would wait forever. test/helpers/pointer.ts brings the page
// to the front first, through this command.
const bringToFront = {
  name: 'bring-to-front',
  async executeCommand({ command, session }) {
    if (command !== 'bring-to-front') return undefined;
    try {
      await session.browser.getPage?.(session.id)?.bringToFront();
    } catch {
      // Engines without pages to bring forward (WebDriver) run one page per browser anyway.
    }
    return true;
  },
};

const wanted = (process.env.TEST_BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim().toLowerCase());
const unknown = wanted.filter((name) => !launchers[name]);
if (unknown.length) throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')} (use ${Object.keys(launchers).join(', ')})`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), bringToFront],
  // The MSW service worker must be served from `/` so that its scope covers the test pages.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  // After the framework and before the test file: a failed assertion about DOM nodes would
  // otherwise disconnect the browser instead of printing its message.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/harness/readable-failures.ts"></script></body></html>`,
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 2,
  // A cold Firefox profile or WebKit's driver + display on a loaded CI machine can take longer
  // than the default 30 s to show the first test page.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
};
