// One way to start WebKit for the test runner and the checks: Debian's WebKitGTK MiniBrowser
// driven by WebKitWebDriver (package webkit2gtk-driver), never a downloaded browser.
// On a laptop: WEBKIT_DRIVER points at another driver (e.g. /usr/bin/safaridriver on macOS, which
// needs no binary) and WEBKIT_BINARY at another WebKitGTK browser ('' lets the driver choose).
// WebKitGTK needs an X display: each instance gets its own Xvfb (package xvfb) when Xvfb is
// installed, so no window pops up on a desktop and two instances never compete for focus.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { WebDriverSession } from './webdriver.js';

export const webkitDriver = process.env.WEBKIT_DRIVER || 'WebKitWebDriver';
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
export const webkitBinary = process.env.WEBKIT_BINARY ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
const isSafari = /safaridriver$/.test(webkitDriver);

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for phone viewports
 * (320–400 px). A user style sheet for GTK (it styles the browser's own widgets, never the page)
 * shrinks the toolbar's buttons and address field so the window can be 290 px wide.
 */
const GTK_CSS = 'toolbar, toolbar *, headerbar, headerbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

function gtkConfigHome() {
  const dir = mkdtempSync(join(tmpdir(), 'aw-webkit-gtk-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  return dir;
}

/** The session capabilities for the configured driver. */
export function webkitCapabilities() {
  if (isSafari) return { browserName: 'safari' };
  return { 'webkitgtk:browserOptions': { ...(webkitBinary ? { binary: webkitBinary } : {}), args: ['--automation'] } };
}

const hasXvfb = () => !isSafari && spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;

/** Starts Xvfb on a free display number (it tells through -displayfd); resolves to { display, stop }. */
function startXvfb() {
  return new Promise((done, fail) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let number = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) done({ display: `:${number.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr.trim().split('\n').pop()}`)));
  });
}

async function waitForDriver(url, driver) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`${webkitDriver} exited with ${driver.exitCode}`);
    const ready = await fetch(`${url}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${webkitDriver} did not answer on ${url}`);
}

/**
 * Starts one WebKit browser with its own driver (WebKitWebDriver allows one session per process)
 * and display. Resolves to { session, version, stop }.
 */
export async function launchWebKit() {
  const cleanup = [];
  const stop = async () => {
    for (const fn of cleanup.reverse()) await fn();
    cleanup.length = 0;
  };
  try {
    const env = { ...process.env };
    if (!isSafari) {
      const config = gtkConfigHome();
      cleanup.push(() => rmSync(config, { recursive: true, force: true }));
      env.XDG_CONFIG_HOME = config;
    }
    if (hasXvfb()) {
      const xvfb = await startXvfb();
      cleanup.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
      delete env.WAYLAND_DISPLAY;
    } else if (!isSafari && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
      throw new Error('WebKitGTK needs a display: install Xvfb (apt-get install xvfb) or run under a desktop session');
    }
    const port = await freePort();
    const driver = spawn(webkitDriver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let driverLog = '';
    driver.stderr.on('data', (chunk) => (driverLog = (driverLog + chunk).slice(-2000)));
    const spawned = new Promise((done, fail) => driver.once('spawn', done).once('error', fail));
    cleanup.push(() => driver.kill());
    await spawned.catch((error) => {
      throw new Error(`cannot start ${webkitDriver} (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER): ${error.message}`);
    });
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, driver);
    const session = await WebDriverSession.create(url, webkitCapabilities()).catch((error) => {
      throw new Error(`${error.message}\n${driverLog.trim()}`);
    });
    cleanup.push(() => session.close());
    const { browserName = 'WebKit', browserVersion = '' } = session.capabilities ?? {};
    return { session, browserName, version: browserVersion, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
