import { hostArray } from './records.js';
import { round1 } from './round.js';
import { InputError, checkNumber, checkObject, hasOwn, own, type InputIssue, type NumberRule } from './inputs.js';

/**
 * The customer advocate database of seed 004 ("2. Build customer advocate database", "4. Reference program",
 * "7. Awards + recognition"): candidacy, status, the reference cap, the 12-month rule after a no, fatigue and
 * champion tiers, all computed from one history per customer (the seed's `advocacy_history`: each ask +
 * response, plus what the customer did).
 */

/** What happened: an ask, the answer to it, or an advocacy action. */
export type AdvocacyEventType =
  | 'ask'
  | 'yes'
  | 'no'
  | 'case-study'
  | 'reference-call'
  | 'speaking'
  | 'social-share'
  | 'review';

export type AdvocacyAction = 'case-study' | 'reference-call' | 'speaking' | 'social-share' | 'review';

export interface AdvocacyEvent {
  /** Epoch milliseconds. */
  at: number;
  type: AdvocacyEventType;
}

// Sets, not Array.prototype.includes, which a host page may have replaced.
const EVENT_TYPES: ReadonlySet<string> = new Set(['ask', 'yes', 'no', 'case-study', 'reference-call', 'speaking', 'social-share', 'review']);
const ACTIONS: readonly AdvocacyAction[] = ['case-study', 'reference-call', 'speaking', 'social-share', 'review'];
const ACTION_SET: ReadonlySet<string> = new Set(ACTIONS);
const DAY = 86_400_000;

function isAction(t: string): t is AdvocacyAction {
  return ACTION_SET.has(t);
}

/** A history from a CRM or storage, checked; events come back oldest first. Junk throws an `InputError`. */
function readHistory(what: string, history: unknown, now: unknown, issues: InputIssue[]): AdvocacyEvent[] {
  checkNumber(now, 'now', {}, issues);
  const list = hostArray(history);
  if (!list) {
    issues.push({ path: 'history', message: 'must be an array of { at, type } events.' });
    return [];
  }
  const out: AdvocacyEvent[] = [];
  list.forEach((e, i) => {
    const at = checkNumber(own(e, 'at'), `history[${i}].at`, {}, issues);
    const type = own(e, 'type');
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
      issues.push({ path: `history[${i}].type`, message: `must be one of ${[...EVENT_TYPES].join(', ')}.` });
    } else if (!Number.isNaN(at)) out.push({ at, type: type as AdvocacyEventType });
  });
  if (issues.length) throw new InputError(what, issues);
  return out.sort((a, b) => a.at - b.at);
}

/** Same wall-clock time `months` calendar months later (UTC), clamped to the month's last day. */
function addMonthsUtc(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(),
  );
}

function quarterStartUtc(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3), 1);
}

// ── Candidacy ────────────────────────────────────────────────────────────────────────────────────────────

export type CandidacySignalId = 'promoter' | 'tenure' | 'multipleUsers' | 'referrals' | 'speaking' | 'publicReviews' | 'featured';

/** What the host knows about a customer; leave out what it does not know. */
export interface AdvocateProfile {
  /** Latest NPS answer, 0–10. */
  npsScore?: number | null;
  tenureMonths?: number | null;
  activeUsers?: number | null;
  /** Word-of-mouth referrals made. */
  referrals?: number | null;
  /** Speaking engagements volunteered. */
  speakingEngagements?: number | null;
  /** Public reviews (G2, Capterra). */
  publicReviews?: number | null;
  featuredInCaseStudy?: boolean | null;
}

export interface CandidacyOptions {
  /** Signals that make a candidate. Ours: 2 (the seed lists signals, not how many are needed). */
  minSignals?: number;
}

export interface Candidacy {
  candidate: boolean;
  /** Signals present, in seed order. */
  signals: CandidacySignalId[];
  /** Signals the profile says nothing about. */
  unknown: CandidacySignalId[];
  /** A detractor (NPS 0–6) is never a candidate, whatever else holds (ours). */
  detractor: boolean;
  rule: string;
}

/**
 * Seed 004's advocate signals: promoter (NPS 9–10), tenure 1+ year, champion behaviour (multiple users,
 * i.e. 2+), referrals, speaking, public reviews, featured in a case study (each 1+).
 */
