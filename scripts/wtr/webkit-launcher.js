// A web-test-runner BrowserLauncher for WebKit over plain WebDriver (scripts/webkit.js).
// Each concurrent test file gets its own browser (WebKitWebDriver drives one session per process),
// started on first use and reused for later files.
//
// `type: 'puppeteer'`: @web/test-runner-commands dispatches on the launcher type; for 'puppeteer'
// it calls getPage(id).keyboard / .mouse / .setViewport, which the WebDriver session provides with
// the same signatures (its own 'webdriver' branch has no key down/up and no viewport).
import { launchWebKit } from '../webkit.js';

export class WebKitLauncher {
  name = 'WebKit';
  type = 'puppeteer';

  constructor({ concurrency = 1 } = {}) {
    this.concurrency = concurrency;
    /** @type {{ browser?: Awaited<ReturnType<typeof launchWebKit>>, starting?: Promise<unknown>, sessionId?: string, url?: string }[]} */
    this.slots = [];
    this.waiting = [];
  }

  initialize(config) {
    this.config = config;
  }

  async stop() {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map(async (slot) => (await slot.starting?.catch(() => {}), slot.browser?.stop())));
  }

  async startSession(sessionId, url) {
    const slot = await this.acquire();
    slot.sessionId = sessionId;
    slot.url = url;
    try {
      if (!slot.browser) await slot.starting;
      const { session } = slot.browser;
      // As the Chromium launcher does: every test file starts at 800 × 600.
      await session.setViewport({ width: 800, height: 600 });
      await session.navigate(url);
    } catch (error) {
      // A browser that cannot start or navigate is replaced by a fresh one for the next file.
      await this.discard(slot);
      throw error;
    }
  }

  isActive(sessionId) {
    return this.slots.some((slot) => slot.sessionId === sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.slotOf(sessionId).url;
  }

  async stopSession(sessionId) {
    const slot = this.slotOf(sessionId);
    try {
      // Stop whatever still runs on the page (timers, pollers) before the next file.
      await slot.browser.session.navigate('about:blank');
      await slot.browser.session.releaseActions().catch(() => {});
      this.release(slot);
    } catch {
      await this.discard(slot);
    }
    return {};
  }

  /** The puppeteer-shaped page the commands plugins drive (keyboard, mouse, setViewport). */
  getPage(sessionId) {
    return this.slotOf(sessionId).browser.session;
  }

  startDebugSession() {
    throw new Error('Debugging is not supported in WebKit over WebDriver; run the file in Chromium with --manual.');
  }

  slotOf(sessionId) {
    const slot = this.slots.find((s) => s.sessionId === sessionId);
    if (!slot) throw new Error(`No WebKit page for session ${sessionId}`);
    return slot;
  }

  async acquire() {
    const free = this.slots.find((slot) => !slot.sessionId && !slot.taken);
    if (free) {
      free.taken = true;
      return free;
    }
    if (this.slots.length < this.concurrency) {
      const slot = { taken: true };
      slot.starting = launchWebKit().then((browser) => (slot.browser = browser));
      this.slots.push(slot);
      return slot;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async discard(slot) {
    this.slots.splice(this.slots.indexOf(slot), 1);
    await slot.browser?.stop().catch(() => {});
    const next = this.waiting.shift();
    if (next) this.acquire().then(next);
  }

  release(slot) {
    slot.sessionId = undefined;
    slot.url = undefined;
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.taken = false;
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
