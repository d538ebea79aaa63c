import { fixture, html, expect, fixtureCleanup } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import type { AssessmentErrorEvent } from '../../src/events/assessment-error.js';
import { getModel } from '../../src/core/index.js';
import { active, answerByClick, button, heading, press, root, tabTo, text } from './assessment-helpers.js';

const cm5 = getModel('customer-marketing-5')!;
const cma11 = getModel('cma-advocacy-11')!;

function status(el: MaturityAssessment): string {
  return text(root(el).querySelector('[role="status"][aria-live="polite"]')!);
}
function radio(el: MaturityAssessment, score: number): HTMLElement {
  return root(el).querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!;
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits (up to 2 s) until `check` holds: auto-advance moves on after a short transition. */
async function until(el: MaturityAssessment, check: () => boolean): Promise<void> {
  for (let i = 0; i < 40 && !check(); i++) {
    await wait(50);
    await el.updateComplete;
  }
  expect(check()).to.equal(true);
}

describe('maturity-assessment flow: cover', function () {
  this.timeout(20000);

  it('shows the cover before the first question until Start, by keyboard, then focuses the first step', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth">
      <div slot="cover"><h2>How mature is your customer marketing?</h2><p>Five questions, three minutes.</p></div>
    </maturity-assessment>`);
    expect(root(el).querySelector('[part~="cover"]')).to.exist;
    expect(root(el).querySelector('[role="radio"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await tabTo(el, (a) => text(a) === 'Start', 10);
    await press(el, 'Enter');
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    expect(active(el)?.id).to.equal('heading');
    expect(status(el)).to.contain('Step 1 of 5');
  });

  it('starts at the first question when there is no cover, and skips the cover once something is answered', async () => {
    const plain = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    expect(root(plain).querySelector('[part~="cover"]')).to.equal(null);
    expect(root(plain).querySelector('[role="radio"]')).to.exist;
    fixtureCleanup();
    localStorage.removeItem('advocacy-kit:assessment:cover-resume');
    let el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" persist="cover-resume"
      ><p slot="cover">Welcome</p></maturity-assessment
    >`);
    button(el, 'Start').click();
    await el.updateComplete;
    await answerByClick(el, [3]);
    fixtureCleanup();
    el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" persist="cover-resume"
      ><p slot="cover">Welcome</p></maturity-assessment
    >`);
    expect(root(el).querySelector('[part~="cover"]')).to.equal(null);
    expect(heading(el)).to.equal(cm5.dimensions[1]!.title);
    localStorage.removeItem('advocacy-kit:assessment:cover-resume');
  });
  it('starts over on the first question, with focus there, even when the visit began on a stored result', async () => {
    const key = 'advocacy-kit:assessment:cover-reset';
    localStorage.removeItem(key);
    const make = () =>
      fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" persist="cover-reset"
        ><p slot="cover">Welcome</p></maturity-assessment
      >`);
    let el = await make();
    button(el, 'Start').click();
    await el.updateComplete;
    await answerByClick(el, [3, 3, 3, 3, 3]);
    button(el, 'See my results').click();
    await el.updateComplete;
    fixtureCleanup();
    el = await make();
    expect(root(el).querySelector('[part~="result"]')).to.exist;
    button(el, 'Start over').focus();
    await press(el, 'Enter');
    expect(root(el).querySelector('[part~="cover"]')).to.equal(null);
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    expect(active(el)?.id).to.equal('heading');
    localStorage.removeItem(key);
  });
});

