import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import type { AssessmentCompleteEvent } from '../../src/events/assessment-complete.js';
import type { AssessmentChangeEvent } from '../../src/events/assessment-change.js';
import type { AssessmentErrorEvent } from '../../src/events/assessment-error.js';
import { getModel } from '../../src/core/index.js';
import { active, answerByClick, button, heading, press, root, tabTo, text } from './assessment-helpers.js';

// ── helpers ──

/** Answers the current dimension step with `score` (1-based level) using only Tab, arrows, Space and Enter. */
async function answerByKeyboard(el: MaturityAssessment, score: number): Promise<void> {
  // From the heading: past "What this measures" to the group; from the group: past its "What this looks like" to Next.
  await tabTo(el, (a) => a.getAttribute('role') === 'radio', 2);
  if (score === 1) await press(el, ' ');
  for (let i = 1; i < score; i++) await press(el, 'ArrowRight');
  expect(active(el)?.getAttribute('aria-checked')).to.equal('true');
  await tabTo(el, (a) => /^(Next|Review answers)$/.test(text(a)), 2);
  await press(el, 'Enter');
}

async function seeResultsByKeyboard(el: MaturityAssessment): Promise<void> {
  await tabTo(el, (a) => text(a) === 'See my results');
  await press(el, 'Enter');
}

const cm5 = getModel('customer-marketing-5')!;
const cma11 = getModel('cma-advocacy-11')!;

function resultText(el: MaturityAssessment): string {
  return text(root(el).querySelector('[part="result"]')!);
}

