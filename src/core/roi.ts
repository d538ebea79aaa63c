import { hostArray } from './records.js';
import { round1 } from './round.js';
import { InputError, checkNumber, checkObject, own, readNumber, type InputIssue } from './inputs.js';

/**
 * The three-year ROI projection of seed 003 ("An estimated ROI model"), computed from its assumptions.
 * Money is in the host's currency (the seed uses US dollars); rates are fractions (0.1 = 10 %).
 */
export interface RoiInputs {
  /** Customers in the base. Seed 003: 1,000. */
  customers: number;
  /** Average ARR per customer. Seed 003: 10,000. */
  arrPerCustomer: number;
  /** Yearly churn without the program. Seed 003: 0.10. */
  baselineChurn: number;
  /** Yearly churn among accounts the program reaches. Seed 003: 0.07. */
  programChurn: number;
  /** ARR uplift of an expanded account. Seed 003: 0.20. */
  expansionUplift: number;
  /** Share of accounts that expand. Seed 003: 0.30. */
  expansionShare: number;
  /** Share of accounts the program reaches. Seed 003: 0.80 (base case). */
  adoption: number;
  /** Year 0 (setup) investment. Seed 003: 500,000. */
  setupInvestment: number;
  /**
   * Investment in years 1, 2, 3…; the last figure repeats for longer horizons. Seed 003's table: 500,000,
   * 600,000, 750,000 ("scaling to $750,000 annually").
   */
  annualInvestment: readonly number[];
  /** Projection horizon in years, 1–10. Seed 003: 3. */
  years: number;
}

/** What `projectRoi` accepts: any subset of the inputs; the yearly investment may be one number for every year. */
export type RoiInputOverrides = Partial<Omit<RoiInputs, 'annualInvestment'>> & { annualInvestment?: number | readonly number[] };

/** Seed 003's assumptions, base case. */
export const defaultRoiInputs: Readonly<RoiInputs> = Object.freeze({
  customers: 1000,
  arrPerCustomer: 10_000,
  baselineChurn: 0.1,
  programChurn: 0.07,
  expansionUplift: 0.2,
  expansionShare: 0.3,
  adoption: 0.8,
  setupInvestment: 500_000,
  annualInvestment: Object.freeze([500_000, 600_000, 750_000]),
  years: 3,
});

/** Seed 003's sensitivity cases: adoption 60 % (low), 80 % (base), 100 % (high). */
export const roiAdoptionScenarios = Object.freeze({ low: 0.6, base: 0.8, high: 1 });
export type RoiScenario = keyof typeof roiAdoptionScenarios;

export interface RoiYear {
  /** 0 is the setup year. */
  year: number;
  investment: number;
  churnRevenue: number;
  expansionRevenue: number;
  totalRevenue: number;
  cumulativeInvestment: number;
  cumulativeRevenue: number;
  /** (cumulative revenue − cumulative investment) / cumulative investment · 100, one decimal; null without investment. */
  cumulativeRoi: number | null;
}

export interface RoiProjection {
  /** Every input the figures came from, defaults filled in. */
  inputs: RoiInputs;
  /** Year 0 (setup) to `years`. Money rounded to whole units; totals are summed before rounding. */
  rows: RoiYear[];
  total: { investment: number; churnRevenue: number; expansionRevenue: number; totalRevenue: number; roi: number | null };
  /** First month (1-based, counted from the end of setup) in which cumulative revenue covers cumulative investment; null if not within the horizon. */
  breakevenMonth: number | null;
  /** The formulas, one line each, in the order they are applied. */
  formula: readonly string[];
}

export const ROI_FORMULA: readonly string[] = Object.freeze([
  'saved customers per year = customers × (baseline churn − program churn) × adoption',
  'churn-reduction revenue in year y = y × saved customers per year × ARR per customer (customers kept earlier keep paying)',
  'expanded ARR per year = customers × expansion share × adoption × ARR per customer × expansion uplift',
  'expansion revenue in year y = y × expanded ARR per year (expanded accounts keep their larger ARR)',
  'cumulative ROI = (cumulative revenue − cumulative investment) / cumulative investment × 100',
  'breakeven month: setup is spent before month 1; each year’s investment and revenue accrue evenly over its 12 months',
]);

const RATE = { min: 0, max: 1 };
const MONEY = { min: 0 };

