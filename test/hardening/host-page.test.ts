/**
 * A hostile or careless host page: enumerable properties on Object.prototype (some named like the kit's own
 * dimension and signal ids) and broken replacements of Array/String.prototype.includes, all set before the
 * CDN file loads (test/fixtures/csp/hostile-first.js). Every element must still be defined and work, and
 * nothing inherited may leak into a score.
 */
import { expect } from '@open-wc/testing';
import { runFixturePage, step, type DriverResult } from './helpers.js';

describe('hardening: a polluted host page', () => {
  let result: DriverResult;
  let frame: HTMLIFrameElement;

  before(async function () {
    this.timeout(30000);
    ({ frame, result } = await runFixturePage('/test/fixtures/csp/hostile.html'));
  });

  after(() => frame?.remove());

  it('defines all five elements and lets each run its full flow', () => {
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
    expect(step(result, 'score-radar', 'render + tooltip')).to.include({ drawn: true, tooltip: true });
    expect(step(result, 'benchmark-gauge', 'render')?.valuetext).to.be.a('string').and.not.equal('');
    expect(step(result, 'health-badge', 'explanation')?.open).to.equal(true);
    expect(step(result, 'nps-survey', 'submit')).to.deep.include({ score: 10, advocacy: ['reference'] });
  });

  it('scores only what the visitor answered (2, 3, 4, 2, 3 → 2.8), never an inherited value', () => {
    expect(step(result, 'maturity-assessment', 'complete')?.overall).to.equal(2.8);
    expect(step(result, 'maturity-assessment', 'result charts')).to.include({ radarDrawn: true, gaugeDrawn: true });
  });

  it('shows none of the junk on screen: no label, title or message is taken from Object.prototype', () => {
    expect(result.leaks).to.deep.equal([]);
  });

  it('raises no error in the page', () => {
    expect(result.errors).to.deep.equal([]);
  });
});
