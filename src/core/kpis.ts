import { hostArray } from './records.js';
import { round1 } from './round.js';
import { twoSidedP } from './normal.js';
import { InputError, checkNumber, checkObject, own, type InputIssue } from './inputs.js';

/**
 * Program KPIs from seed 003 ("Measurement and dashboards", table "Leading and Lagging KPIs"): each
 * function takes the figures its formula names and returns the value with the formula, the inputs and the
 * seed's target, so every number on a dashboard can be traced back.
 */

export type KpiId = 'churn-rate' | 'nrr' | 'expansion-arr' | 'advocacy-pipeline' | 'testimonials-created' | 'time-to-reference';
export type KpiType = 'leading' | 'lagging';

export interface KpiDefinition {
  id: KpiId;
  label: string;
  type: KpiType;
  /** The formula as the seed prints it. */
  seedFormula: string;
  /** The formula this function computes (differs from `seedFormula` only where noted). */
  formula: string;
  /** The target as the seed prints it, for the mature stage. */
  target: string;
  /** The target as a number in `unit`, and whether the value must be at least or below it. */
  targetValue: number;
  targetRule: 'at-least' | 'below';
  unit: '%' | 'days';
  cadence: string;
  owner: string;
}

/** The seed 003 KPI table (all but "Health Score Distribution", which the health scorer's bands cover). */
export const programKpis: readonly KpiDefinition[] = Object.freeze([
  {
    id: 'churn-rate', label: 'Churn Rate', type: 'lagging',
    seedFormula: 'Churned MRR / Starting MRR * 100', formula: 'Churned MRR / Starting MRR * 100',
    target: '<5% annual', targetValue: 5, targetRule: 'below', unit: '%', cadence: 'Monthly', owner: 'CS Director',
  },
  {
    id: 'nrr', label: 'NRR', type: 'lagging',
    seedFormula: '(Ending MRR - Churned MRR + Expanded MRR) / Starting MRR * 100',
    // The seed's "Ending MRR" already nets churn and expansion, so its formula would count both twice; the
    // standard definition, and the one the seed's own prose target (110%+) is benchmarked on, starts from Starting MRR.
    formula: '(Starting MRR - Churned MRR + Expanded MRR) / Starting MRR * 100',
    target: '110%+', targetValue: 110, targetRule: 'at-least', unit: '%', cadence: 'Quarterly', owner: 'RevOps',
  },
  {
    id: 'expansion-arr', label: 'Expansion ARR', type: 'lagging',
    seedFormula: 'New ARR from upsells / Total ARR * 100', formula: 'New ARR from upsells / Total ARR * 100',
    target: '25%', targetValue: 25, targetRule: 'at-least', unit: '%', cadence: 'Quarterly', owner: 'Account Executive',
  },
  {
    id: 'advocacy-pipeline', label: 'Advocacy-Driven Pipeline', type: 'leading',
    seedFormula: '(Value of advocacy-sourced deals / Total pipeline value) * 100',
    formula: '(Value of advocacy-sourced deals / Total pipeline value) * 100',
    target: '20%', targetValue: 20, targetRule: 'at-least', unit: '%', cadence: 'Monthly', owner: 'Program Lead',
  },
  {
    id: 'testimonials-created', label: 'Testimonials Created', type: 'leading',
    seedFormula: 'Number of validated testimonials / Total customers * 100',
    formula: 'Number of validated testimonials / Total customers * 100',
    target: '15%', targetValue: 15, targetRule: 'at-least', unit: '%', cadence: 'Quarterly', owner: 'Marketing',
  },
  {
    id: 'time-to-reference', label: 'Time-to-Reference', type: 'leading',
    seedFormula: 'Average days from onboarding to first referral',
    formula: 'Average days from onboarding to first referral',
    target: '<90 days', targetValue: 90, targetRule: 'below', unit: 'days', cadence: 'Monthly', owner: 'CSM',
  },
] as const satisfies readonly KpiDefinition[]);

