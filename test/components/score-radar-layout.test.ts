import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { wrapLabel } from '../../src/components/score-radar/layout.js';

describe('score-radar label wrapping', () => {
  it('wraps at spaces and keeps words whole when they fit', () => {
    expect(wrapLabel('Advocate Relationships', 13)).to.deep.equal({ lines: ['Advocate', 'Relationships'], truncated: false });
    expect(wrapLabel('Program Vision', 15)).to.deep.equal({ lines: ['Program Vision'], truncated: false });
  });

  it('splits a word too long for a line without leaving a stub of one or two letters', () => {
    expect(wrapLabel('Program', 6).lines).to.deep.equal(['Prog-', 'ram']);
    expect(wrapLabel('Organization', 6).lines).to.deep.equal(['Organ-', 'izat-', 'ion']);
    expect(wrapLabel('Relationships', 6).lines).to.deep.equal(['Relat-', 'ionsh-', 'ips']);
  });

  it('never makes a line longer than asked, and keeps every letter in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,20}$/), { minLength: 1, maxLength: 3 }), fc.integer({ min: 4, max: 20 }), (words, max) => {
        const { lines, truncated } = wrapLabel(words.join(' '), max);
        for (const line of lines) expect(line.length).to.be.at.most(max);
        if (!truncated) expect(lines.join(' ').replace(/- /g, '').replace(/ /g, '')).to.equal(words.join(''));
      }),
    );
  });
});
