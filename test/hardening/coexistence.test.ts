/**
 * Coexistence: two copies of the kit on one page (the npm build and the CDN file) register without throwing;
 * hostile host CSS does not break the shadow UI; the elements work inside another element's shadow root and
 * inside an iframe.
 */
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import { NpsSurvey } from '../../src/index.js';
import { clickCentre } from '../components/mount.js';

const TAGS = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'] as const;

async function answerNps(survey: HTMLElement & { updateComplete: Promise<unknown> }): Promise<unknown> {
  await survey.updateComplete;
  let submitted: unknown = null;
  survey.addEventListener('nps-submit', (e) => (submitted = (e as CustomEvent).detail));
  (survey.shadowRoot!.querySelector('[role="radio"][data-score="8"]') as HTMLElement).click();
  await survey.updateComplete;
  (survey.shadowRoot!.querySelector('[part~="submit"]') as HTMLElement).click();
  await survey.updateComplete;
  return submitted;
}

describe('hardening: coexistence', () => {
  it('loads the CDN copy next to the npm copy without a define error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/advocacy-kit.js';
    const loaded = new Promise<void>((resolve, reject) => {
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error('the CDN bundle failed to load: run `npx vite build --mode cdn`')));
    });
    document.head.append(script);
    try {
      await loaded;
      // A second evaluation of the bundle, as a second <script> with a cache-busting URL would cause.
      const secondCopy: string = '/dist/cdn/advocacy-kit.js?copy=2';
      await import(/* @vite-ignore */ secondCopy);
      await aTimeout(50);
    } finally {
      window.removeEventListener('error', onError);
      script.remove();
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('nps-survey')).to.equal(NpsSurvey);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const survey = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
    expect(await answerNps(survey)).to.include({ score: 8, category: 'passive' });
  });

  describe('under hostile host CSS (* { all: unset }, button { display: none })', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = '* { all: unset } button { display: none }';
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('keeps the survey’s shadow controls visible and clickable', async () => {
      const survey = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
      const option = survey.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-score="9"]')!;
      expect(option.getBoundingClientRect().width).to.be.greaterThan(0);
      await clickCentre(option);
      await survey.updateComplete;
      expect(survey.value).to.equal(9);
      const submit = survey.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
      expect(getComputedStyle(submit).display).to.not.equal('none');
      expect(submit.getBoundingClientRect().height).to.be.greaterThan(0);
      let submitted = false;
      survey.addEventListener('nps-submit', () => (submitted = true));
      await clickCentre(submit);
      expect(submitted).to.equal(true);
    });

    it('keeps the assessment’s Next button and level choices visible and clickable', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`,
      );
      const root = el.shadowRoot!;
      const choice = root.querySelector<HTMLElement>('[role="radio"][data-score="3"]')!;
      await clickCentre(choice);
      await el.updateComplete;
      expect(choice.getAttribute('aria-checked')).to.equal('true');
      const next = root.querySelector<HTMLButtonElement>('button.next')!;
      expect(getComputedStyle(next).display).to.not.equal('none');
      const heading = root.querySelector('#heading')!.textContent;
      await clickCentre(next);
      await el.updateComplete;
      expect(root.querySelector('#heading')!.textContent).to.not.equal(heading);
    });

    it('keeps the health badge’s explanation button usable', async () => {
      const badge = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<health-badge score="64"></health-badge>`);
      const button = badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="badge"]')!;
      expect(getComputedStyle(button).display).to.not.equal('none');
      await clickCentre(button);
      await badge.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  it('works inside another element’s shadow root', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    try {
      const shadow = outer.attachShadow({ mode: 'open' });
      const survey = document.createElement('nps-survey') as NpsSurvey;
      const assessment = document.createElement('maturity-assessment');
      assessment.setAttribute('model', 'customer-marketing-5');
      assessment.setAttribute('segment', 'growth');
      shadow.append(survey, assessment);
      const events: string[] = [];
      outer.addEventListener('nps-submit', (e) => events.push(e.type));
      expect(await answerNps(survey)).to.include({ score: 8 });
      expect(events, 'nps-submit is composed and reaches the outer host').to.deep.equal(['nps-submit']);
      await (assessment as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(assessment.shadowRoot!.querySelectorAll('[role="radio"]').length).to.equal(5);
    } finally {
      outer.remove();
    }
  });

  it('works inside an iframe (its own registry and document)', async function () {
    this.timeout(10000);
    const iframe = document.createElement('iframe');
    iframe.src = '/test/fixtures/iframe.html';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('nps-survey');
      const survey = iframe.contentDocument!.querySelector('nps-survey') as unknown as NpsSurvey;
      expect(survey).to.be.instanceOf(win.customElements.get('nps-survey')!);
      expect(await answerNps(survey)).to.include({ score: 8, category: 'passive' });
      const assessment = iframe.contentDocument!.querySelector('maturity-assessment') as HTMLElement & { updateComplete: Promise<unknown> };
      await assessment.updateComplete;
      expect(assessment.shadowRoot!.querySelectorAll('[role="radio"]').length).to.equal(5);
    } finally {
      iframe.remove();
    }
  });
});

describe('hardening: a tag already taken', () => {
  it('warns once, by name, when another script took the tag; stays silent for a second copy of the kit', async () => {
    const { defineElement } = await import('../../src/internal/define.js');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      customElements.define('ak-taken-by-host', class extends HTMLElement {});
      defineElement('ak-taken-by-host', class extends HTMLElement {});
      defineElement('ak-taken-by-host', class extends HTMLElement {});
      defineElement('ak-kit-twice', class extends HTMLElement {});
      defineElement('ak-kit-twice', class extends HTMLElement {});
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ak-taken-by-host> is already defined by another script');
  });
});