describe('maturity-assessment flow: advancing', function () {
  this.timeout(20000);

  it('with auto-advance, a click on a level moves to the next step and focuses its heading', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" auto-advance></maturity-assessment>`);
    radio(el, 3).click();
    await el.updateComplete;
    // The choice shows before the step gives way.
    expect(radio(el, 3).getAttribute('aria-checked')).to.equal('true');
    await until(el, () => heading(el) === cm5.dimensions[1]!.title);
    expect(active(el)?.id).to.equal('heading');
    expect(status(el)).to.equal(`Step 2 of 5: ${cm5.dimensions[1]!.title}`);
    await expect(el).to.be.accessible();
  });

  it('with auto-advance, Space advances but arrow keys only move within the group', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" auto-advance></maturity-assessment>`);
    await tabTo(el, (a) => a.getAttribute('role') === 'radio', 10);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await wait(700);
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    expect(active(el)).to.equal(radio(el, 3));
    await press(el, ' ');
    await until(el, () => heading(el) === cm5.dimensions[1]!.title);
    expect(active(el)?.id).to.equal('heading');
  });

  it('without auto-advance, a click only selects, and Enter on a choice advances', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    radio(el, 2).click();
    await el.updateComplete;
    await wait(700);
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    radio(el, 2).focus();
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    await until(el, () => heading(el) === cm5.dimensions[1]!.title);
    expect(active(el)?.id).to.equal('heading');
    // Back on the first step, the Enter'ed level was the answer.
    button(el, 'Back').click();
    await el.updateComplete;
    expect(radio(el, 3).getAttribute('aria-checked')).to.equal('true');
  });

  it('auto-advances from the last step to the review', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" auto-advance></maturity-assessment>`);
    for (let i = 0; i < cm5.dimensions.length; i++) {
      radio(el, 4).click();
      await el.updateComplete;
      await until(el, () => heading(el) !== cm5.dimensions[i]!.title);
    }
    expect(heading(el)).to.equal('Review your answers');
  });

  it('focuses the new step’s heading without a focus ring, which stays for the controls', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await tabTo(el, (a) => a.getAttribute('role') === 'radio', 10);
    expect(getComputedStyle(active(el)!).outlineStyle).not.to.equal('none');
    await press(el, ' ');
    await tabTo(el, (a) => text(a) === 'Next', 10);
    expect(getComputedStyle(active(el)!).outlineStyle).not.to.equal('none');
    await press(el, 'Enter');
    const h = root(el).querySelector<HTMLElement>('#heading')!;
    expect(active(el)).to.equal(h);
    expect(getComputedStyle(h).outlineStyle).to.equal('none');
    expect(status(el)).to.equal(`Step 2 of 5: ${cm5.dimensions[1]!.title}`);
  });

  it('slides the new step in', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" auto-advance></maturity-assessment>`);
    radio(el, 2).click();
    await el.updateComplete;
    await until(el, () => heading(el) === cm5.dimensions[1]!.title);
    expect(root(el).querySelector('[part~="step"]')!.getAnimations()).to.have.length(1);
  });

  itNeedsMediaEmulation('takes a shorter pause and no slide when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" auto-advance></maturity-assessment>`);
      const started = performance.now();
      radio(el, 2).click();
      await el.updateComplete;
      await until(el, () => heading(el) === cm5.dimensions[1]!.title);
      expect(performance.now() - started).to.be.below(340);
      expect(root(el).querySelector('[part~="step"]')!.getAnimations()).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

// A 375 px wide box stands for the phone (WebKitGTK's window cannot be made narrower than 447 px): the step's
// layout depends on its own width only.
describe('maturity-assessment flow: compact steps on a phone', function () {
  this.timeout(60000);

  for (const model of [cm5, cma11]) {
    it(`fits every step of ${model.id} on a 375 × 740 screen without scrolling`, async () => {
      const phone = await fixture<HTMLElement>(html`<div style="width: 375px">
        <maturity-assessment model=${model.id} segment=${ifDefined(model.segments ? 'growth' : undefined)}></maturity-assessment>
      </div>`);
      const el = phone.querySelector('maturity-assessment')!;
      await el.updateComplete;
      for (let i = 0; i < model.dimensions.length; i++) {
        const dim = model.dimensions[i]!;
        expect(heading(el)).to.equal(dim.title);
        const top = phone.getBoundingClientRect().top;
        const last = radio(el, dim.levels.at(-1)!.score).getBoundingClientRect();
        const next = root(el).querySelector('.next')!.getBoundingClientRect();
        expect(root(el).querySelector('[part~="step"]')!.scrollWidth, `${dim.id}: width`).to.be.at.most(375);
        expect(last.bottom - top, `${dim.id}: last level`).to.be.at.most(740);
        expect(next.bottom - top, `${dim.id}: Next`).to.be.at.most(740);
        await answerByClick(el, [dim.levels[0]!.score]);
      }
    });
  }

  it('keeps the evidence behind a per-choice “What this looks like” disclosure, operable by keyboard', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    const evidence = cm5.dimensions[0]!.levels[1]!.evidence[0]!;
    const list = root(el).querySelector<HTMLElement>('#evidence-2')!;
    expect(list.checkVisibility()).to.equal(false);
    expect(text(list)).to.contain(evidence);
    await tabTo(el, (a) => a.getAttribute('role') === 'radio', 10);
    await press(el, 'ArrowRight');
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('aria-controls')).to.equal('evidence-2');
    expect(text(active(el)!)).to.equal('What this looks like: Emerging');
    await press(el, 'Enter');
    expect(list.checkVisibility()).to.equal(true);
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('true');
    // The other levels' toggles are clicked, not tabbed through: the next Tab is Next.
    await press(el, 'Tab');
    expect(text(active(el)!)).to.equal('Next');
    await expect(el).to.be.accessible();
  });

  it('keeps the progress in view while a long step scrolls', async () => {
    const phone = await fixture<HTMLElement>(html`<div style="width: 375px; height: 400px; overflow: auto">
      <div style="height: 200px"></div>
      <maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>
    </div>`);
    const el = phone.querySelector('maturity-assessment')!;
    await el.updateComplete;
    const progress = root(el).querySelector<HTMLElement>('[part~="progress"]')!;
    phone.scrollTop = 500;
    await wait(50);
    const top = phone.getBoundingClientRect().top;
    expect(el.getBoundingClientRect().top - top).to.be.below(-100);
    expect(progress.getBoundingClientRect().top - top).to.be.within(-1, 1);
  });
});

