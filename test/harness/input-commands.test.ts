// The test runner's commands behave the same in Chromium, Firefox and WebKit: every other test
// relies on real key presses, clicks and viewport sizes, whichever launcher drives the engine
// (web-test-runner.config.js, scripts/wtr/webkit-launcher.js, scripts/firefox.js).
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sendMouse } from '../helpers/pointer.js';
import { mount } from '../helpers/dom.js';

describe('test runner commands in every engine', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('every file starts at 800 × 600, and setViewport sizes the viewport down to phone widths', async () => {
    expect([innerWidth, innerHeight]).to.deep.equal([800, 600]);
    await setViewport({ width: 320, height: 700 });
    expect([innerWidth, innerHeight]).to.deep.equal([320, 700]);
    expect(matchMedia('(max-width: 400px)').matches).to.equal(true);
    await setViewport({ width: 390, height: 844 });
    expect([innerWidth, innerHeight]).to.deep.equal([390, 844]);
  });

  it('sendMouse clicks where it is told, and typing reaches the focused field (non-ASCII too)', async () => {
    const input = mount(html`<input aria-label="name" />`).querySelector('input')!;
    const box = input.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
    expect(document.activeElement).to.equal(input);
    await sendKeys({ type: 'Grüße, 5 €' });
    expect(input.value).to.equal('Grüße, 5 €');
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('Grüße, 5 ');
  });

  it('Enter and Space activate a focused button; Tab and Shift+Tab move focus', async () => {
    let clicks = 0;
    const root = mount(html`<button id="a" @click=${() => clicks++}>a</button><button id="b">b</button>`);
    const [a, b] = root.querySelectorAll('button');
    a.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(b);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(a);
  });
});
