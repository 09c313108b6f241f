import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from '../../src/core/css-props.js';

describe('cssProps()', () => {
  const view = (props: Record<string, string | undefined>) => html`<div ${cssProps(props)}></div>`;

  it('sets custom properties through the CSSOM, never as a style attribute written by the template', () => {
    const container = document.createElement('div');
    // A strict CSP blocks style attributes set by markup or setAttribute, not CSSOM writes.
    const original = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      written.push(name);
      return original.call(this, name, value);
    };
    try {
      render(view({ '--_i': '3', '--_n': '10' }), container);
    } finally {
      Element.prototype.setAttribute = original;
    }
    const div = container.firstElementChild as HTMLElement;
    expect(div.style.getPropertyValue('--_i')).to.equal('3');
    expect(div.style.getPropertyValue('--_n')).to.equal('10');
    expect(written).not.to.include('style');
  });

  it('updates changed values and removes properties left out or undefined', () => {
    const container = document.createElement('div');
    render(view({ '--_i': '3', '--_n': '10' }), container);
    render(view({ '--_i': '4', '--_n': undefined }), container);
    const div = container.firstElementChild as HTMLElement;
    expect(div.style.getPropertyValue('--_i')).to.equal('4');
    expect(div.style.getPropertyValue('--_n')).to.equal('');
  });

  it('refuses any position but an element', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div class=${cssProps({})}></div>`, container)).to.throw(/element position/);
  });
});