describe('maturity-assessment: keyboard-only runs', function () {
  // Each key press is a round trip to the browser driver; the 11-step run makes well over 100 of them.
  this.timeout(60000);
  it('completes customer-marketing-5 with a preset segment using only the keyboard', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    const changes: AssessmentChangeEvent['detail'][] = [];
    el.addEventListener('assessment-change', (e) => changes.push(e.detail));
    const scores = [3, 2, 4, 3, 2];
    for (const [i, score] of scores.entries()) {
      expect(heading(el)).to.equal(cm5.dimensions[i]!.title);
      expect(text(root(el).querySelector('[part="progress"]')!)).to.contain(`Step ${i + 1} of 5`);
      await answerByKeyboard(el, score);
      // Focus follows the step change so screen readers announce the new dimension.
      expect(active(el)?.id).to.equal('heading');
    }
    // Like native radios, each arrow press selects, so every level passed on the way fires a change.
    expect(changes.length).to.equal(scores.reduce((n, s) => n + Math.max(s - 1, 1), 0));
    expect(changes.at(-1)!.answers).to.deep.equal(Object.fromEntries(cm5.dimensions.map((d, i) => [d.id, scores[i]])));
    expect(changes.at(-1)).to.include({ answered: 5, total: 5, progress: 1, dimensionId: 'lifecycle', score: 2 });
    expect(heading(el)).to.equal('Review your answers');

    const complete = oneEvent(el, 'assessment-complete') as Promise<AssessmentCompleteEvent>;
    await seeResultsByKeyboard(el);
    const { result } = (await complete).detail;
    expect(result.overall).to.equal(2.8);
    expect(result.band?.id).to.equal('developing');
    expect(result.benchmark).to.include({ segmentId: 'growth', status: 'on-track' });
    const shown = resultText(el);
    expect(shown).to.contain('2.8 of 5');
    expect(shown).to.contain('Developing');
    expect(shown).to.contain('Build reference program; launch advocacy; quarterly NPS with closed-loop');
    expect(shown).to.contain('Next level: Defined');
    const gauge = root(el).querySelector('benchmark-gauge')!;
    expect([gauge.value, gauge.expected, gauge.good, gauge.alarm]).to.deep.equal([2.8, 2.3, 3, 1.6]);
    const radar = root(el).querySelector('score-radar')!;
    expect(radar.series!.map((s) => s.label)).to.deep.equal(['Your answers', 'Expected for Growth']);
    expect(active(el)?.id).to.equal('heading');
  });

  it('asks for the ARR band first when no segment is set, then completes by keyboard', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
    expect(heading(el)).to.match(/annual recurring revenue/i);
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, (a) => text(a) === 'Continue', 1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    for (const score of [4, 4, 3, 4, 3]) await answerByKeyboard(el, score);
    const complete = oneEvent(el, 'assessment-complete') as Promise<AssessmentCompleteEvent>;
    await seeResultsByKeyboard(el);
    const { result } = (await complete).detail;
    expect(result.overall).to.equal(3.6);
    expect(result.band?.id).to.equal('competent');
    expect(result.benchmark).to.include({ segmentId: 'scale', status: 'on-track' });
    expect(resultText(el)).to.contain('Competent');
    expect(resultText(el)).to.contain('Expand automation; build community; integrate advocacy with sales');
  });

  it('completes the 11-dimension cma-advocacy-11 model by keyboard', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="cma-advocacy-11"></maturity-assessment>`);
    expect(heading(el)).to.equal(cma11.dimensions[0]!.title);
    for (const score of [1, 2, 2, 3, 1, 2, 2, 3, 4, 2, 2]) await answerByKeyboard(el, score);
    const complete = oneEvent(el, 'assessment-complete') as Promise<AssessmentCompleteEvent>;
    await seeResultsByKeyboard(el);
    const { result } = (await complete).detail;
    expect(result.overall).to.equal(2.2);
    expect(result.band?.id).to.equal('emerging');
    expect(result.benchmark).to.equal(null);
    expect(resultText(el)).to.contain('2.2 of 4');
    expect(resultText(el)).to.contain(cma11.bands[1]!.nextStep);
    expect(root(el).querySelector('benchmark-gauge')).to.equal(null);
  });
});

describe('maturity-assessment: steps', () => {
  it('arrow keys wrap, Space selects, and the radio group has roving tabindex', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    const radios = () => [...root(el).querySelectorAll<HTMLElement>('[role="radio"]')];
    expect(radios().map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    const group = root(el).querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('heading');
    await tabTo(el, (a) => a.getAttribute('role') === 'radio', 2);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(radios().map((r) => r.getAttribute('aria-checked'))).to.deep.equal(['false', 'false', 'false', 'false', 'true']);
    expect(radios().map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
    expect(active(el)).to.equal(radios()[4]);
    expect(text(root(el).querySelector('[role="status"]')!)).to.contain('1 of 5 answered');
  });

  it('jumps to any dimension from the step list and marks current and answered steps', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await answerByClick(el, [2]);
    const steps = () => [...root(el).querySelectorAll<HTMLButtonElement>('nav[aria-label="Dimensions"] button')];
    expect(steps()[1]!.getAttribute('aria-current')).to.equal('step');
    expect(text(steps()[0]!)).to.contain('(answered)');
    expect(text(steps()[3]!)).to.contain('(not answered)');
    steps()[3]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[3]!.title);
    expect(steps()[3]!.getAttribute('aria-current')).to.equal('step');
  });

  it('keeps "See my results" disabled until every dimension is answered, and Change returns to a step', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await answerByClick(el, [2, 2]);
    button(el, 'Next').click();
    button(el, 'Next').click();
    await el.updateComplete;
    button(el, 'Review answers').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Review your answers');
    expect(button(el, 'See my results').disabled).to.equal(true);
    expect(resultTextOrEmpty(el)).to.equal('');
    root(el).querySelector<HTMLButtonElement>(`button[aria-label="Change ${cm5.dimensions[2]!.title}"]`)!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[2]!.title);
  });
});

function resultTextOrEmpty(el: MaturityAssessment): string {
  const r = root(el).querySelector('[part="result"]');
  return r ? text(r) : '';
}

describe('maturity-assessment: gate and reset', function () {
  this.timeout(30000);
  it('shows the gate slot when the host cancels assessment-complete, until showResults()', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth">
      <form slot="gate"><label>Work email <input type="email" /></label><button>Send</button></form>
    </maturity-assessment>`);
    let fired = 0;
    el.addEventListener('assessment-complete', (e) => {
      fired++;
      e.preventDefault();
    });
    await answerByClick(el, [3, 3, 3, 3, 3]);
    button(el, 'See my results').click();
    await el.updateComplete;
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="gate"]')!;
    expect(slot).to.exist;
    expect(slot.assignedElements()[0]!.tagName).to.equal('FORM');
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    expect(root(el).querySelector('[part="result"]')).to.equal(null);

    el.showResults();
    await el.updateComplete;
    expect(root(el).querySelector('slot[name="gate"]')).to.equal(null);
    expect(resultTextOrEmpty(el)).to.contain('3.0 of 5');
    // Looking at the results again is the same attempt: no second event.
    button(el, 'Change answers').click();
    await el.updateComplete;
    button(el, 'See my results').click();
    await el.updateComplete;
    expect(fired).to.equal(1);
    expect(resultTextOrEmpty(el)).to.contain('3.0 of 5');
  });

  it('keeps focus in the host’s gate content and offers a way back to the answers', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth">
      <form slot="gate"><label>Work email <input type="email" /></label><button>Send</button></form>
    </maturity-assessment>`);
    const email = el.querySelector('input')!;
    let fired = 0;
    el.addEventListener('assessment-complete', (e) => {
      fired++;
      e.preventDefault();
      email.focus();
    });
    await answerByClick(el, [3, 3, 3, 3, 3]);
    button(el, 'See my results').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    // Booleans, not elements: chai's diff of two DOM nodes can take the page down.
    expect(document.activeElement === email, 'the email field the host focused keeps focus').to.equal(true);

    // A host that never calls showResults() must not strand the visitor.
    button(el, 'Back to my answers').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Review your answers');
    expect(active(el)?.id).to.equal('heading');
    await expect(el).to.be.accessible();
    // The same answers lead back to the gate, never past it, and the host hears of them once.
    button(el, 'See my results').click();
    await el.updateComplete;
    expect(root(el).querySelector('slot[name="gate"]')).to.exist;
    expect(root(el).querySelector('[part~="result"]')).to.equal(null);
    expect(fired).to.equal(1);
    // Changed answers are a new attempt: the host hears of it again.
    button(el, 'Back to my answers').click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Change Expansion and upsell marketing"]')!.click();
    await el.updateComplete;
    await answerByClick(el, [4]);
    button(el, 'See my results').click();
    await el.updateComplete;
    expect(fired).to.equal(2);
  });

  it('reset() clears answers, returns to the start and fires assessment-reset', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
    root(el).querySelector<HTMLInputElement>('input[value="growth"]')!.click();
    button(el, 'Continue').click();
    await el.updateComplete;
    await answerByClick(el, [1, 2]);
    const reset = oneEvent(el, 'assessment-reset');
    el.reset();
    expect((await reset).detail).to.deep.equal({ modelId: 'customer-marketing-5' });
    await el.updateComplete;
    expect(heading(el)).to.match(/annual recurring revenue/i);
    root(el).querySelector<HTMLInputElement>('input[value="growth"]')!.click();
    button(el, 'Continue').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[role="radio"][aria-checked="true"]').length).to.equal(0);
    expect(text(root(el).querySelector('[part="progress"]')!)).to.contain('Step 1 of 5');
  });
});

describe('maturity-assessment: invalid input', function () {
  this.timeout(30000);
  it('shows the issues of an invalid model object and fires assessment-error', async () => {
    const bad = { ...cm5, dimensions: [{ ...cm5.dimensions[0]!, levels: [] }], bands: 'none' };
    const errored = oneEvent(document, 'assessment-error') as Promise<AssessmentErrorEvent>;
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment .model=${bad as never}></maturity-assessment>`);
    const { detail } = await errored;
    expect(detail.issues.length).to.be.greaterThan(0);
    const alert = root(el).querySelector('[role="alert"][part="error"]')!;
    expect(alert).to.exist;
    for (const issue of detail.issues) expect(text(alert)).to.contain(`${issue.path}: ${issue.message}`);
    expect(text(alert)).to.contain('bands');
    await expect(el).to.be.accessible();
  });

  it('shows an error for an unknown model id and an unknown segment', async () => {
    const errored = oneEvent(document, 'assessment-error') as Promise<AssessmentErrorEvent>;
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="no-such-model"></maturity-assessment>`);
    expect((await errored).detail.issues[0]!.path).to.equal('model');
    expect(text(root(el).querySelector('[part="error"]')!)).to.contain('model: Unknown model "no-such-model"');

    const again = oneEvent(el, 'assessment-error') as Promise<AssessmentErrorEvent>;
    el.setAttribute('segment', 'galactic');
    el.setAttribute('model', 'customer-marketing-5');
    expect((await again).detail.issues[0]!.path).to.equal('segment');
    await el.updateComplete;
    el.setAttribute('segment', 'scale');
    await el.updateComplete;
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
  });
});

describe('maturity-assessment: two instances', () => {
  it('do not interfere with each other', async () => {
    const a = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
    const b = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="startup"></maturity-assessment>`);
    let aChanges = 0;
    a.addEventListener('assessment-change', () => aChanges++);
    root(a).querySelector<HTMLInputElement>('input[value="enterprise"]')!.click();
    button(a, 'Continue').click();
    await a.updateComplete;
    await answerByClick(a, [5, 5]);
    await answerByClick(b, [1]);
    expect(aChanges).to.equal(2);
    expect(root(a).querySelector('[part="progress"] progress')!.getAttribute('aria-label')).to.contain('2 of 5 answered');
    expect(root(b).querySelector('[part="progress"] progress')!.getAttribute('aria-label')).to.contain('1 of 5 answered');
    expect(heading(a)).to.equal(cm5.dimensions[2]!.title);
    expect(heading(b)).to.equal(cm5.dimensions[1]!.title);
  });
});

