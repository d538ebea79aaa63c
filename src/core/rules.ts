import { round1 } from './round.js';
import { InputError, checkNumber, checkObject, own, readNumber, type InputIssue } from './inputs.js';

/**
 * Decision rules and early warnings from seed 003 ("Framework overview", "Churn prevention techniques",
 * "Expansion revenue framework"). Every threshold is configurable; the defaults are the seed's.
 */

export interface DecisionThresholds {
  /** Health below this prompts a churn review. Seed 003: 70. */
  churnReviewBelow: number;
  /** Churn probability (0–1) above this triggers retention advocacy. Seed 003: 0.5. */
  retentionAdvocacyAbove: number;
  /** Expansion propensity above this qualifies for a prioritized playbook. Seed 003: 70. */
  expansionPlaybookAbove: number;
  /** Expansion propensity above this is handed off to Sales (within 48 hours). Seed 003: 80. */
  salesHandoffAbove: number;
  /** Fractional decline in active usage that warns. Seed 003: 0.30. */
  usageDrop: number;
  /** Fractional rise in support tickets that warns. Seed 003: 0.50. */
  ticketRise: number;
  /** NPS below this warns… Seed 003: 6. */
  npsFloor: number;
  /** …when the previous NPS was at least this. Seed 003: 8. */
  npsBaseline: number;
  /** Disputed share of invoice value above this warns. Seed 003: 0.10. */
  billingDisputeShare: number;
}

export const defaultDecisionThresholds: Readonly<DecisionThresholds> = Object.freeze({
  churnReviewBelow: 70,
  retentionAdvocacyAbove: 0.5,
  expansionPlaybookAbove: 70,
  salesHandoffAbove: 80,
  usageDrop: 0.3,
  ticketRise: 0.5,
  npsFloor: 6,
  npsBaseline: 8,
  billingDisputeShare: 0.1,
});

export type ExpansionSignalId = 'usageGrowth' | 'featureAdoption' | 'seatGrowth' | 'productFit';

export interface ExpansionSignal {
  id: ExpansionSignalId;
  label: string;
  /** Seed 003: usage growth 40 %, feature adoption 30 %, seat growth 20 %, product fit 10 %. */
  weight: number;
  /** Raw value that earns full points (seed 003's trigger threshold); points = clamp(raw / full, 0, 1) · 100. */
  full: number;
  unit: string;
}

/**
 * Seed 003's expansion triggers and weights. "Full points at the seed's trigger" is ours: the seed gives
 * the thresholds (MAU +50 % over 90 days, 30 % premium-feature adoption, seats +20 %, NPS above 50) and the
 * weights, not how a value below a trigger scores, so points rise linearly from 0 to the trigger.
 */
export const expansionSignals: readonly ExpansionSignal[] = Object.freeze([
  { id: 'usageGrowth', label: 'Usage growth (MAU, 90 days)', weight: 0.4, full: 0.5, unit: 'fraction' },
  { id: 'featureAdoption', label: 'Premium feature adoption', weight: 0.3, full: 0.3, unit: 'fraction of users' },
  { id: 'seatGrowth', label: 'Seat growth', weight: 0.2, full: 0.2, unit: 'fraction' },
  { id: 'productFit', label: 'Product fit (NPS)', weight: 0.1, full: 50, unit: 'NPS' },
] as const satisfies readonly ExpansionSignal[]);

export type ExpansionSignals = Partial<Record<ExpansionSignalId, number | null>>;

export interface ExpansionResult {
  /** 0–100, one decimal; null when less than half the weight is present. */
  score: number | null;
  contributions: { id: ExpansionSignalId; weight: number; raw: number; points: number }[];
  missing: ExpansionSignalId[];
  formula: string;
}

export const EXPANSION_FORMULA =
  'propensity = Σ weightᵢ · pointsᵢ / Σ weightᵢ over present signals; pointsᵢ = clamp(rawᵢ / triggerᵢ, 0, 1) × 100';

