/**
 * Built-in models' text and the model validator are fetched on demand (issue 15): this file imports the element
 * alone, so the first assessment of each kind here waits for a module and shows a loading state meanwhile.
 */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import type { AssessmentErrorEvent } from '../../src/events/assessment-error.js';

const mounted: HTMLElement[] = [];
function add(build: (el: MaturityAssessment) => void): MaturityAssessment {
  const el = document.createElement('maturity-assessment');
  build(el);
  document.body.append(el);
  mounted.push(el);
  return el;
}
/** Lit's own first render, without the element's wait for its model (its `updateComplete` waits for both). */
const rendered = (el: MaturityAssessment) => (LitElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> }).getUpdateComplete.call(el);
const part = (el: MaturityAssessment, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;

describe('maturity-assessment: model text and validator on demand', () => {
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('shows a loading state while a built-in model’s text arrives, then the first step', async () => {
    const el = add((e) => e.setAttribute('model', 'cma-advocacy-11'));
    await rendered(el);
    const loading = part(el, 'loading');
    expect(loading, 'a loading state before the model text arrives').to.exist;
    expect(loading!.getAttribute('role')).to.equal('status');
    expect(loading!.textContent).to.match(/loading/i);
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(part(el, 'step')).to.exist;
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a model whose text has arrived at once, with no loading state', async () => {
    await add((e) => e.setAttribute('model', 'cma-advocacy-11')).updateComplete;
    const el = add((e) => e.setAttribute('model', 'cma-advocacy-11'));
    await rendered(el);
    expect(part(el, 'loading')).to.equal(null);
    expect(part(el, 'step')).to.exist;
  });

  it('validates a custom model once the validator arrives: an invalid one is an error state and event', async () => {
    let error: AssessmentErrorEvent | undefined;
    const el = add((e) => {
      e.model = { id: 'x', title: 'X', version: '1', scale: { min: 1, max: 3, labels: ['a', 'b', 'c'] }, dimensions: [], bands: [] };
      e.addEventListener('assessment-error', (ev) => (error = ev));
    });
    await rendered(el);
    expect(part(el, 'loading'), 'a loading state while the validator arrives').to.exist;
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('dimensions: needs at least 1 item');
    expect(error?.detail.issues.some((i) => i.path === 'dimensions')).to.equal(true);
  });

  it('keeps the latest model when an earlier one arrives later', async () => {
    const el = add((e) => e.setAttribute('model', 'customer-marketing-5'));
    el.model = 'nope';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('Unknown model "nope"');
  });
});
