// One way to start headless Chromium for the test runner, the checks and the benches: Debian's
// package (or CHROME_PATH), never a downloaded browser. The flags keep it quiet on a machine
// without network (no background connections, no component updates) and working as root.
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium through playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: chromiumArgs });
}
