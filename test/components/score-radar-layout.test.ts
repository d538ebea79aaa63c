import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutRadar, wrapLabel } from '../../src/components/score-radar/layout.js';
import { builtInModels } from '../../src/core/index.js';

const ELEVEN = builtInModels['cma-advocacy-11'].dimensions.map((d) => d.title);

/** Whether every line of every label is made of the label's own words, none of them split. */
function wholeWords(labels: string[], lines: string[][]): boolean {
  return labels.every((label, i) => {
    const words = label.trim().split(/\s+/);
    const shown = lines[i].join(' ').replace(/…$/, '').split(' ');
    return shown.every((w, k) => w === words[k] || (k === shown.length - 1 && words[k].startsWith(w)));
  });
}

describe('score-radar label wrapping', () => {
  it('wraps at spaces and keeps words whole, even one longer than a line', () => {
    expect(wrapLabel('Advocate Relationships', 13)).to.deep.equal({ lines: ['Advocate', 'Relationships'], truncated: false });
    expect(wrapLabel('Program Vision', 15)).to.deep.equal({ lines: ['Program Vision'], truncated: false });
    expect(wrapLabel('Program Organization', 6).lines).to.deep.equal(['Program', 'Organization']);
  });

  it('never joins words past the line length, and keeps every word in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,20}$/), { minLength: 1, maxLength: 4 }), fc.integer({ min: 4, max: 20 }), (words, max) => {
        const { lines, truncated } = wrapLabel(words.join(' '), max);
        for (const line of lines) expect(line.length <= max || !line.includes(' '), line).to.equal(true);
        if (!truncated) expect(lines.join(' ')).to.equal(words.join(' '));
      }),
    );
  });
});

describe('score-radar layout', () => {
  it('numbers the axes when eleven labels would squeeze the plot (240 px), and labels them when there is room', () => {
    const narrow = layoutRadar(240, ELEVEN);
    expect(narrow.keyed).to.equal(true);
    expect(narrow.labels.map((b) => b.lines.join(' '))).to.deep.equal(ELEVEN.map((_, i) => String(i + 1)));
    expect(narrow.radius).to.be.greaterThan(240 * 0.3);

    const wide = layoutRadar(480, ELEVEN);
    expect(wide.keyed).to.equal(false);
    expect(wide.labels.map((b) => b.lines.join(' '))).to.deep.equal(ELEVEN);
  });

  it('never splits a word: any width and labels give whole words around a reasonable plot, or numbers', () => {
    const label = fc.array(fc.stringMatching(/^[A-Za-z]{1,16}$/), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.integer({ min: 160, max: 1000 }), fc.array(label, { minLength: 3, maxLength: 12 }), (width, labels) => {
        const layout = layoutRadar(width, labels);
        const lines = layout.labels.map((b) => b.lines);
        if (layout.keyed) expect(lines).to.deep.equal(labels.map((_, i) => [String(i + 1)]));
        else {
          expect(wholeWords(labels, lines), JSON.stringify(lines)).to.equal(true);
          expect(layout.radius).to.be.at.least(Math.max(24, width * 0.22) * 0.75 - 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