/** Expansion propensity 0–100 from seed 003's weighted triggers. */
export function expansionPropensity(signals: ExpansionSignals): ExpansionResult {
  const issues: InputIssue[] = [];
  checkObject(signals, 'signals', issues);
  if (issues.length) throw new InputError('expansionPropensity', issues);
  const contributions: ExpansionResult['contributions'] = [];
  const missing: ExpansionSignalId[] = [];
  let sumW = 0;
  let sum = 0;
  let totalW = 0;
  for (const s of expansionSignals) {
    totalW += s.weight;
    const raw = own(signals, s.id);
    if (raw === undefined || raw === null) {
      missing.push(s.id);
      continue;
    }
    const v = checkNumber(raw, s.id, s.id === 'productFit' ? { min: -100, max: 100 } : {}, issues);
    if (Number.isNaN(v)) continue;
    const points = Math.min(1, Math.max(0, v / s.full)) * 100;
    contributions.push({ id: s.id, weight: s.weight, raw: v, points: round1(points) });
    sumW += s.weight;
    sum += s.weight * points;
  }
  if (issues.length) throw new InputError('expansionPropensity', issues);
  return {
    score: sumW >= totalW / 2 ? round1(sum / sumW) : null,
    contributions,
    missing,
    formula: EXPANSION_FORMULA,
  };
}

export type WarningId = 'usage-drop' | 'ticket-rise' | 'nps-drop' | 'billing-dispute';
export type ActionId = 'retention-advocacy' | 'churn-review' | 'sales-handoff' | 'expansion-playbook';

export interface EarlyWarning {
  id: WarningId;
  /** The measured change or share (fraction), or the current NPS for `nps-drop`. */
  value: number;
  threshold: number;
  /** The rule, with the figures filled in. */
  rule: string;
}

export interface DecisionAction {
  id: ActionId;
  rule: string;
}

/** Two consecutive periods of one measure (e.g. two billing cycles of active users). */
export interface Period {
  previous: number;
  current: number;
}

export interface AccountSignals {
  /** Health score 0–100 (e.g. `scoreHealth(...).score`). */
  health?: number | null;
  /** Churn probability 0–1 from the host's churn model. */
  churnProbability?: number | null;
  /** Expansion propensity 0–100 (e.g. `expansionPropensity(...).score`). */
  expansion?: number | null;
  /** Active users, previous vs current period (seed: over two billing cycles). */
  activeUsage?: Period | null;
  /** Support tickets, previous vs current period (seed: within a quarter). */
  tickets?: Period | null;
  /** NPS of the account's respondents (0–10), previous vs current survey. */
  nps?: Period | null;
  /** Disputed and total invoice value in the same period. */
  billing?: { disputed: number; invoiced: number } | null;
}

export interface Decision {
  warnings: EarlyWarning[];
  /** Every action whose rule fires, most urgent first. */
  actions: DecisionAction[];
  /** The most urgent action, or null. Order (ours): retention advocacy, churn review, sales hand-off, playbook. */
  recommended: ActionId | null;
  thresholds: DecisionThresholds;
}

const ACTION_ORDER: readonly ActionId[] = ['retention-advocacy', 'churn-review', 'sales-handoff', 'expansion-playbook'];

function readThresholds(input: unknown, issues: InputIssue[]): DecisionThresholds {
  checkObject(input, 'thresholds', issues);
  const d = defaultDecisionThresholds;
  const score = { min: 0, max: 100 };
  const rate = { min: 0, max: 1 };
  const t = {
    churnReviewBelow: readNumber(input, 'churnReviewBelow', d.churnReviewBelow, score, issues, 'thresholds.'),
    retentionAdvocacyAbove: readNumber(input, 'retentionAdvocacyAbove', d.retentionAdvocacyAbove, rate, issues, 'thresholds.'),
    expansionPlaybookAbove: readNumber(input, 'expansionPlaybookAbove', d.expansionPlaybookAbove, score, issues, 'thresholds.'),
    salesHandoffAbove: readNumber(input, 'salesHandoffAbove', d.salesHandoffAbove, score, issues, 'thresholds.'),
    usageDrop: readNumber(input, 'usageDrop', d.usageDrop, rate, issues, 'thresholds.'),
    ticketRise: readNumber(input, 'ticketRise', d.ticketRise, { min: 0 }, issues, 'thresholds.'),
    npsFloor: readNumber(input, 'npsFloor', d.npsFloor, { min: 0, max: 10 }, issues, 'thresholds.'),
    npsBaseline: readNumber(input, 'npsBaseline', d.npsBaseline, { min: 0, max: 10 }, issues, 'thresholds.'),
    billingDisputeShare: readNumber(input, 'billingDisputeShare', d.billingDisputeShare, rate, issues, 'thresholds.'),
  };
  return t;
}

function optional(input: unknown, key: string, rule: { min: number; max: number }, issues: InputIssue[]): number | null {
  const v = own(input, key);
  return v === undefined || v === null ? null : checkNumber(v, key, rule, issues);
}