export function advocateCandidacy(profile: AdvocateProfile, options: CandidacyOptions = {}): Candidacy {
  const issues: InputIssue[] = [];
  checkObject(profile, 'profile', issues);
  checkObject(options, 'options', issues);
  const m = own(options, 'minSignals');
  const minSignals = m === undefined ? 2 : checkNumber(m, 'options.minSignals', { min: 1, max: 7, integer: true }, issues);
  const count = (key: string, rule: NumberRule = { min: 0 }) => {
    const v = own(profile, key);
    return v === undefined || v === null ? null : checkNumber(v, key, rule, issues);
  };
  const nps = count('npsScore', { min: 0, max: 10, integer: true });
  const checks: [CandidacySignalId, number | null, number][] = [
    ['promoter', nps, 9],
    ['tenure', count('tenureMonths'), 12],
    ['multipleUsers', count('activeUsers'), 2],
    ['referrals', count('referrals'), 1],
    ['speaking', count('speakingEngagements'), 1],
    ['publicReviews', count('publicReviews'), 1],
  ];
  const featured = own(profile, 'featuredInCaseStudy');
  if (featured !== undefined && featured !== null && typeof featured !== 'boolean') {
    issues.push({ path: 'featuredInCaseStudy', message: 'must be true or false.' });
  }
  if (issues.length) throw new InputError('advocateCandidacy', issues);
  const signals: CandidacySignalId[] = [];
  const unknown: CandidacySignalId[] = [];
  for (const [id, v, min] of checks) {
    if (v === null) unknown.push(id);
    else if (v >= min) signals.push(id);
  }
  if (featured === true) signals.push('featured');
  else if (featured !== false) unknown.push('featured');
  const detractor = nps !== null && nps <= 6;
  return {
    candidate: !detractor && signals.length >= minSignals,
    signals,
    unknown,
    detractor,
    rule: `candidate when at least ${minSignals} signals hold and the customer is not a detractor (NPS 0–6)`,
  };
}

// ── Status ───────────────────────────────────────────────────────────────────────────────────────────────

/** Seed 004's CRM field "Advocate Status". */
export type AdvocateStatus = 'asked' | 'willing' | 'active' | 'inactive';

export interface StatusOptions {
  /** Months after the last advocacy action an advocate stays active. Ours: 12. */
  activeMonths?: number;
}

/**
 * Advocate status from the history: null before the first ask or action; `inactive` after a no (until a
 * later yes) or when the last action is older than `activeMonths`; `active` with an action within it;
 * `willing` after a yes with no action yet; `asked` while an ask awaits an answer.
 */
export function advocateStatus(history: readonly AdvocacyEvent[], now: number, options: StatusOptions = {}): AdvocateStatus | null {
  const issues: InputIssue[] = [];
  const events = readHistory('advocateStatus', history, now, issues);
  const am = own(options, 'activeMonths');
  const activeMonths = am === undefined ? 12 : checkNumber(am, 'options.activeMonths', { min: 1, integer: true }, issues);
  if (issues.length) throw new InputError('advocateStatus', issues);
  const past = events.filter((e) => e.at <= now);
  if (!past.length) return null;
  let answer: 'yes' | 'no' | null = null;
  let lastAction = -Infinity;
  let lastAsk = -Infinity;
  for (const e of past) {
    if (e.type === 'yes' || e.type === 'no') answer = e.type;
    else if (e.type === 'ask') lastAsk = e.at;
    else lastAction = e.at;
  }
  if (answer === 'no') return 'inactive';
  if (lastAction > -Infinity) return now < addMonthsUtc(lastAction, activeMonths) ? 'active' : 'inactive';
  if (answer === 'yes') return 'willing';
  return lastAsk > -Infinity ? 'asked' : null;
}

// ── Asking and the reference cap ─────────────────────────────────────────────────────────────────────────

/** Seed 004: "if customer says no to advocacy, don't ask again for 12 months". */
export const ADVOCACY_QUIET_MONTHS = 12;
/** Seed 004: "1-2 references per quarter max per customer". */
export const REFERENCES_PER_QUARTER = 2;
/** Seed 004 (reference program): "max 2-3 calls / quarter" — the cap for customers with a deep relationship. */
export const DEEP_RELATIONSHIP_REFERENCES_PER_QUARTER = 3;

export interface ReferenceOptions {
  /** "Some customers can be asked more (deep relationships)". */
  deepRelationship?: boolean;
  /** Overrides the cap (references given per calendar quarter, UTC). */
  perQuarter?: number;
}

