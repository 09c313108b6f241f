import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';

class One extends HTMLElement {}
class Two extends HTMLElement {}

describe('defineElement', () => {
  it('registers a name once and never throws on a second definition', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('aw-test-one', One);
      defineElement('aw-test-one', One);
      expect(warnings).to.have.length(0);
      defineElement('aw-test-one', Two);
      expect(customElements.get('aw-test-one')).to.equal(One);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
