import { expect } from '@open-wc/testing';
import { InputError, ROI_FORMULA, defaultRoiInputs, projectRoi, projectRoiScenarios } from '../../src/core/index.js';

/** Seed 003's printed table, in $K: investment, churn-reduction revenue, expansion revenue, total, cumulative ROI %. */
const seedTable = [
  { year: 0, investment: 500, churn: 0, expansion: 0, total: 0, roi: 0 },
  { year: 1, investment: 500, churn: 900, expansion: 1200, total: 2100, roi: 120 },
  { year: 2, investment: 600, churn: 1200, expansion: 1800, total: 3000, roi: 250 },
  { year: 3, investment: 750, churn: 1500, expansion: 2400, total: 3900, roi: 380 },
];
const seedTotal = { investment: 2350, churn: 3600, expansion: 5400, total: 8999, roi: 383 };

describe('projectRoi (seed 003 three-year model)', () => {
  it('defaults to the seed’s assumptions, base case', () => {
    expect(projectRoi().inputs).to.deep.equal({ ...defaultRoiInputs, annualInvestment: [500_000, 600_000, 750_000] });
    expect(defaultRoiInputs).to.include({ customers: 1000, arrPerCustomer: 10_000, baselineChurn: 0.1, programChurn: 0.07, expansionUplift: 0.2, expansionShare: 0.3, adoption: 0.8, setupInvestment: 500_000, years: 3 });
  });

  it('computes the yearly rows from the assumptions', () => {
    const p = projectRoi();
    // 1,000 × (10 % − 7 %) × 80 % = 24 customers kept a year, × $10K; kept customers keep paying.
    // 1,000 × 30 % × 80 % × $10K × 20 % = $480K expanded ARR a year; expanded accounts keep it.
    expect(p.rows.map((r) => [r.year, r.investment, r.churnRevenue, r.expansionRevenue, r.totalRevenue, r.cumulativeRoi])).to.deep.equal([
      [0, 500_000, 0, 0, 0, -100],
      [1, 500_000, 240_000, 480_000, 720_000, -28],
      [2, 600_000, 480_000, 960_000, 1_440_000, 35],
      [3, 750_000, 720_000, 1_440_000, 2_160_000, 83.8],
    ]);
    expect(p.total).to.deep.equal({ investment: 2_350_000, churnRevenue: 1_440_000, expansionRevenue: 2_880_000, totalRevenue: 4_320_000, roi: 83.8 });
    expect(p.rows[3].cumulativeInvestment).to.equal(2_350_000);
    expect(p.rows[3].cumulativeRevenue).to.equal(4_320_000);
  });

  it('breakeven month: month 16 in the base case (the seed says 18)', () => {
    // End of year 1: −$280K. Year 2 nets ($1,440K − $600K) / 12 = $70K a month: 4 months → month 16.
    expect(projectRoi().breakevenMonth).to.equal(16);
    expect(projectRoi({ adoption: 0.6 }).breakevenMonth).to.equal(24);
    expect(projectRoi({ adoption: 1 }).breakevenMonth).to.equal(13);
    expect(projectRoi({ adoption: 0.1 }).breakevenMonth).to.equal(null);
  });

  it('carries the formula it applied', () => {
    expect(projectRoi().formula).to.equal(ROI_FORMULA);
    expect(ROI_FORMULA.join('\n')).to.contain('(cumulative revenue − cumulative investment) / cumulative investment × 100');
  });

  it('the investment’s last yearly figure repeats for longer horizons; a single number is every year’s', () => {
    expect(projectRoi({ years: 5 }).rows.map((r) => r.investment)).to.deep.equal([500_000, 500_000, 600_000, 750_000, 750_000, 750_000]);
    expect(projectRoi({ annualInvestment: 100_000 }).rows.map((r) => r.investment)).to.deep.equal([500_000, 100_000, 100_000, 100_000]);
  });

  it('low / base / high adoption (60 / 80 / 100 %)', () => {
    const s = projectRoiScenarios();
    expect([s.low.total.roi, s.base.total.roi, s.high.total.roi]).to.deep.equal([37.9, 83.8, 129.8]);
    expect([s.low.inputs.adoption, s.base.inputs.adoption, s.high.inputs.adoption]).to.deep.equal([0.6, 0.8, 1]);
    expect(projectRoiScenarios({ customers: 2000 }).high.inputs.customers).to.equal(2000);
  });

  it('rejects bad inputs with every issue, never a NaN figure', () => {
    let error: unknown;
    try {
      projectRoi({ customers: -1, adoption: 1.5, baselineChurn: Number.NaN, annualInvestment: [1, 'x' as unknown as number], years: 2.5 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.path)).to.deep.equal(['customers', 'baselineChurn', 'adoption', 'years', 'annualInvestment[1]']);
    expect(() => projectRoi('<script>' as unknown as object)).to.throw(InputError, 'inputs: must be an object');
  });

  it('ignores inputs inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.customers = 5;
    proto.adoption = 0;
    try {
      expect(projectRoi({}).total.totalRevenue).to.equal(4_320_000);
    } finally {
      delete proto.customers;
      delete proto.adoption;
    }
  });
});

describe('seed 003’s printed ROI table, against its own assumptions and arithmetic', () => {
  it('its rows sum to 9,000, not the 8,999 it prints as the total', () => {
    const sum = seedTable.reduce((s, r) => s + r.total, 0);
    expect(sum).to.equal(9000);
    expect(seedTotal.total).to.equal(8999);
    expect(seedTable.reduce((s, r) => s + r.churn, 0)).to.equal(seedTotal.churn);
    expect(seedTable.reduce((s, r) => s + r.expansion, 0)).to.equal(seedTotal.expansion);
    expect(seedTable.reduce((s, r) => s + r.investment, 0)).to.equal(seedTotal.investment);
  });

  it('its total "ROI" of 383 % is revenue / investment (9,000 / 2,350), not (revenue − investment) / investment', () => {
    expect(Math.round((9000 / 2350) * 100)).to.equal(383);
    expect(Math.round(((9000 - 2350) / 2350) * 100)).to.equal(283);
    // Its yearly ROI column follows neither reading: year 1 would be 210 % or 110 %, it prints 120 %.
    expect([Math.round((2100 / 1000) * 100), Math.round(((2100 - 1000) / 1000) * 100)]).to.not.include(seedTable[1].roi);
  });

  it('its revenue rows do not follow from its assumptions: we compute $240K + $480K in year 1, it prints $900K + $1,200K', () => {
    const y1 = projectRoi().rows[1];
    expect([y1.churnRevenue / 1000, y1.expansionRevenue / 1000]).to.deep.equal([240, 480]);
    expect([seedTable[1].churn, seedTable[1].expansion]).to.deep.equal([900, 1200]);
    // Not even at 100 % adoption: $300K + $600K.
    const high = projectRoi({ adoption: 1 }).rows[1];
    expect([high.churnRevenue, high.expansionRevenue]).to.deep.equal([300_000, 600_000]);
  });

  it('its investment column is the one the model uses: 500 setup, then 500, 600, 750', () => {
    expect(projectRoi().rows.map((r) => r.investment / 1000)).to.deep.equal(seedTable.map((r) => r.investment));
  });

  it('its sensitivity figures (low 15 %, high 40 %) and "3-5x" are not reproduced by its model', () => {
    const s = projectRoiScenarios();
    expect(s.low.total.roi).to.not.equal(15);
    expect(s.high.total.roi).to.not.equal(40);
  });
});
