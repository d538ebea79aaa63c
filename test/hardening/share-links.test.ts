/**
 * Share links arrive from anywhere: chat apps truncate them, mail clients percent-encode them, attackers write
 * them by hand. Every malformed `#ak=` fragment must leave the element working, say once that the link could
 * not be opened, drop the fragment from the address bar, and change nothing outside the element.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';

const MALFORMED: [string, string][] = [
  ['a score out of range', '#ak=customer-marketing-5.growth.39999'],
  ['too few scores', '#ak=customer-marketing-5.growth.324'],
  ['too many scores', '#ak=customer-marketing-5.growth.324324'],
  ['another model', '#ak=cma-advocacy-11..12341234123'],
  ['an unknown segment', '#ak=customer-marketing-5.nowhere.32432'],
  ['HTML', '#ak=<img src=x onerror="window.__pwned=1">.growth.32432'],
  ['__proto__ as the model', '#ak=__proto__.growth.32432'],
  ['__proto__ as the segment', '#ak=customer-marketing-5.__proto__.32432'],
  ['a broken percent escape', '#ak=customer-marketing-5.growth.%E0%A4%A'],
  ['percent-encoded HTML', '#ak=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  // Firefox refuses URLs over 1 MB (SecurityError from replaceState), so no page there can arrive with more.
  ['10 MB (500 KB where the engine refuses longer URLs)', `#ak=customer-marketing-5.growth.${'3'.repeat(10_000_000)}`],
  ['an empty parameter', '#ak='],
];

const text = (el: Element | ShadowRoot | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hardening: malformed share links', function () {
  this.timeout(30000);
  const originalUrl = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', originalUrl);
  });

  for (const [name, hash] of MALFORMED) {
    it(`${name}: a notice, the fragment dropped, nothing thrown or polluted`, async () => {
      const at = (fragment: string) => history.replaceState(null, '', `${location.pathname}${location.search}#keep=1&${fragment}`);
      try {
        at(hash.slice(1));
      } catch {
        at(hash.slice(1, 500_000));
      }
      const protoKeys = Object.getOwnPropertyNames(Object.prototype).length;
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" share></maturity-assessment>`);
        const root = el.shadowRoot!;
        const notice = root.querySelector('[part~="notice"]');
        expect(text(notice)).to.contain('This link could not be opened');
        expect(notice!.getAttribute('role')).to.equal('status');
        expect(root.querySelector('[part~="shared-note"]'), 'no shared result').to.equal(null);
        expect(text(root.querySelector('#heading'))).to.equal('Expansion and upsell marketing');
        expect(location.hash, 'the ak= parameter is gone, the rest kept').to.equal('#keep=1');
        await expect(el).to.be.accessible();

        root.querySelector<HTMLButtonElement>('[part~="notice"] button')!.click();
        await el.updateComplete;
        expect(root.querySelector('[part~="notice"]')).to.equal(null);
        expect(root.activeElement?.id, 'focus lands on the step heading').to.equal('heading');
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(Object.getOwnPropertyNames(Object.prototype)).to.have.length(protoKeys);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  }

  it('opens a percent-encoded link that is otherwise valid, labelled as self-reported', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#ak=customer-marketing-5%2Egrowth%2E32432`);
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" share></maturity-assessment>`);
    const result = text(el.shadowRoot!.querySelector('[part~="result"]'));
    expect(result).to.contain('2.8 of 5');
    expect(text(el.shadowRoot!.querySelector('[part~="shared-note"]'))).to.match(/self-reported .* not verified/);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
  });

  it('says nothing when there is no share parameter, or the element does not read links', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#section-2`);
    const plain = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" share></maturity-assessment>`);
    expect(plain.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    history.replaceState(null, '', `${location.pathname}${location.search}#ak=junk`);
    const noShare = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
    expect(noShare.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    expect(location.hash, 'an element without share leaves the fragment alone').to.equal('#ak=junk');
  });
});
