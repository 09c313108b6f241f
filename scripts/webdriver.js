// A small W3C WebDriver client (plain HTTP, Node's fetch) for the engines that have no
// DevTools-style protocol here: WebKit through WebKitWebDriver (or Safari's safaridriver).
// Just what the test runner's launcher and the demo/embedding checks need; no webdriverio,
// whose driver packages download binaries at install.

/** WebDriver's code points for the key names puppeteer and @web/test-runner-commands use. */
const KEYS = {
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  ControlLeft: '\uE009',
  Alt: '\uE00A',
  AltLeft: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  MetaLeft: '\uE03D',
  ShiftRight: '\uE050',
  ControlRight: '\uE051',
  AltRight: '\uE052',
  MetaRight: '\uE053',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

/** The WebDriver key value of a key name ('Enter', 'ArrowDown', 'a', ' ' …). */
export function webdriverKey(name) {
  if (name === '\n' || name === '\r') return KEYS.Enter;
  if ([...name].length === 1) return name;
  const key = KEYS[name];
  if (!key) throw new Error(`Unknown key: "${name}"`);
  return key;
}

const BUTTONS = { left: 0, middle: 1, right: 2 };

export class WebDriverError extends Error {}

/** One WebDriver session: a browser window the caller drives. */
export class WebDriverSession {
  /** Creates a session on a running driver at `url` (e.g. http://127.0.0.1:4444). */
  static async create(url, capabilities, { timeout = 60_000 } = {}) {
    const response = await request('POST', `${url}/session`, { capabilities: { alwaysMatch: capabilities } }, timeout);
    return new WebDriverSession(url, response.sessionId, response.capabilities);
  }

  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body) {
    return request(method, `${this.base}${path}`, body);
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  currentUrl() {
    return this.command('GET', '/url');
  }

  /** Runs `script` (a function body; `arguments` are `args`) in the page and returns its value. */
  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Like execute, with `arguments[arguments.length - 1]` the callback that returns the value. */
  executeAsync(script, args = []) {
    return this.command('POST', '/execute/async', { script, args });
  }

  /**
   * Input actions run one after another: a driver refuses new actions while others are underway
   * ("A previous interaction is still underway"), which happens when a test timed out during a
   * key press and the next test presses a key.
   */
  performActions(actions) {
    return this.queued(() => this.command('POST', '/actions', { actions }));
  }

  releaseActions() {
    return this.queued(() => this.command('DELETE', '/actions'));
  }

  queued(run) {
    const next = (this.inputQueue ?? Promise.resolve()).catch(() => {}).then(run);
    this.inputQueue = next;
    return next;
  }

  keys(actions) {
    return this.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }

  pointer(actions) {
    return this.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  }

  /** Base64 PNG of the viewport. */
  screenshot() {
    return this.command('GET', '/screenshot');
  }

  getWindowRect() {
    return this.command('GET', '/window/rect');
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  async close() {
    await this.command('DELETE', '').catch(() => {});
  }

  // ——— a puppeteer-shaped surface (Page.keyboard, Page.mouse, Page.setViewport), so the same
  // callers (the test runner's commands, the checks) drive every engine the same way ———

  get keyboard() {
    const key = (type, name) => ({ type, value: webdriverKey(name) });
    return {
      press: (name) => this.keys([key('keyDown', name), key('keyUp', name)]),
      down: (name) => this.keys([key('keyDown', name)]),
      up: (name) => this.keys([key('keyUp', name)]),
      type: (text) => this.keys([...text].flatMap((c) => [key('keyDown', c), key('keyUp', c)])),
    };
  }

  get mouse() {
    const button = (options) => BUTTONS[options?.button ?? 'left'];
    return {
      move: (x, y) => this.pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]),
      click: (x, y, options) =>
        this.pointer([
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: button(options) },
          { type: 'pointerUp', button: button(options) },
        ]),
      down: (options) => this.pointer([{ type: 'pointerDown', button: button(options) }]),
      up: (options) => this.pointer([{ type: 'pointerUp', button: button(options) }]),
      reset: async () => {
        await this.releaseActions();
        await this.pointer([{ type: 'pointerMove', duration: 0, x: 0, y: 0 }]);
      },
    };
  }

  /**
   * Sizes the window so that the page's viewport (innerWidth × innerHeight) is `width` × `height`:
   * WebDriver sets the outer window size, so the browser's own frame is measured and added.
   */
  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [outer, inner] = await Promise.all([
        this.getWindowRect(),
        this.execute('return [window.innerWidth, window.innerHeight]'),
      ]);
      if (inner[0] === width && inner[1] === height) return;
      await this.setWindowRect({ width: width + (outer.width - inner[0]), height: height + (outer.height - inner[1]) });
    }
    const inner = await this.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] !== width || inner[1] !== height) {
      throw new WebDriverError(`could not size the viewport to ${width}×${height} (it is ${inner[0]}×${inner[1]})`);
    }
  }
}

async function request(method, url, body, timeout = 60_000) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    throw new WebDriverError(`WebDriver ${method} ${url}: ${error.message}`);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`WebDriver ${method} ${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
  }
  if (!response.ok || json.value?.error) {
    const { error = `HTTP ${response.status}`, message = '' } = json.value ?? {};
    throw new WebDriverError(`WebDriver ${method} ${new URL(url).pathname.replace(/^\/session\/[^/]+/, '')}: ${error}: ${message}`);
  }
  return json.value;
}