function readInputs(input: unknown): RoiInputs {
  const issues: InputIssue[] = [];
  checkObject(input, 'inputs', issues);
  const src = issues.length ? undefined : input;
  const d = defaultRoiInputs;
  const r: RoiInputs = {
    customers: readNumber(src, 'customers', d.customers, { min: 0, integer: true }, issues),
    arrPerCustomer: readNumber(src, 'arrPerCustomer', d.arrPerCustomer, MONEY, issues),
    baselineChurn: readNumber(src, 'baselineChurn', d.baselineChurn, RATE, issues),
    programChurn: readNumber(src, 'programChurn', d.programChurn, RATE, issues),
    expansionUplift: readNumber(src, 'expansionUplift', d.expansionUplift, { min: 0, max: 10 }, issues),
    expansionShare: readNumber(src, 'expansionShare', d.expansionShare, RATE, issues),
    adoption: readNumber(src, 'adoption', d.adoption, RATE, issues),
    setupInvestment: readNumber(src, 'setupInvestment', d.setupInvestment, MONEY, issues),
    annualInvestment: d.annualInvestment,
    years: readNumber(src, 'years', d.years, { min: 1, max: 10, integer: true }, issues),
  };
  const ai = own(src, 'annualInvestment');
  if (typeof ai === 'number') r.annualInvestment = [checkNumber(ai, 'annualInvestment', MONEY, issues)];
  else if (ai !== undefined) {
    const list = hostArray(ai);
    if (!list || list.length === 0 || list.length > 10) {
      issues.push({ path: 'annualInvestment', message: 'must be a number or a list of 1 to 10 yearly figures.' });
    } else {
      r.annualInvestment = list.map((v, i) => checkNumber(v, `annualInvestment[${i}]`, MONEY, issues));
    }
  }
  if (issues.length) throw new InputError('ROI inputs', issues);
  r.annualInvestment = Object.freeze([...r.annualInvestment]);
  return r;
}

const whole = (x: number) => {
  const r = Math.round(x);
  return r === 0 ? 0 : r;
};
const roiPercent = (revenue: number, investment: number) => (investment > 0 ? round1(((revenue - investment) / investment) * 100) : null);

/**
 * Projects the program's ROI year by year from seed 003's model. Missing inputs take the seed's base case
 * (`defaultRoiInputs`); bad ones throw an `InputError` listing every issue.
 */
export function projectRoi(input: RoiInputOverrides = {}): RoiProjection {
  const p = readInputs(input);
  const savedPerYear = p.customers * (p.baselineChurn - p.programChurn) * p.adoption;
  const expandedArrPerYear = p.customers * p.expansionShare * p.adoption * p.arrPerCustomer * p.expansionUplift;
  const investmentIn = (y: number) => p.annualInvestment[Math.min(y, p.annualInvestment.length) - 1];

  const rows: RoiYear[] = [];
  let cumInv = p.setupInvestment;
  let cumRev = 0;
  rows.push({
    year: 0, investment: whole(p.setupInvestment), churnRevenue: 0, expansionRevenue: 0, totalRevenue: 0,
    cumulativeInvestment: whole(cumInv), cumulativeRevenue: 0, cumulativeRoi: roiPercent(0, cumInv),
  });
  let totChurn = 0;
  let totExp = 0;
  let breakevenMonth: number | null = null;
  for (let y = 1; y <= p.years; y++) {
    const inv = investmentIn(y);
    const churn = y * savedPerYear * p.arrPerCustomer;
    const exp = y * expandedArrPerYear;
    const rev = churn + exp;
    if (breakevenMonth === null) {
      // Net position is linear within the year: solve cumRev − cumInv + m/12 · (rev − inv) ≥ 0 for the month m.
      const gap = cumInv - cumRev;
      const perMonth = (rev - inv) / 12;
      if (perMonth > 0) {
        const m = Math.ceil(gap / perMonth - 1e-9);
        if (m <= 12) breakevenMonth = (y - 1) * 12 + Math.max(1, m);
      }
    }
    cumInv += inv;
    cumRev += rev;
    totChurn += churn;
    totExp += exp;
    rows.push({
      year: y, investment: whole(inv), churnRevenue: whole(churn), expansionRevenue: whole(exp), totalRevenue: whole(rev),
      cumulativeInvestment: whole(cumInv), cumulativeRevenue: whole(cumRev), cumulativeRoi: roiPercent(cumRev, cumInv),
    });
  }
  return {
    inputs: p,
    rows,
    total: {
      investment: whole(cumInv), churnRevenue: whole(totChurn), expansionRevenue: whole(totExp),
      totalRevenue: whole(cumRev), roi: roiPercent(cumRev, cumInv),
    },
    breakevenMonth,
    formula: ROI_FORMULA,
  };
}

/** The projection at seed 003's low, base and high adoption (60 / 80 / 100 %), other inputs as given. */
export function projectRoiScenarios(input: RoiInputOverrides = {}): Record<RoiScenario, RoiProjection> {
  const base = readInputs(input);
  return {
    low: projectRoi({ ...base, adoption: roiAdoptionScenarios.low }),
    base: projectRoi({ ...base, adoption: roiAdoptionScenarios.base }),
    high: projectRoi({ ...base, adoption: roiAdoptionScenarios.high }),
  };
}