describe('maturity-assessment flow: model from a script child', function () {
  this.timeout(20000);

  it('takes a custom model from <script type="application/json" slot="model">, never as HTML', async () => {
    const custom = {
      ...cm5,
      id: 'cms-model',
      title: '<img src=x id=injected>CMS model',
      dimensions: cm5.dimensions.map((d, i) => (i === 0 ? { ...d, title: '<b id="bold">Bold?</b>' } : d)),
    };
    const script = document.createElement('script');
    script.type = 'application/json';
    script.slot = 'model';
    script.textContent = JSON.stringify(custom);
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment segment="growth">${script}</maturity-assessment>`);
    expect(heading(el)).to.equal('<b id="bold">Bold?</b>');
    expect(text(root(el).querySelector('.kicker')!)).to.equal('<img src=x id=injected>CMS model');
    expect(root(el).querySelector('#bold, #injected, img')).to.equal(null);
    expect(root(el).querySelectorAll('[role="radio"]')).to.have.length(5);
  });

  it('reads a model script the page adds after the element', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment segment="growth"></maturity-assessment>`);
    expect(root(el).querySelector('[part~="error"]')).to.exist;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.slot = 'model';
    script.textContent = JSON.stringify({ ...cm5, id: 'late-model' });
    el.append(script);
    await until(el, () => !!root(el).querySelector('[role="radio"]'));
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
  });

  it('shows the error state and fires assessment-error for a malformed model script', async () => {
    const errors: AssessmentErrorEvent[] = [];
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment @assessment-error=${(e: AssessmentErrorEvent) => errors.push(e)}>
      <script type="application/json" slot="model">{ "id": "broken", </script>
    </maturity-assessment>`);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('not valid JSON');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues[0]!.path).to.equal('model');
    await expect(el).to.be.accessible();

    const invalid = await fixture<MaturityAssessment>(html`<maturity-assessment @assessment-error=${(e: AssessmentErrorEvent) => errors.push(e)}>
      <script type="application/json" slot="model">{ "id": "broken" }</script>
    </maturity-assessment>`);
    expect(root(invalid).querySelector('[part~="error"]')).to.exist;
    expect(errors).to.have.length(2);
  });
});

describe('maturity-assessment flow: printing and trend', function () {
  this.timeout(30000);

  itNeedsMediaEmulation('prints only the report when printing from its Print button', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <header id="host-header">Host page header</header>
      <main>
        <p id="host-text">Host page text</p>
        <maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>
      </main>
    </div>`);
    const el = page.querySelector('maturity-assessment')!;
    await answerByClick(el, [2, 3, 3, 3, 3]);
    button(el, 'See my results').click();
    await el.updateComplete;
    const hostBits = [page.querySelector('#host-header')!, page.querySelector('#host-text')!];
    const seen: boolean[][] = [];
    const print = window.print;
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      seen.push([...hostBits.map((b) => b.checkVisibility()), el.checkVisibility()]);
    };
    try {
      await emulateMedia({ media: 'print' });
      button(el, 'Print / Save as PDF').click();
      // Printing from the browser's own menu prints the page as the host made it.
      window.dispatchEvent(new Event('afterprint'));
      window.dispatchEvent(new Event('beforeprint'));
      seen.push([...hostBits.map((b) => b.checkVisibility()), el.checkVisibility()]);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
    expect(seen).to.deep.equal([
      [false, false, true],
      [true, true, true],
    ]);
    expect(hostBits.every((b) => b.checkVisibility())).to.equal(true);
  });

  it('shows a line of attempts and the previous overlay from the second attempt, and nothing with one', async () => {
    const key = 'advocacy-kit:assessment:flow-trend';
    localStorage.removeItem(key);
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" persist="flow-trend"></maturity-assessment>`);
    await answerByClick(el, [2, 2, 2, 2, 2]);
    button(el, 'See my results').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="trend"]')).to.equal(null);
    expect(root(el).querySelector('score-radar')!.series!.map((s) => s.label)).not.to.include('Previous attempt');
    button(el, 'Start over').click();
    await el.updateComplete;
    await answerByClick(el, [3, 3, 3, 3, 3]);
    button(el, 'See my results').click();
    await el.updateComplete;
    const trend = root(el).querySelector('[part~="trend"]')!;
    const items = [...trend.querySelectorAll('li')];
    expect(items).to.have.length(2);
    expect(text(items[0]!)).to.match(/\d{4}: 2\.0$/);
    expect(text(items[1]!)).to.match(/\d{4}: 3\.0$/);
    const stored = JSON.parse(localStorage.getItem(key)!).history as { completedAt: number }[];
    expect(items.map((i) => i.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(stored.map((h) => new Date(h.completedAt).toISOString()));
    expect(root(el).querySelector('score-radar')!.series!.map((s) => s.label)).to.include('Previous attempt');
    await expect(el).to.be.accessible();
    localStorage.removeItem(key);
  });
});