export interface KpiResult {
  id: KpiId;
  label: string;
  type: KpiType;
  /** The KPI in its unit, one decimal. */
  value: number;
  unit: '%' | 'days';
  formula: string;
  /** The figures the value was computed from, by the names the formula uses. */
  inputs: Record<string, number>;
  target: string;
  meetsTarget: boolean;
}

function definition(id: KpiId): KpiDefinition {
  return programKpis.find((k) => k.id === id) as KpiDefinition;
}

/** Reads named, finite, non-negative figures; the denominator must be above zero. */
function figures<K extends string>(what: string, input: unknown, keys: readonly K[], denominator: K): Record<K, number> {
  const issues: InputIssue[] = [];
  checkObject(input, what, issues);
  const out = Object.create(null) as Record<K, number>;
  if (!issues.length) {
    for (const k of keys) {
      const v = own(input, k);
      out[k] = v === undefined
        ? (issues.push({ path: k, message: 'is required.' }), NaN)
        : checkNumber(v, k, k === denominator ? { above: 0 } : { min: 0 }, issues);
    }
  }
  if (issues.length) throw new InputError(what, issues);
  return out;
}

function result(id: KpiId, raw: number, inputs: Record<string, number>): KpiResult {
  const d = definition(id);
  const value = round1(raw);
  return {
    id, label: d.label, type: d.type, value, unit: d.unit, formula: d.formula, inputs: { ...inputs }, target: d.target,
    meetsTarget: d.targetRule === 'below' ? value < d.targetValue : value >= d.targetValue,
  };
}

/** Churn rate = Churned MRR / Starting MRR · 100 (seed 003; target < 5 % annual). */
export function churnRate(input: { churnedMrr: number; startingMrr: number }): KpiResult {
  const f = figures('churnRate', input, ['churnedMrr', 'startingMrr'], 'startingMrr');
  return result('churn-rate', (f.churnedMrr / f.startingMrr) * 100, f);
}

/**
 * Net revenue retention = (Starting MRR − Churned MRR + Expanded MRR) / Starting MRR · 100 (target 110 %+).
 * The seed prints "Ending MRR" where "Starting MRR" belongs; see `programKpis`.
 */
export function netRevenueRetention(input: { startingMrr: number; churnedMrr: number; expandedMrr: number }): KpiResult {
  const f = figures('netRevenueRetention', input, ['startingMrr', 'churnedMrr', 'expandedMrr'], 'startingMrr');
  return result('nrr', ((f.startingMrr - f.churnedMrr + f.expandedMrr) / f.startingMrr) * 100, f);
}

/** Expansion ARR share = New ARR from upsells / Total ARR · 100 (seed 003; target 25 %). */
export function expansionArrShare(input: { upsellArr: number; totalArr: number }): KpiResult {
  const f = figures('expansionArrShare', input, ['upsellArr', 'totalArr'], 'totalArr');
  return result('expansion-arr', (f.upsellArr / f.totalArr) * 100, f);
}

/** Advocacy-driven pipeline = advocacy-sourced deal value / total pipeline value · 100 (seed 003; target 20 %). */
export function advocacyPipelineShare(input: { advocacySourcedValue: number; totalPipelineValue: number }): KpiResult {
  const f = figures('advocacyPipelineShare', input, ['advocacySourcedValue', 'totalPipelineValue'], 'totalPipelineValue');
  return result('advocacy-pipeline', (f.advocacySourcedValue / f.totalPipelineValue) * 100, f);
}

/** Testimonials created = validated testimonials / total customers · 100 (seed 003; target 15 %). */
export function testimonialsCreated(input: { validatedTestimonials: number; totalCustomers: number }): KpiResult {
  const f = figures('testimonialsCreated', input, ['validatedTestimonials', 'totalCustomers'], 'totalCustomers');
  return result('testimonials-created', (f.validatedTestimonials / f.totalCustomers) * 100, f);
}

