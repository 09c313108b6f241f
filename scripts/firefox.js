// One way to start headless Firefox for the test runner and the checks: Debian's firefox-esr (or
// FIREFOX_PATH on a laptop), driven by puppeteer-core over WebDriver BiDi; never a downloaded browser.
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const firefoxPrefs = {
  // Quiet on a machine without network: no updates, telemetry, captive-portal or safe-browsing calls.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  // A page keeps focus whether or not the (headless) window is the active one.
  'focusmanager.testmode': true,
};

export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  extraPrefsFirefox: firefoxPrefs,
};

/**
 * A puppeteer page of Firefox, made to behave as the tests expect in every Firefox ESR:
 * - puppeteer's BiDi keyboard knows no 'Space' (its CDP keyboard and Playwright's do, and the
 *   tests say `sendKeys({ press: 'Space' })`): it is mapped to ' ', so one key name works in
 *   every engine;
 * - `setViewport` also sends `emulation.setScreenOrientationOverride`, which Firefox ESR 140 (the
 *   Debian package on some machines) does not know: the viewport is set, the orientation, which
 *   no test reads, is left as it is there.
 */
export function firefoxPage(page) {
  const keyboard = page.keyboard;
  const name = (key) => (key === 'Space' ? ' ' : key);
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, options) => original(name(key), options);
  }
  const context = page.mainFrame().browsingContext;
  const orientation = context?.setScreenOrientationOverride?.bind(context);
  if (orientation) {
    context.setScreenOrientationOverride = (value) =>
      orientation(value).catch((error) => {
        if (!String(error?.message).includes('unknown command')) throw error;
      });
  }
  return page;
}

/** Launches headless Firefox through puppeteer-core. */
export async function launchFirefox() {
  const puppeteer = await import('puppeteer-core');
  return puppeteer.launch(firefoxLaunchOptions);
}