function period(input: unknown, key: string, rule: { min: number; max?: number }, issues: InputIssue[]): Period | null {
  const v = own(input, key);
  if (v === undefined || v === null) return null;
  checkObject(v, key, issues);
  return {
    previous: checkNumber(own(v, 'previous'), `${key}.previous`, rule, issues),
    current: checkNumber(own(v, 'current'), `${key}.current`, rule, issues),
  };
}

/** Ratios of decimal inputs carry binary noise (1 − 0.7 is 0.30000000000000004 or 0.29999…); a threshold met on paper is met. */
const EPS = 1e-9;
const pct = (x: number) => `${round1(x * 100)} %`;

/**
 * Applies seed 003's decision rules and early-warning signals to one account. Signals the host does not
 * have are left out; they neither fire nor block the others. Bad values throw an `InputError`.
 */
export function evaluateAccount(signals: AccountSignals, thresholds: Partial<DecisionThresholds> = {}): Decision {
  const issues: InputIssue[] = [];
  checkObject(signals, 'signals', issues);
  const t = readThresholds(thresholds, issues);
  const health = optional(signals, 'health', { min: 0, max: 100 }, issues);
  const churn = optional(signals, 'churnProbability', { min: 0, max: 1 }, issues);
  const expansion = optional(signals, 'expansion', { min: 0, max: 100 }, issues);
  const usage = period(signals, 'activeUsage', { min: 0 }, issues);
  const tickets = period(signals, 'tickets', { min: 0 }, issues);
  const nps = period(signals, 'nps', { min: 0, max: 10 }, issues);
  const b = own(signals, 'billing');
  let billing: { disputed: number; invoiced: number } | null = null;
  if (b !== undefined && b !== null) {
    checkObject(b, 'billing', issues);
    billing = {
      disputed: checkNumber(own(b, 'disputed'), 'billing.disputed', { min: 0 }, issues),
      invoiced: checkNumber(own(b, 'invoiced'), 'billing.invoiced', { above: 0 }, issues),
    };
  }
  if (issues.length) throw new InputError('evaluateAccount', issues);

  const warnings: EarlyWarning[] = [];
  if (usage && usage.previous > 0) {
    const drop = (usage.previous - usage.current) / usage.previous;
    if (drop >= t.usageDrop - EPS) {
      warnings.push({ id: 'usage-drop', value: drop, threshold: t.usageDrop, rule: `active usage fell ${pct(drop)} (warning at ${pct(t.usageDrop)} or more)` });
    }
  }
  // A rise from zero tickets has no ratio; it is left to the host's own alerting.
  if (tickets && tickets.previous > 0) {
    const rise = (tickets.current - tickets.previous) / tickets.previous;
    if (rise >= t.ticketRise - EPS) {
      warnings.push({ id: 'ticket-rise', value: rise, threshold: t.ticketRise, rule: `support tickets rose ${pct(rise)} (warning at ${pct(t.ticketRise)} or more)` });
    }
  }
  if (nps && nps.previous >= t.npsBaseline && nps.current < t.npsFloor) {
    warnings.push({ id: 'nps-drop', value: nps.current, threshold: t.npsFloor, rule: `NPS fell from ${nps.previous} to ${nps.current} (below ${t.npsFloor} from ${t.npsBaseline}+)` });
  }
  if (billing) {
    const share = billing.disputed / billing.invoiced;
    if (share > t.billingDisputeShare) {
      warnings.push({ id: 'billing-dispute', value: share, threshold: t.billingDisputeShare, rule: `${pct(share)} of invoice value disputed (above ${pct(t.billingDisputeShare)})` });
    }
  }

  const fired = new Map<ActionId, string>();
  if (churn !== null && churn > t.retentionAdvocacyAbove) fired.set('retention-advocacy', `churn probability ${pct(churn)} > ${pct(t.retentionAdvocacyAbove)}`);
  if (health !== null && health < t.churnReviewBelow) fired.set('churn-review', `health ${health} < ${t.churnReviewBelow}`);
  if (expansion !== null && expansion > t.salesHandoffAbove) fired.set('sales-handoff', `expansion propensity ${expansion} > ${t.salesHandoffAbove}`);
  if (expansion !== null && expansion > t.expansionPlaybookAbove) fired.set('expansion-playbook', `expansion propensity ${expansion} > ${t.expansionPlaybookAbove}`);
  const actions = ACTION_ORDER.filter((id) => fired.has(id)).map((id) => ({ id, rule: fired.get(id) as string }));
  return { warnings, actions, recommended: actions.length ? actions[0].id : null, thresholds: t };
}
