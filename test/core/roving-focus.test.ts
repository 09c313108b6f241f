import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController } from '../../src/core/roving-focus.js';

class Host extends LitElement {
  @state() items = ['a', 'b', 'c'];
  @state() active = 'a';
  readonly roving = new RovingFocusController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>(`[data-key="${this.active}"]`),
    itemSelector: '[role="option"]',
  });
  override render() {
    return html`<div role="listbox" aria-label="x">
      ${repeat(
        this.items,
        (k) => k,
        (k) => html`<div role="option" aria-selected="false" data-key=${k} tabindex=${k === this.active ? 0 : -1}>${k}</div>`,
      )}
    </div>`;
  }
}
customElements.define('roving-focus-host', Host);

describe('RovingFocusController', () => {
  it('moves focus to the active item on request and keeps it when the item is re-created', async () => {
    const el = await fixture<Host>(html`<roving-focus-host></roving-focus-host>`);
    el.active = 'b';
    el.roving.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('b');
    expect(el.roving.focused).to.equal(true);
    // Replace every node (keys change): focus follows the active key.
    el.items = ['x', 'b2', 'y'];
    el.active = 'b2';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('b2');
  });

  it('leaves focus alone when it was not on an item', async () => {
    const el = await fixture<Host>(html`<roving-focus-host></roving-focus-host>`);
    el.active = 'c';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});
