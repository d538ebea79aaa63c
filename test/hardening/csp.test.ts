/**
 * Strict CSP: the CDN bundle must run under `default-src 'self'; script-src 'self'; style-src 'self'`
 * (served for every path under /test/fixtures/csp/) without a single violation, while a visitor uses
 * all six elements. The page's first script records every `securitypolicyviolation`.
 */
import { expect } from '@open-wc/testing';
import { runFixturePage, step, type DriverResult } from './helpers.js';

describe('hardening: strict Content-Security-Policy', () => {
  let result: DriverResult;
  let frame: HTMLIFrameElement;

  before(async function () {
    this.timeout(30000);
    ({ frame, result } = await runFixturePage('/test/fixtures/csp/index.html'));
  });

  after(() => frame?.remove());

  it('is really in force: the page’s own probe style attribute is blocked and reported once', () => {
    const probe = result.violations.filter((v) => v.targetId === 'csp-probe');
    expect(probe, JSON.stringify(result.violations)).to.have.length(1);
    expect(probe[0]!.directive).to.match(/^style-src/);
  });

  it('lets every element run its full flow', () => {
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
    expect(step(result, 'maturity-assessment', 'complete')?.overall).to.be.a('number');
    expect(step(result, 'nps-survey', 'submit')?.score).to.equal(10);
    expect(step(result, 'score-radar', 'render + tooltip')).to.include({ drawn: true, tooltip: true });
    expect(step(result, 'benchmark-gauge', 'render')?.valuetext).to.be.a('string').and.not.equal('');
    expect(step(result, 'health-badge', 'explanation')?.open).to.equal(true);
    expect(step(result, 'roi-calculator', 'edit')).to.include({ customers: 2000, scenario: 'high', drawn: true, formulaOpen: true });
  });

  it('draws the assessment result’s radar and gauge (not their error states)', () => {
    expect(step(result, 'maturity-assessment', 'result charts')).to.include({ radarDrawn: true, gaugeDrawn: true });
  });

  it('causes zero CSP violations of its own', () => {
    const own = result.violations.filter((v) => v.targetId !== 'csp-probe');
    expect(own, JSON.stringify(own, null, 1)).to.deep.equal([]);
    expect(result.violationsBeforeProbe).to.equal(0);
  });

  it('raises no error or unhandled rejection in the page', () => {
    expect(result.errors).to.deep.equal([]);
  });
});