/** Time-to-reference = mean days from onboarding to first referral (seed 003; target < 90 days). */
export function timeToReference(days: readonly number[]): KpiResult {
  const issues: InputIssue[] = [];
  // One copy is checked and summed: a hole, or the array's own iterator, cannot slip past the check.
  const list = hostArray(days) as number[] | null;
  if (!list || list.length === 0) issues.push({ path: 'days', message: 'must be a non-empty array of day counts.' });
  else list.forEach((d, i) => checkNumber(d, `days[${i}]`, { min: 0 }, issues));
  if (issues.length || !list) throw new InputError('timeToReference', issues);
  let sum = 0;
  for (const d of list) sum += d;
  return result('time-to-reference', sum / list.length, { accounts: list.length, totalDays: sum });
}

/** One arm of an A/B test: how many accounts converted (e.g. gave a reference) out of how many. */
export interface Cohort {
  successes: number;
  total: number;
}

export interface LiftOptions {
  /** Significance level; default 0.05 (seed 003: "p<0.05"). */
  alpha?: number;
  /** Lift in percent a playbook must reach to be adopted; default 30 (seed 003: "Target 30%+ uplift"). */
  targetLift?: number;
}

export interface LiftResult {
  /** Conversion rates, in percent, one decimal. */
  treatmentRate: number;
  controlRate: number;
  /** (treatment − control) / control · 100, one decimal; null when the control rate is 0. */
  lift: number | null;
  /** Pooled standard error of the difference in proportions (as a proportion). */
  standardError: number;
  /** z = (p_treatment − p_control) / standard error; 0 when both arms are all-or-nothing alike. */
  z: number;
  /** Two-sided p-value of z. */
  pValue: number;
  significant: boolean;
  /** Significant, positive and at least `targetLift`. */
  meetsTarget: boolean;
  alpha: number;
  targetLift: number;
  formula: string;
}

export const LIFT_FORMULA =
  'lift = (p_treatment − p_control) / p_control × 100; z = (p_treatment − p_control) / √(p̂(1 − p̂)(1/n_treatment + 1/n_control)), ' +
  'p̂ = (x_treatment + x_control) / (n_treatment + n_control); significant when two-sided p < α';

function cohort(input: unknown, path: string, issues: InputIssue[]): Cohort {
  checkObject(input, path, issues);
  if (input === undefined) issues.push({ path, message: 'is required.' });
  const total = checkNumber(own(input, 'total'), `${path}.total`, { integer: true, min: 1 }, issues);
  const successes = checkNumber(own(input, 'successes'), `${path}.successes`, { integer: true, min: 0 }, issues);
  if (successes > total) issues.push({ path: `${path}.successes`, message: `cannot exceed total (${total}), got ${successes}.` });
  return { successes, total };
}

/**
 * Incremental lift of a playbook and its significance, as seed 003's A/B method describes: lift =
 * (treatment − control) / control · 100, tested with a two-proportion z-test (pooled standard error), p < 0.05.
 */
export function incrementalLift(treatment: Cohort, control: Cohort, options: LiftOptions = {}): LiftResult {
  const issues: InputIssue[] = [];
  const t = cohort(treatment, 'treatment', issues);
  const c = cohort(control, 'control', issues);
  checkObject(options, 'options', issues);
  const a = own(options, 'alpha');
  const alpha = a === undefined ? 0.05 : checkNumber(a, 'options.alpha', { above: 0, max: 0.5 }, issues);
  const tl = own(options, 'targetLift');
  const targetLift = tl === undefined ? 30 : checkNumber(tl, 'options.targetLift', {}, issues);
  if (issues.length) throw new InputError('incrementalLift', issues);

  const pT = t.successes / t.total;
  const pC = c.successes / c.total;
  const pooled = (t.successes + c.successes) / (t.total + c.total);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / t.total + 1 / c.total));
  const z = standardError === 0 ? 0 : (pT - pC) / standardError;
  const pValue = twoSidedP(z);
  const lift = pC === 0 ? null : round1(((pT - pC) / pC) * 100);
  const significant = pValue < alpha;
  return {
    treatmentRate: round1(pT * 100),
    controlRate: round1(pC * 100),
    lift,
    standardError,
    z,
    pValue,
    significant,
    meetsTarget: significant && pT > pC && lift !== null && lift >= targetLift,
    alpha,
    targetLift,
    formula: LIFT_FORMULA,
  };
}
