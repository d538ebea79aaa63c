import { expect } from '@open-wc/testing';
import { InputError, defaultDecisionThresholds, evaluateAccount, expansionPropensity, expansionSignals } from '../../src/core/index.js';

describe('expansionPropensity (seed 003 triggers)', () => {
  it('weights usage growth 40 %, feature adoption 30 %, seat growth 20 %, product fit 10 %', () => {
    expect(expansionSignals.map((s) => [s.id, s.weight, s.full])).to.deep.equal([
      ['usageGrowth', 0.4, 0.5],
      ['featureAdoption', 0.3, 0.3],
      ['seatGrowth', 0.2, 0.2],
      ['productFit', 0.1, 50],
    ]);
  });

  it('a signal at the seed’s trigger earns full points, half-way earns half', () => {
    const r = expansionPropensity({ usageGrowth: 0.5, featureAdoption: 0.15, seatGrowth: 0.1, productFit: 60 });
    // 0.4·100 + 0.3·50 + 0.2·50 + 0.1·100 = 75
    expect(r.score).to.equal(75);
    expect(r.contributions.map((c) => c.points)).to.deep.equal([100, 50, 50, 100]);
    expect(r.formula).to.contain('Σ weightᵢ · pointsᵢ / Σ weightᵢ');
  });

  it('missing signals are left out and reported; below half the weight the score is unknown', () => {
    const r = expansionPropensity({ usageGrowth: 0.25, featureAdoption: 0.3 });
    expect(r.score).to.equal(round(((0.4 * 50 + 0.3 * 100) / 0.7)));
    expect(r.missing).to.deep.equal(['seatGrowth', 'productFit']);
    expect(expansionPropensity({ seatGrowth: 0.2, productFit: 80 }).score).to.equal(null);
  });

  it('rejects bad values', () => {
    expect(() => expansionPropensity({ usageGrowth: Number.NaN })).to.throw(InputError, 'usageGrowth');
    expect(() => expansionPropensity({ productFit: 101 })).to.throw(InputError, 'productFit');
  });
});

function round(x: number) {
  return Math.round(x * 10) / 10;
}

describe('evaluateAccount (seed 003 decision rules and early warnings)', () => {
  it('defaults are the seed’s thresholds', () => {
    expect(defaultDecisionThresholds).to.deep.equal({
      churnReviewBelow: 70, retentionAdvocacyAbove: 0.5, expansionPlaybookAbove: 70, salesHandoffAbove: 80,
      usageDrop: 0.3, ticketRise: 0.5, npsFloor: 6, npsBaseline: 8, billingDisputeShare: 0.1,
    });
  });

  it('health below 70 → churn review; 70 is not below', () => {
    expect(evaluateAccount({ health: 69.9 }).actions.map((a) => a.id)).to.deep.equal(['churn-review']);
    expect(evaluateAccount({ health: 70 }).actions).to.deep.equal([]);
  });

  it('churn probability above 50 % → retention advocacy, recommended before a churn review', () => {
    const d = evaluateAccount({ health: 40, churnProbability: 0.51 });
    expect(d.actions.map((a) => a.id)).to.deep.equal(['retention-advocacy', 'churn-review']);
    expect(d.recommended).to.equal('retention-advocacy');
    expect(evaluateAccount({ churnProbability: 0.5 }).recommended).to.equal(null);
  });

  it('expansion above 70 → prioritized playbook; above 80 → hand-off to Sales as well', () => {
    expect(evaluateAccount({ expansion: 70 }).actions).to.deep.equal([]);
    expect(evaluateAccount({ expansion: 71 }).actions.map((a) => a.id)).to.deep.equal(['expansion-playbook']);
    const d = evaluateAccount({ expansion: 81 });
    expect(d.actions.map((a) => a.id)).to.deep.equal(['sales-handoff', 'expansion-playbook']);
    expect(d.actions[0].rule).to.equal('expansion propensity 81 > 80');
  });

  it('warns on a 30 % usage drop, a 50 % ticket rise, NPS below 6 from 8+, disputes above 10 % of invoice value', () => {
    const d = evaluateAccount({
      activeUsage: { previous: 100, current: 70 },
      tickets: { previous: 10, current: 15 },
      nps: { previous: 8, current: 5 },
      billing: { disputed: 1_001, invoiced: 10_000 },
    });
    expect(d.warnings.map((w) => w.id)).to.deep.equal(['usage-drop', 'ticket-rise', 'nps-drop', 'billing-dispute']);
    expect(d.warnings[0].rule).to.equal('active usage fell 30 % (warning at 30 % or more)');
    const calm = evaluateAccount({
      activeUsage: { previous: 100, current: 71 },
      tickets: { previous: 10, current: 14 },
      nps: { previous: 7, current: 5 },
      billing: { disputed: 1_000, invoiced: 10_000 },
    });
    expect(calm.warnings).to.deep.equal([]);
    expect(evaluateAccount({ nps: { previous: 9, current: 6 } }).warnings).to.deep.equal([]);
  });

  it('thresholds are configurable; unknown keys inherited from Object.prototype are not', () => {
    expect(evaluateAccount({ health: 75 }, { churnReviewBelow: 80 }).recommended).to.equal('churn-review');
    const proto = Object.prototype as Record<string, unknown>;
    proto.churnReviewBelow = 100;
    proto.health = 1;
    try {
      expect(evaluateAccount({ health: 75 }).recommended).to.equal(null);
      expect(evaluateAccount({}).actions).to.deep.equal([]);
    } finally {
      delete proto.churnReviewBelow;
      delete proto.health;
    }
  });

  it('rejects bad signals and thresholds with every path', () => {
    try {
      evaluateAccount({ health: 101, churnProbability: 50, billing: { disputed: 1, invoiced: 0 } }, { usageDrop: -1 });
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.path)).to.deep.equal(['thresholds.usageDrop', 'health', 'churnProbability', 'billing.invoiced']);
    }
  });
});
