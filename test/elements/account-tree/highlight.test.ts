import { expect } from '@open-wc/testing';
import { filterTerms, highlight } from '../../../src/elements/account-tree/highlight.js';

describe('highlight', () => {
  it('splits text where the folded terms occur, keeping the original characters', () => {
    expect(highlight('Standort Köln-Ehrenfeld', filterTerms('koln'))).to.deep.equal([
      { text: 'Standort ', match: false },
      { text: 'Köln', match: true },
      { text: '-Ehrenfeld', match: false },
    ]);
    expect(highlight('Große Straße', filterTerms('STRASSE'))).to.deep.equal([
      { text: 'Große ', match: false },
      { text: 'Straße', match: true },
    ]);
    expect(highlight('abcabc', filterTerms('b c'))).to.deep.equal([
      { text: 'a', match: false },
      { text: 'bc', match: true },
      { text: 'a', match: false },
      { text: 'bc', match: true },
    ]);
    expect(highlight('<img src=x>', filterTerms('img'))).to.deep.equal([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x>', match: false },
    ]);
    expect(highlight('plain', [])).to.deep.equal([{ text: 'plain', match: false }]);
  });
});
