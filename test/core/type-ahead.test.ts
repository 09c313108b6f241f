import { aTimeout, expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { startsWithCollated, TypeAheadController } from '../../src/core/type-ahead.js';

class Host extends LitElement {
  readonly typeAhead = new TypeAheadController(this, 60);
}
customElements.define('type-ahead-host', Host);

const key = (k: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, ...init });

describe('TypeAheadController', () => {
  it('builds a buffer from printable keys and resets after the timeout', async () => {
    const host = document.createElement('type-ahead-host') as Host;
    document.body.append(host);
    const t = host.typeAhead;
    expect(t.handle(key('s'))).to.equal('s');
    expect(t.handle(key('t'))).to.equal('st');
    expect(t.handle(key(' '))).to.equal('st ');
    expect(t.handle(key('ArrowDown'))).to.equal(undefined);
    expect(t.handle(key('a', { ctrlKey: true }))).to.equal(undefined);
    await aTimeout(100);
    expect(t.buffer).to.equal('');
    expect(t.handle(key(' '))).to.equal(undefined);
    expect(t.handle(key('ä'))).to.equal('ä');
    host.remove();
    expect(t.buffer).to.equal('');
  });

  it('compares prefixes with collation (case and accents)', () => {
    const c = new Intl.Collator('de', { sensitivity: 'base' });
    expect(startsWithCollated(c, 'Ägidienberg', 'ag')).to.equal(true);
    expect(startsWithCollated(c, 'Standort Köln', 'standort k')).to.equal(true);
    expect(startsWithCollated(c, 'Lager', 'la ')).to.equal(false);
  });
});