export interface AdvocateAskDecision {
  allowed: boolean;
  reason: 'ok' | 'declined' | 'reference-cap';
  /** When it becomes allowed (epoch ms); null when allowed now. */
  nextAt: number | null;
  /** References given in the current quarter, and the cap applied. */
  referencesThisQuarter: number;
  cap: number;
}

/**
 * Whether a customer may be asked for a reference call now: not within 12 months of a no ("ask once,
 * respect forever"), and not once the reference calls they gave this quarter reach the cap (2, or 3 with
 * a deep relationship). The cap counts references given, not asks.
 */
export function canRequestReference(history: readonly AdvocacyEvent[], now: number, options: ReferenceOptions = {}): AdvocateAskDecision {
  const issues: InputIssue[] = [];
  const events = readHistory('canRequestReference', history, now, issues);
  checkObject(options, 'options', issues);
  const deep = own(options, 'deepRelationship');
  if (deep !== undefined && typeof deep !== 'boolean') issues.push({ path: 'options.deepRelationship', message: 'must be true or false.' });
  const pq = own(options, 'perQuarter');
  const cap = pq !== undefined
    ? checkNumber(pq, 'options.perQuarter', { min: 0, integer: true }, issues)
    : deep === true ? DEEP_RELATIONSHIP_REFERENCES_PER_QUARTER : REFERENCES_PER_QUARTER;
  if (issues.length) throw new InputError('canRequestReference', issues);

  let answer: AdvocacyEvent | null = null;
  for (const e of events) if (e.at <= now && (e.type === 'yes' || e.type === 'no')) answer = e;
  const qStart = quarterStartUtc(now);
  const qEnd = addMonthsUtc(qStart, 3);
  const referencesThisQuarter = events.filter((e) => e.type === 'reference-call' && e.at >= qStart && e.at < qEnd).length;
  if (answer && answer.type === 'no') {
    const until = addMonthsUtc(answer.at, ADVOCACY_QUIET_MONTHS);
    if (now < until) return { allowed: false, reason: 'declined', nextAt: until, referencesThisQuarter, cap };
  }
  if (referencesThisQuarter >= cap) return { allowed: false, reason: 'reference-cap', nextAt: qEnd, referencesThisQuarter, cap };
  return { allowed: true, reason: 'ok', nextAt: null, referencesThisQuarter, cap };
}

// ── Fatigue ──────────────────────────────────────────────────────────────────────────────────────────────

export interface FatigueOptions {
  /** Load of each event type. Ours: ask 1, reference call 2, case study 3, speaking 3, review 1, social share 0.5. */
  weights?: Partial<Record<AdvocacyEventType, number>>;
  /** Days for an event's load to halve. Ours: 91 (a quarter). */
  halfLifeDays?: number;
  /** Load that scores 100. Ours: 4, i.e. two reference calls today, seed 004's quarterly cap. */
  capacity?: number;
}

export const defaultFatigueWeights: Readonly<Record<AdvocacyEventType, number>> = Object.freeze({
  ask: 1, yes: 0, no: 0, 'case-study': 3, 'reference-call': 2, speaking: 3, 'social-share': 0.5, review: 1,
});

export const FATIGUE_FORMULA = 'fatigue = min(100, 100 × Σ weight(type) × 0.5^(age in days / half-life) / capacity), over events up to now';

export interface FatigueResult {
  /** 0–100, one decimal; 100 means at or past the capacity (stop asking). */
  score: number;
  /** Σ weight × decay before scaling. */
  load: number;
  formula: string;
}

/** How worn out a customer is by asks and advocacy work, decaying with time (seed 004: "track fatigue; don't burn"). */
export function advocateFatigue(history: readonly AdvocacyEvent[], now: number, options: FatigueOptions = {}): FatigueResult {
  const issues: InputIssue[] = [];
  const events = readHistory('advocateFatigue', history, now, issues);
  checkObject(options, 'options', issues);
  const weights = Object.assign(Object.create(null), defaultFatigueWeights) as Record<AdvocacyEventType, number>;
  const w = own(options, 'weights');
  if (w !== undefined) {
    checkObject(w, 'options.weights', issues);
    for (const t of EVENT_TYPES) {
      const v = own(w, t);
      if (v !== undefined) weights[t as AdvocacyEventType] = checkNumber(v, `options.weights.${t}`, { min: 0 }, issues);
    }
  }
  const hl = own(options, 'halfLifeDays');
  const halfLife = hl === undefined ? 91 : checkNumber(hl, 'options.halfLifeDays', { above: 0 }, issues);
  const cap = own(options, 'capacity');
  const capacity = cap === undefined ? 4 : checkNumber(cap, 'options.capacity', { above: 0 }, issues);
  if (issues.length) throw new InputError('advocateFatigue', issues);
  let load = 0;
  for (const e of events) {
    if (e.at > now) continue;
    load += weights[e.type] * 0.5 ** ((now - e.at) / DAY / halfLife);
  }
  return { score: round1(Math.min(100, (100 * load) / capacity)), load, formula: FATIGUE_FORMULA };
}

