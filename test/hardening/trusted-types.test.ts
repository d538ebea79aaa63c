/**
 * Trusted Types: a host that enforces them (`require-trusted-types-for 'script'`) must allow Lit's policy,
 * `trusted-types lit-html`, and `'allow-duplicates'` as well when a second copy of Lit is on the page (two
 * builds of the kit, or the kit beside another Lit app); README's security section lists the directives. Under
 * those policies every element runs its full flow with no violation and no error. (With `trusted-types 'none'`
 * Lit cannot create its policy and no element is defined: that is why the policy must be allowed.)
 */
import { expect } from '@open-wc/testing';
import { runFixturePage, step } from './helpers.js';

const PAGES = [
  ['trusted-types lit-html', '/test/fixtures/csp/trusted-types.html'],
  ["trusted-types lit-html 'allow-duplicates', with two copies of the kit", '/test/fixtures/csp/trusted-types-twice.html'],
] as const;

describe('hardening: Trusted Types', function () {
  this.timeout(40000);

  for (const [policy, page] of PAGES) {
    it(`${policy}: every element runs its full flow, with no violation or error`, async function () {
      if (!('trustedTypes' in window)) {
        // An engine without Trusted Types ignores the directives; the CSP tests cover it.
        this.skip();
      }
      const { frame, result } = await runFixturePage(page, 30000);
      try {
        expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
        expect(step(result, 'maturity-assessment', 'complete')?.overall).to.be.a('number');
        expect(step(result, 'nps-survey', 'submit')?.score).to.equal(10);
        expect(step(result, 'score-radar', 'render + tooltip')).to.include({ drawn: true, tooltip: true });
        expect(step(result, 'health-badge', 'explanation')?.open).to.equal(true);
        const own = result.violations.filter((v) => v.targetId !== 'csp-probe');
        expect(own, JSON.stringify(own, null, 1)).to.deep.equal([]);
        expect(result.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