describe('maturity-assessment: accessibility (axe)', function () {
  this.timeout(60000);
  for (const scheme of ['light', 'dark'] as const) {
    (scheme === 'dark' ? itNeedsMediaEmulation : it)(`has no violations on any kind of step (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLInputElement>('input[value="growth"]')!.click();
        button(el, 'Continue').click();
        await el.updateComplete;
        await answerByClick(el, [2]);
        await expect(el).to.be.accessible();
        await answerByClick(el, [1, 4, 5, 3]);
        expect(heading(el)).to.equal('Review your answers');
        await expect(el).to.be.accessible();
        button(el, 'See my results').click();
        await el.updateComplete;
        expect(resultTextOrEmpty(el)).to.contain('3.0 of 5');
        await expect(el).to.be.accessible();
        const gated = await fixture<MaturityAssessment>(html`<maturity-assessment
          model="customer-marketing-5"
          segment="growth"
          @assessment-complete=${(e: Event) => e.preventDefault()}
          ><p slot="gate">Enter your work email to see your results.</p></maturity-assessment
        >`);
        await answerByClick(gated, [3, 3, 3, 3, 3]);
        button(gated, 'See my results').click();
        await gated.updateComplete;
        expect(root(gated).querySelector('slot[name="gate"]')).to.exist;
        await expect(gated).to.be.accessible();
        const err = await fixture<MaturityAssessment>(html`<maturity-assessment model="nope"></maturity-assessment>`);
        await expect(err).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