// ── Champion tiers ───────────────────────────────────────────────────────────────────────────────────────

export type ChampionTier = 'bronze' | 'silver' | 'gold';

export interface ChampionOptions {
  /** Points per action. Ours (the seed names the actions, not the points). */
  points?: Partial<Record<AdvocacyAction, number>>;
  /** Lowest points for each tier. Ours: Bronze 25, Silver 100, Gold 250. */
  tiers?: Partial<Record<ChampionTier, number>>;
  /** Count only actions within this many months before `now`. Ours: 12. */
  windowMonths?: number;
}

/** Our defaults: the seed ranks a case study highest and a social share lowest, without numbers. */
export const defaultChampionPoints: Readonly<Record<AdvocacyAction, number>> = Object.freeze({
  'case-study': 50, speaking: 40, 'reference-call': 20, review: 15, 'social-share': 5,
});
export const defaultChampionTiers: Readonly<Record<ChampionTier, number>> = Object.freeze({ bronze: 25, silver: 100, gold: 250 });

export interface ChampionResult {
  points: number;
  tier: ChampionTier | null;
  /** The next tier and the points still needed; null at Gold. */
  next: { tier: ChampionTier; needed: number } | null;
  /** Points by action. */
  breakdown: { action: AdvocacyAction; count: number; points: number }[];
}

const TIER_ORDER: readonly ChampionTier[] = ['bronze', 'silver', 'gold'];

/** Seed 004's Bronze / Silver / Gold champion tiers from points for case study, reference call, speaking, social share and review. */
export function championTier(history: readonly AdvocacyEvent[], now: number, options: ChampionOptions = {}): ChampionResult {
  const issues: InputIssue[] = [];
  const events = readHistory('championTier', history, now, issues);
  checkObject(options, 'options', issues);
  const points = Object.assign(Object.create(null), defaultChampionPoints) as Record<AdvocacyAction, number>;
  const tiers = Object.assign(Object.create(null), defaultChampionTiers) as Record<ChampionTier, number>;
  const p = own(options, 'points');
  if (p !== undefined) {
    checkObject(p, 'options.points', issues);
    for (const a of ACTIONS) if (p && typeof p === 'object' && hasOwn(p, a)) points[a] = checkNumber(own(p, a), `options.points.${a}`, { min: 0 }, issues);
  }
  const t = own(options, 'tiers');
  if (t !== undefined) {
    checkObject(t, 'options.tiers', issues);
    for (const k of TIER_ORDER) if (t && typeof t === 'object' && hasOwn(t, k)) tiers[k] = checkNumber(own(t, k), `options.tiers.${k}`, { above: 0 }, issues);
  }
  if (!(tiers.bronze <= tiers.silver && tiers.silver <= tiers.gold)) {
    issues.push({ path: 'options.tiers', message: `must rise: bronze (${tiers.bronze}) ≤ silver (${tiers.silver}) ≤ gold (${tiers.gold}).` });
  }
  const wm = own(options, 'windowMonths');
  const windowMonths = wm === undefined ? 12 : checkNumber(wm, 'options.windowMonths', { min: 1, integer: true }, issues);
  if (issues.length) throw new InputError('championTier', issues);

  const from = addMonthsUtc(now, -windowMonths);
  const counts = new Map<AdvocacyAction, number>();
  for (const e of events) if (isAction(e.type) && e.at > from && e.at <= now) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const breakdown = ACTIONS.filter((a) => counts.has(a)).map((a) => {
    const count = counts.get(a) as number;
    return { action: a, count, points: count * points[a] };
  });
  const total = breakdown.reduce((s, b) => s + b.points, 0);
  let tier: ChampionTier | null = null;
  for (const k of TIER_ORDER) if (total >= tiers[k]) tier = k;
  const nextTier = TIER_ORDER[tier === null ? 0 : TIER_ORDER.indexOf(tier) + 1];
  return { points: total, tier, next: nextTier ? { tier: nextTier, needed: tiers[nextTier] - total } : null, breakdown };
}
