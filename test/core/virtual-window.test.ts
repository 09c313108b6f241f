import { expect, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../src/core/css-props.js';
import { MAX_ROWS, OVERSCAN, VirtualWindowController } from '../../src/core/virtual-window.js';

/** A minimal host: a 200 px scroller of 20 px rows, as the tree and the switcher compose it. */
class WindowHost extends LitElement {
  static override styles = css`
    .scroller { height: 200px; overflow: auto; }
    .group { position: relative; height: calc(var(--_n) * 20px); }
    .row { position: absolute; top: 0; height: 20px; transform: translateY(calc(var(--_i) * 20px)); }
  `;
  count = 10_000;
  active = 0;
  readonly window = new VirtualWindowController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
    group: () => this.renderRoot.querySelector<HTMLElement>('.group'),
    count: () => this.count,
    row: () => this.renderRoot.querySelector<HTMLElement>('.row'),
  });
  protected override render() {
    return html`<div class="scroller" @scroll=${this.window.onScroll}>
      <div class="group" ${cssProps({ '--_n': String(this.count) })}>
        ${repeat(this.window.indices(this.active), (i) => i, (i) => html`<div class="row" data-i=${i} ${cssProps({ '--_i': String(i) })}>${i}</div>`)}
      </div>
    </div>`;
  }
}
customElements.define('window-host', WindowHost);

const rows = (el: WindowHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset.i));

describe('VirtualWindowController', () => {
  it('renders the rows in view plus the overscan, measures the row height, and keeps the active row wherever it is', async () => {
    const el = document.createElement('window-host') as WindowHost;
    document.body.append(el);
    await waitUntil(() => el.window.rowHeight === 20, 'row height measured');
    await el.updateComplete;
    expect(rows(el)[0]).to.equal(0);
    expect(rows(el).length).to.be.within(10, 10 + OVERSCAN + 1);
    el.active = 9_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(rows(el)).to.include(9_000);
    el.window.scrollToIndex(5_000, true);
    // The scroll event comes with a frame, which a background page may not get: deliver it here.
    el.window.onScroll();
    await waitUntil(() => rows(el).includes(5_000), 'the window follows the scroll');
    expect(rows(el)).to.include(9_000);
    expect(rows(el).length).to.be.at.most(MAX_ROWS);
    expect(el.window.pageRows()).to.equal(9);
    el.remove();
  });

  it('caps the window at MAX_ROWS however tall the view is', () => {
    const el = new WindowHost();
    expect(el.window.windowFor([0, 5_000], 10_000)).to.deep.equal([0, MAX_ROWS - 1]);
    expect(el.window.windowFor([9_995, 10_000], 10_000)).to.deep.equal([9_995 - OVERSCAN, 10_000]);
  });
});
