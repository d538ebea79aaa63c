import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import { getModel } from '../../src/core/index.js';

const cm5 = getModel('customer-marketing-5')!;
const cma11 = getModel('cma-advocacy-11')!;

function root(el: MaturityAssessment): ShadowRoot {
  return el.shadowRoot!;
}

function text(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function part(el: MaturityAssessment, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function buttons(el: MaturityAssessment): string[] {
  return [...root(el).querySelectorAll('button')].map(text);
}

async function press(el: MaturityAssessment, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Answers every step by pointer and opens the result (the flow itself is tested by keyboard elsewhere). */
async function complete(el: MaturityAssessment, scores: number[]): Promise<void> {
  for (const score of scores) {
    root(el).querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!.click();
    await el.updateComplete;
    [...root(el).querySelectorAll('button')].find((b) => /^(Next|Review answers)$/.test(text(b)))!.click();
    await el.updateComplete;
  }
  [...root(el).querySelectorAll('button')].find((b) => text(b) === 'See my results')!.click();
  await el.updateComplete;
}

/** True when `a` comes before `b` in document order. */
function before(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function visible(node: Element): boolean {
  return node.checkVisibility();
}

describe('maturity-assessment result: hero, priorities and collapsed detail', function () {
  this.timeout(30000);

  it('leads with score, band and interpretation, then the weakest dimensions with their next level', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(el, [3, 2, 4, 3, 2]);
    const hero = part(el, 'hero')!;
    expect(text(part(el, 'score')!)).to.equal('2.8');
    expect(getComputedStyle(part(el, 'score')!).fontSize).to.equal('56px');
    expect(text(hero)).to.contain('Developing');
    expect(text(hero)).to.contain(cm5.bands.find((b) => b.id === 'developing')!.interpretation);
    expect(hero.querySelector('benchmark-gauge')).to.exist;
    // Wide enough (the test page is 800 px): the gauge sits beside the score, not under it.
    const summary = hero.querySelector('.summary')!.getBoundingClientRect();
    const bench = hero.querySelector('.benchmark')!.getBoundingClientRect();
    expect(bench.left).to.be.at.least(summary.right);
    expect(bench.top).to.be.below(summary.bottom);

    const priorities = part(el, 'priorities')!;
    expect(text(priorities.querySelector('h3')!)).to.equal('Your top priorities');
    const weakest = [cm5.dimensions[1]!, cm5.dimensions[4]!];
    const items = [...priorities.querySelectorAll('li')];
    expect(items.map((li) => text(li.querySelector('.priority-title')!))).to.deep.equal(weakest.map((d) => d.title));
    for (const [i, d] of weakest.entries()) {
      const next = d.levels.find((l) => l.score === 3)!;
      expect(text(items[i]!)).to.contain(`Next step: reach ${next.label} — ${next.description}`);
    }
    // Priorities come right after the hero, before the radar and every dimension's detail.
    expect(before(hero, priorities)).to.equal(true);
    expect(before(priorities, root(el).querySelector('score-radar')!)).to.equal(true);
    expect(before(priorities, root(el).querySelector('details')!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lists at most three priorities when many dimensions tie for weakest', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(el, [3, 3, 3, 3, 3]);
    const priorities = part(el, 'priorities')!;
    expect(priorities.querySelectorAll('li')).to.have.length(3);
    expect(text(priorities)).to.contain('2 more at the same level');
  });

  it('collapses each dimension’s detail and opens it by keyboard', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(el, [1, 2, 4, 3, 2]);
    const details = [...root(el).querySelectorAll('details')];
    expect(details).to.have.length(5);
    expect(details.every((d) => !d.open)).to.equal(true);
    const body = details[0]!.querySelector('.dimension-body')!;
    expect(visible(body)).to.equal(false);
    expect(text(details[0]!.querySelector('summary')!)).to.equal(`${cm5.dimensions[0]!.title} 1 · ${cm5.dimensions[0]!.levels[0]!.label} · red flags`);

    // Tab reaches the first disclosure after the priorities; Enter opens it.
    let summary: Element | null = null;
    for (let i = 0; i < 20 && summary === null; i++) {
      await press(el, 'Tab');
      if (root(el).activeElement?.tagName === 'SUMMARY') summary = root(el).activeElement;
    }
    expect(summary === details[0]!.querySelector('summary'), 'Tab reaches the first dimension').to.equal(true);
    await press(el, 'Enter');
    expect(details[0]!.open).to.equal(true);
    expect(visible(body)).to.equal(true);
    expect(text(body)).to.contain(`Next level: ${cm5.dimensions[0]!.levels[1]!.label}`);
    expect(text(body)).to.contain('Red flags to check');
    await expect(el).to.be.accessible();
    await press(el, ' ');
    expect(details[0]!.open).to.equal(false);
  });

  itNeedsMediaEmulation('prints every dimension expanded, with the report title and logo', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" report-title="Acme maturity report"
      ><span slot="logo">ACME</span></maturity-assessment
    >`);
    await complete(el, [2, 3, 3, 3, 3]);
    const header = part(el, 'report-header')!;
    const bodies = [...root(el).querySelectorAll('.dimension-body')];
    expect(visible(header)).to.equal(false);
    expect(bodies.some(visible)).to.equal(false);
    // Engines without ::details-content (Firefox ESR) rely on beforeprint, which a real print fires and emulation does not.
    const viaCss = CSS.supports('selector(::details-content)');
    if (!viaCss) window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(visible(header)).to.equal(true);
      expect(text(header)).to.contain('Acme maturity report');
      expect((el.querySelector('[slot="logo"]') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      expect(bodies.every(visible)).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
      if (!viaCss) window.dispatchEvent(new Event('afterprint'));
    }
    expect(bodies.some(visible)).to.equal(false);
  });

  it('opens the disclosures for printing and closes those the visitor had left closed afterwards', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(el, [2, 3, 3, 3, 3]);
    const details = [...root(el).querySelectorAll('details')];
    details[1]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).to.deep.equal([false, true, false, false, false]);
  });

  it('labels the derived bands of cma-advocacy-11, and no others', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="cma-advocacy-11"></maturity-assessment>`);
    await complete(el, cma11.dimensions.map(() => 2));
    expect(text(part(el, 'bands-note')!)).to.contain('Bands derived from the four stages');
    expect(before(part(el, 'bands-note')!, part(el, 'priorities')!)).to.equal(true);
    await expect(el).to.be.accessible();
    const cm = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(cm, [2, 3, 3, 3, 3]);
    expect(part(cm, 'bands-note')).to.equal(null);
  });

  it('treats cma-advocacy-11 as a model without segments, whatever a host page put on Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.segments = [{ id: 'junk', label: 'Junk ($0 ARR)', arr: {}, expected: 2, good: 3, alarm: 1 }];
    try {
      const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="cma-advocacy-11"></maturity-assessment>`);
      // The first dimension at once: no question about an ARR band the model does not have.
      expect(text(root(el).querySelector('#heading')!)).to.contain(cma11.dimensions[0]!.title);
      await complete(el, cma11.dimensions.map(() => 2));
      expect(part(el, 'bands-note')).not.to.equal(null);
      expect(root(el).querySelector('benchmark-gauge')).to.equal(null);
    } finally {
      delete proto.segments;
    }
  });
});

describe('maturity-assessment result: calls to action', function () {
  this.timeout(30000);

  it('shows the cta slot right after the priorities', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"
      ><a slot="cta" href="#workshop">Book a workshop</a></maturity-assessment
    >`);
    await complete(el, [3, 2, 4, 3, 2]);
    const cta = part(el, 'cta')!;
    const link = el.querySelector('a')!;
    expect(before(part(el, 'priorities')!, cta)).to.equal(true);
    expect(before(cta, root(el).querySelector('score-radar')!)).to.equal(true);
    expect(link.assignedSlot?.name).to.equal('cta');
    expect(link.offsetHeight).to.be.greaterThan(0);
    // Reachable by keyboard, in reading order right after the priorities.
    for (let i = 0; i < 20 && document.activeElement !== link; i++) await press(el, 'Tab');
    expect(document.activeElement === link, 'Tab reaches the call to action').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lets a cta-<band id> slot win over cta for that band only', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth">
      <a slot="cta" href="#newsletter">Get the newsletter</a>
      <a slot="cta-developing" href="#workshop">Book a workshop</a>
      <a slot="cta-advanced" href="#board">Join our advisory board</a>
    </maturity-assessment>`);
    await complete(el, [3, 2, 4, 3, 2]);
    const [general, developing, advanced] = [...el.querySelectorAll('a')];
    expect(developing!.offsetHeight).to.be.greaterThan(0);
    expect(general!.offsetHeight).to.equal(0);
    expect(advanced!.offsetHeight).to.equal(0);
    await expect(el).to.be.accessible();

    // Another band's visitor gets the general call to action.
    const other = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth">
      <a slot="cta" href="#newsletter">Get the newsletter</a>
      <a slot="cta-developing" href="#workshop">Book a workshop</a>
    </maturity-assessment>`);
    await complete(other, [4, 4, 4, 4, 4]);
    const [otherGeneral, otherDeveloping] = [...other.querySelectorAll('a')];
    expect(otherGeneral!.offsetHeight).to.be.greaterThan(0);
    expect(otherDeveloping!.offsetHeight).to.equal(0);
  });

  it('follows the host adding and removing a band call to action after the result is shown', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"
      ><a slot="cta" href="#newsletter">Get the newsletter</a></maturity-assessment
    >`);
    await complete(el, [3, 2, 4, 3, 2]);
    const general = el.querySelector('a')!;
    expect(general.offsetHeight).to.be.greaterThan(0);
    const band = document.createElement('a');
    band.slot = 'cta-developing';
    band.href = '#workshop';
    band.textContent = 'Book a workshop';
    el.append(band);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(band.offsetHeight).to.be.greaterThan(0);
    expect(general.offsetHeight).to.equal(0);
    band.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(general.offsetHeight).to.be.greaterThan(0);
  });
});

describe('maturity-assessment result: actions', function () {
  this.timeout(30000);

  it('offers JSON and CSV downloads only with the exports attribute, and always Print', async () => {
    const plain = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await complete(plain, [2, 3, 3, 3, 3]);
    expect(buttons(plain)).to.include('Print / Save as PDF');
    expect(buttons(plain)).not.to.include('Download JSON');
    expect(buttons(plain)).not.to.include('Download CSV');

    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" exports></maturity-assessment>`);
    await complete(el, [2, 3, 3, 3, 3]);
    expect(buttons(el)).to.include.members(['Download JSON', 'Download CSV', 'Print / Save as PDF']);
    for (let i = 0; i < 30 && text(root(el).activeElement ?? document.body) !== 'Download JSON'; i++) await press(el, 'Tab');
    expect(text(root(el).activeElement!)).to.equal('Download JSON');
    await expect(el).to.be.accessible();
  });
});
