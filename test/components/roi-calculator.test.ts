import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/roi-calculator/roi-calculator.js';
import type { RoiCalculator } from '../../src/components/roi-calculator/roi-calculator.js';
import type { RoiChangeEvent } from '../../src/events/roi-change.js';
import type { RoiErrorEvent } from '../../src/events/roi-error.js';

const q = <T extends Element>(el: RoiCalculator, sel: string) => el.shadowRoot!.querySelector(sel) as T;
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: RoiCalculator) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => text(c)));

async function type(el: RoiCalculator, id: string, value: string) {
  const input = q<HTMLInputElement>(el, `input#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('roi-calculator', function () {
  this.timeout(30000);

  it('opens on seed 003’s base case: table, summary, chart with a text alternative', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
    expect(text(q(el, '[part="summary"]'))).to.equal('3-year ROI 83.8%; breakeven in month 16.');
    expect(rows(el)).to.deep.equal([
      ['Setup', '$500K', '$0', '$0', '$0', '-100%'],
      ['1', '$500K', '$240K', '$480K', '$720K', '-28%'],
      ['2', '$600K', '$480K', '$960K', '$1.44M', '35%'],
      ['3', '$750K', '$720K', '$1.44M', '$2.16M', '83.8%'],
      ['Total', '$2.35M', '$1.44M', '$2.88M', '$4.32M', '83.8%'],
    ]);
    const chart = q<HTMLElement>(el, '[part="chart"]');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('3-year ROI 83.8%; breakeven in month 16.');
    expect(el.shadowRoot!.querySelectorAll('rect.revenue')).to.have.length(4);
    expect(q<HTMLInputElement>(el, 'input[value="base"]').checked).to.equal(true);
    expect(q<HTMLInputElement>(el, 'input#baselineChurn').value).to.equal('10');
    expect(el.projection!.inputs.adoption).to.equal(0.8);
    await expect(el).to.be.accessible();
  });

  it('takes the assumptions from attributes, rates in percent', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator
      customers="2000" arr-per-customer="5000" baseline-churn="12" program-churn="8" expansion-share="25"
      expansion-uplift="10" setup-investment="100000" annual-investment="200000, 250000" scenario="high"
    ></roi-calculator>`);
    expect(el.projection!.inputs).to.deep.include({
      customers: 2000, arrPerCustomer: 5000, baselineChurn: 0.12, programChurn: 0.08, expansionShare: 0.25,
      expansionUplift: 0.1, setupInvestment: 100_000, adoption: 1,
    });
    expect(el.projection!.inputs.annualInvestment).to.deep.equal([200_000, 250_000, 250_000]);
    // 2,000 × 4 % × $5K = $400K kept; 2,000 × 25 % × $5K × 10 % = $250K expanded, in year 1.
    expect(el.projection!.rows[1]).to.include({ churnRevenue: 400_000, expansionRevenue: 250_000 });
  });

  it('recomputes as the user types and fires roi-change with the projection', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
    setTimeout(() => type(el, 'customers', '2000'));
    const e = (await oneEvent(el, 'roi-change')) as RoiChangeEvent;
    expect(e.detail.scenario).to.equal('base');
    expect(e.detail.projection.inputs.customers).to.equal(2000);
    expect(e.detail.projection.total.totalRevenue).to.equal(8_640_000);
    expect(e.bubbles && e.composed).to.equal(true);
    // Year 1 nets ($1,440K − $500K) / 12 ≈ $78.3K a month against the $500K setup: month 7.
    expect(text(q(el, '[part="summary"]'))).to.equal('3-year ROI 267.7%; breakeven in month 7.');
    expect(el.customers).to.equal(2000);
  });

  it('switches the adoption case from the keyboard', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
    const events: RoiChangeEvent[] = [];
    el.addEventListener('roi-change', (e) => events.push(e));
    q<HTMLInputElement>(el, 'input[value="base"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.scenario).to.equal('high');
    expect(events.map((e) => [e.detail.scenario, e.detail.projection.total.roi])).to.deep.equal([['high', 129.8]]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.scenario).to.equal('low');
    expect(text(q(el, '[part="summary"]'))).to.equal('3-year ROI 37.9%; breakeven in month 24.');
  });

  it('shows the formula on request, from the keyboard', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
    const details = q<HTMLDetailsElement>(el, 'details');
    expect(details.open).to.equal(false);
    q<HTMLElement>(el, 'details summary').focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(text(details)).to.contain('Cumulative ROI = (cumulative revenue − cumulative investment) ÷ cumulative investment × 100');
    expect(text(details)).to.contain('seed 003');
    await expect(el).to.be.accessible();
  });

  it('a bad attribute shows an inline alert and fires roi-error once; fixing it recovers', async () => {
    const errors: RoiErrorEvent[] = [];
    const el = await fixture<RoiCalculator>(html`<roi-calculator
      customers="abc" baseline-churn="150" @roi-error=${(e: RoiErrorEvent) => errors.push(e)}
    ></roi-calculator>`);
    const alert = q(el, '[role="alert"]');
    expect(alert).to.not.equal(null);
    expect([...alert.querySelectorAll('li')].map(text)).to.deep.equal([
      'Customers: enter a number.',
      'Churn without the program: cannot exceed 100 %.',
    ]);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['customers', 'baselineChurn']);
    expect(errors[0].detail.message).to.equal('The ROI calculator cannot show a projection: 2 problems with its assumptions.');
    expect(q(el, 'input#customers').getAttribute('aria-invalid')).to.equal('true');
    expect(el.projection).to.equal(null);
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.setAttribute('customers', '1000');
    el.setAttribute('baseline-churn', '10');
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).to.equal(null);
    expect(el.projection!.total.roi).to.equal(83.8);
  });

  it('a cleared or negative field shows the error while keeping what the user typed', async () => {
    const errors: RoiErrorEvent[] = [];
    const el = await fixture<RoiCalculator>(html`<roi-calculator @roi-error=${(e: RoiErrorEvent) => errors.push(e)}></roi-calculator>`);
    await type(el, 'setupInvestment', '-5');
    expect(q<HTMLInputElement>(el, 'input#setupInvestment').value).to.equal('-5');
    expect(text(q(el, '[role="alert"] li'))).to.equal('Setup investment (year 0): cannot be negative.');
    await type(el, 'annualInvestment2', '');
    expect(errors).to.have.length(2);
    expect(errors[1].detail.issues.map((i) => i.path)).to.deep.equal(['setupInvestment', 'annualInvestment2']);
    await type(el, 'setupInvestment', '0');
    await type(el, 'annualInvestment2', '600000');
    expect(q(el, '[role="alert"]')).to.equal(null);
    expect(el.projection!.rows.map((r) => r.investment)).to.deep.equal([0, 500_000, 600_000, 750_000]);
  });

  it('hostile strings stay text: label, currency, scenario', async () => {
    const errors: RoiErrorEvent[] = [];
    const label = '<img src=x onerror=alert(1)>';
    const el = await fixture<RoiCalculator>(html`<roi-calculator
      label=${label} currency=${'<b>'} scenario="__proto__" @roi-error=${(e: RoiErrorEvent) => errors.push(e)}
    ></roi-calculator>`);
    expect(q(el, 'h2').textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['scenario', 'currency']);
    await expect(el).to.be.accessible();
  });

  it('properties set to junk from script show the error, never throw', async () => {
    const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
    (el as unknown as Record<string, unknown>).annualInvestment = 'lots';
    (el as unknown as Record<string, unknown>).customers = { valueOf: () => 5 };
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map(text)).to.deep.equal([
      'Customers: enter a number.',
      'Investment, year 1: enter a number.',
    ]);
  });

  it('a currency that cannot become a string shows the currency error, never throws', async () => {
    // Found by the hostile-values property test (seed -1201162640): String() of this object throws a TypeError.
    const errors: RoiErrorEvent[] = [];
    const el = await fixture<RoiCalculator>(html`<roi-calculator @roi-error=${(e: RoiErrorEvent) => errors.push(e)}></roi-calculator>`);
    (el as unknown as Record<string, unknown>).currency = { toString: 0 };
    await el.updateComplete;
    expect(errors.at(-1)?.detail.issues.map((i) => i.path)).to.deep.equal(['currency']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('formats figures in the nearest lang and the given currency', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="de"><roi-calculator currency="EUR"></roi-calculator></div>`);
    const el = wrap.querySelector('roi-calculator')!;
    await el.updateComplete;
    const total = rows(el).at(-1)!;
    expect(total[4]).to.match(/^4,32\sMio\.\s€$/);
    expect(total[5]).to.match(/^83,8\s%$/);
  });

  it('is unaffected by a polluted Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.customers = 5;
    proto.adoption = 0;
    try {
      const el = await fixture<RoiCalculator>(html`<roi-calculator></roi-calculator>`);
      expect(el.projection!.total.totalRevenue).to.equal(4_320_000);
    } finally {
      delete proto.customers;
      delete proto.adoption;
    }
  });
});
