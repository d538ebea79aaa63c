import { expect } from '@open-wc/testing';
import {
  InputError,
  advocacyPipelineShare,
  churnRate,
  expansionArrShare,
  incrementalLift,
  netRevenueRetention,
  programKpis,
  testimonialsCreated,
  timeToReference,
} from '../../src/core/index.js';

describe('programKpis (seed 003 "Leading and Lagging KPIs")', () => {
  it('lists the seed’s KPIs with type, formula, target, cadence and owner as printed', () => {
    expect(programKpis.map((k) => [k.label, k.type, k.seedFormula, k.target, k.cadence, k.owner])).to.deep.equal([
      ['Churn Rate', 'lagging', 'Churned MRR / Starting MRR * 100', '<5% annual', 'Monthly', 'CS Director'],
      ['NRR', 'lagging', '(Ending MRR - Churned MRR + Expanded MRR) / Starting MRR * 100', '110%+', 'Quarterly', 'RevOps'],
      ['Expansion ARR', 'lagging', 'New ARR from upsells / Total ARR * 100', '25%', 'Quarterly', 'Account Executive'],
      ['Advocacy-Driven Pipeline', 'leading', '(Value of advocacy-sourced deals / Total pipeline value) * 100', '20%', 'Monthly', 'Program Lead'],
      ['Testimonials Created', 'leading', 'Number of validated testimonials / Total customers * 100', '15%', 'Quarterly', 'Marketing'],
      ['Time-to-Reference', 'leading', 'Average days from onboarding to first referral', '<90 days', 'Monthly', 'CSM'],
    ]);
    expect(Object.isFrozen(programKpis)).to.equal(true);
  });
});

describe('KPI functions', () => {
  it('churn rate = churned / starting MRR, target below 5 %', () => {
    const r = churnRate({ churnedMrr: 4_000, startingMrr: 100_000 });
    expect(r).to.include({ id: 'churn-rate', type: 'lagging', value: 4, unit: '%', meetsTarget: true });
    expect(r.inputs).to.deep.equal({ churnedMrr: 4_000, startingMrr: 100_000 });
    expect(r.formula).to.equal('Churned MRR / Starting MRR * 100');
    expect(churnRate({ churnedMrr: 5_000, startingMrr: 100_000 }).meetsTarget).to.equal(false);
  });

  it('NRR starts from Starting MRR; the seed’s "Ending MRR" would count churn and expansion twice', () => {
    // Start 100K, lose 5K, expand 15K → end 110K. NRR is 110 %; the seed's printed formula gives (110 − 5 + 15) / 100 = 120 %.
    const r = netRevenueRetention({ startingMrr: 100_000, churnedMrr: 5_000, expandedMrr: 15_000 });
    expect(r.value).to.equal(110);
    expect(r.meetsTarget).to.equal(true);
    expect(r.formula).to.equal('(Starting MRR - Churned MRR + Expanded MRR) / Starting MRR * 100');
    expect(netRevenueRetention({ startingMrr: 100_000, churnedMrr: 5_000, expandedMrr: 14_000 }).meetsTarget).to.equal(false);
  });

  it('expansion ARR, advocacy pipeline and testimonials shares against their targets', () => {
    expect(expansionArrShare({ upsellArr: 250_000, totalArr: 1_000_000 })).to.include({ value: 25, meetsTarget: true });
    expect(advocacyPipelineShare({ advocacySourcedValue: 190_000, totalPipelineValue: 1_000_000 })).to.include({ value: 19, meetsTarget: false, type: 'leading' });
    expect(testimonialsCreated({ validatedTestimonials: 15, totalCustomers: 100 })).to.include({ value: 15, meetsTarget: true });
  });

  it('time to reference is the mean, target below 90 days', () => {
    expect(timeToReference([60, 90, 120])).to.include({ value: 90, unit: 'days', meetsTarget: false });
    expect(timeToReference([60, 90, 117]).meetsTarget).to.equal(true);
  });

  it('rejects missing, negative, NaN and zero denominators with the path', () => {
    expect(() => churnRate({ churnedMrr: 1, startingMrr: 0 })).to.throw(InputError, 'startingMrr: must be greater than 0');
    expect(() => churnRate({ churnedMrr: -1, startingMrr: 10 })).to.throw(InputError, 'churnedMrr: must be at least 0');
    expect(() => expansionArrShare({ totalArr: 10 } as never)).to.throw(InputError, 'upsellArr: is required');
    expect(() => testimonialsCreated({ validatedTestimonials: Number.NaN, totalCustomers: 10 })).to.throw(InputError, 'finite number');
    expect(() => timeToReference([])).to.throw(InputError);
  });
});

describe('incrementalLift (seed 003 A/B method)', () => {
  it('lift = (treatment − control) / control × 100 with a two-proportion z-test', () => {
    // 60/200 vs 40/200: pooled p̂ = 0.25, SE = √(0.25·0.75·(2/200)) = 0.0433, z = 0.1 / 0.0433 = 2.309, p = 0.0209.
    const r = incrementalLift({ successes: 60, total: 200 }, { successes: 40, total: 200 });
    expect(r.lift).to.equal(50);
    expect(r.standardError).to.be.closeTo(0.0433013, 1e-6);
    expect(r.z).to.be.closeTo(2.3094, 1e-4);
    expect(r.pValue).to.be.closeTo(0.02092, 1e-5);
    expect(r.significant).to.equal(true);
    expect(r.meetsTarget).to.equal(true);
    expect(r.formula).to.contain('two-sided p < α');
  });

  it('the same lift on small cohorts is not significant at p < 0.05', () => {
    const r = incrementalLift({ successes: 6, total: 20 }, { successes: 4, total: 20 });
    expect(r.lift).to.equal(50);
    expect(r.pValue).to.be.closeTo(0.4652, 1e-3);
    expect(r.significant).to.equal(false);
    expect(r.meetsTarget).to.equal(false);
  });

  it('a significant lift under the 30 % target does not meet it', () => {
    const r = incrementalLift({ successes: 1200, total: 5000 }, { successes: 1000, total: 5000 });
    expect(r.lift).to.equal(20);
    expect(r.significant).to.equal(true);
    expect(r.meetsTarget).to.equal(false);
    expect(incrementalLift({ successes: 1200, total: 5000 }, { successes: 1000, total: 5000 }, { targetLift: 15 }).meetsTarget).to.equal(true);
  });

  it('a control rate of 0 has no lift; identical all-or-nothing arms give z 0, p 1', () => {
    expect(incrementalLift({ successes: 5, total: 10 }, { successes: 0, total: 10 }).lift).to.equal(null);
    const r = incrementalLift({ successes: 10, total: 10 }, { successes: 10, total: 10 });
    expect([r.z, r.pValue, r.significant]).to.deep.equal([0, 1, false]);
  });

  it('rejects successes above total and fractional counts', () => {
    expect(() => incrementalLift({ successes: 11, total: 10 }, { successes: 1, total: 10 })).to.throw(InputError, 'treatment.successes');
    expect(() => incrementalLift({ successes: 1.5, total: 10 }, { successes: 1, total: 10 })).to.throw(InputError, 'whole number');
  });
});
