import type { AccountSignals, AdvocateProfile, ExpansionSignals, HealthSignals } from '../src/core/index.js';

/**
 * A made-up book of accounts for the portal demo. A seeded PRNG keeps every load identical, so a
 * screenshot, a bug report and a test all see the same accounts.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for demo data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Account {
  id: string;
  name: string;
  /** Annual recurring revenue in US dollars. */
  arr: number;
  segment: 'Startup' | 'Growth' | 'Scale' | 'Enterprise';
  /** This quarter's signals; null where the data is missing. */
  signals: HealthSignals;
  /** Last quarter's signals, for the trend. */
  previousSignals: HealthSignals;
}

export const SIGNAL_IDS = [
  'dau_mau',
  'seat_utilization',
  'ticket_reopen_rate',
  'csm_sentiment',
  'nps',
  'payment_overdue_days',
  'mrr_trend',
] as const;

const PREFIXES = ['North', 'Blue', 'Bright', 'Iron', 'Silver', 'Green', 'Red', 'Clear', 'Swift', 'Open', 'True', 'Polar', 'Cedar', 'Harbor', 'Summit', 'Atlas', 'Nova', 'Pine', 'River', 'Granite'];
const STEMS = ['field', 'stone', 'wave', 'bridge', 'path', 'light', 'forge', 'point', 'line', 'works', 'gate', 'peak', 'leaf', 'ridge', 'spark', 'loop', 'grid', 'mark', 'yard', 'crest'];
const SUFFIXES = ['Labs', 'Systems', 'Health', 'Logistics', 'Analytics', 'Foods', 'Energy', 'Retail', 'Capital', 'Media'];

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function segmentFor(arr: number): Account['segment'] {
  if (arr < 1_000_000) return 'Startup';
  if (arr < 10_000_000) return 'Growth';
  if (arr < 50_000_000) return 'Scale';
  return 'Enterprise';
}

/** `count` accounts; the same seed always gives the same accounts. */
export function generateAccounts(count: number, seed = 20240601): Account[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // A rough bell curve from three uniforms, so most accounts sit mid-range and a few are extreme.
  const bell = () => (rand() + rand() + rand()) / 3;
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    // One hidden "how well is this going" factor drives every signal, so they agree with each other.
    const fit = bell();
    const arr = Math.round(10 ** (4.7 + rand() * 3.3) / 1000) * 1000;
    const signals: HealthSignals = {
      dau_mau: round(clamp(fit * 0.9 + (rand() - 0.5) * 0.3, 0.02, 0.95), 2),
      seat_utilization: round(clamp(fit + (rand() - 0.5) * 0.4, 0.05, 1), 2),
      ticket_reopen_rate: round(clamp((1 - fit) * 0.3 + (rand() - 0.5) * 0.1, 0, 0.6), 3),
      csm_sentiment: Math.round(clamp(1 + fit * 9 + (rand() - 0.5) * 3, 1, 10)),
      nps: Math.round(clamp(-60 + fit * 140 + (rand() - 0.5) * 40, -100, 100)),
      payment_overdue_days: rand() < 0.8 - (1 - fit) * 0.4 ? 0 : Math.round(rand() * 90),
      mrr_trend: round(clamp((fit - 0.5) * 0.3 + (rand() - 0.5) * 0.15, -0.2, 0.2), 3),
    };
    // Real books have gaps: most accounts miss a signal or two, a few have almost nothing.
    const gapRate = rand() < 0.04 ? 0.85 : 0.08;
    for (const id of SIGNAL_IDS) if (rand() < gapRate) signals[id] = null;
    const previousSignals: HealthSignals = {};
    for (const id of SIGNAL_IDS) {
      const v = signals[id];
      previousSignals[id] = v == null ? null : v * (1 + (rand() - 0.5) * 0.5);
    }
    accounts.push({
      id: `acct-${String(i + 1).padStart(4, '0')}`,
      name: `${pick(PREFIXES)}${pick(STEMS)} ${pick(SUFFIXES)}`,
      arr,
      segment: segmentFor(arr),
      signals,
      previousSignals,
    });
  }
  return accounts;
}

/** Survey answers (0–10) from the accounts' contacts, roughly following each account's health. */
export function generateNpsResponses(accounts: readonly Account[], seed = 7): number[] {
  const rand = mulberry32(seed);
  const scores: number[] = [];
  for (const a of accounts) {
    const nps = a.signals.nps;
    const lean = nps == null ? 0.6 : (nps + 100) / 200;
    const respondents = Math.floor(rand() * 3);
    for (let r = 0; r < respondents; r++) {
      scores.push(Math.round(clamp(lean * 10 + (rand() - 0.35) * 5, 0, 10)));
    }
  }
  return scores;
}

/** Columns for `scoreHealthBatch`: one Float64Array per signal, NaN where the data is missing. */
export function toColumns(accounts: readonly Account[], which: 'signals' | 'previousSignals'): Record<string, Float64Array> {
  const columns: Record<string, Float64Array> = {};
  for (const id of SIGNAL_IDS) {
    const col = new Float64Array(accounts.length);
    accounts.forEach((a, i) => {
      const v = a[which][id];
      col[i] = v == null ? NaN : v;
    });
    columns[id] = col;
  }
  return columns;
}

/** What the portal feeds seed 003's decision rules and seed 004's advocate signals for one account. */
export interface ProgramSignals {
  account: Omit<AccountSignals, 'health'>;
  expansion: ExpansionSignals;
  advocate: AdvocateProfile;
}

/**
 * Made-up program data for account `index`, from its own PRNG so the accounts above stay exactly as they were.
 * Demo approximations, not models: the account's NPS (−100…100) read as a 0–10 answer, and churn probability
 * as 1 − health / 100 (the logistic health model's inverse).
 */
export function programSignals(a: Account, index: number, health: number | null): ProgramSignals {
  const rand = mulberry32(90_000 + index);
  const seats = 5 + Math.floor(rand() * 60);
  const answer = (nps: number | null | undefined) => (nps == null ? null : Math.round(clamp((nps + 100) / 20, 0, 10)));
  const dau = a.signals.dau_mau;
  const prevDau = a.previousSignals.dau_mau;
  const ticketsBefore = 4 + Math.floor(rand() * 20);
  const invoiced = Math.round(a.arr / 12);
  const account: ProgramSignals['account'] = {
    churnProbability: health === null ? null : round(1 - health / 100, 2),
    tickets: { previous: ticketsBefore, current: Math.round(ticketsBefore * (0.6 + rand() * 1.1)) },
    billing: { disputed: rand() < 0.05 ? Math.round(invoiced * (0.1 + rand() * 0.3)) : 0, invoiced },
  };
  if (dau != null && prevDau != null) {
    account.activeUsage = { previous: Math.round(prevDau * seats * 10), current: Math.round(dau * seats * 10) };
  }
  const now = answer(a.signals.nps);
  const before = answer(a.previousSignals.nps);
  if (now !== null && before !== null) account.nps = { previous: before, current: now };
  const seatsBefore = a.previousSignals.seat_utilization;
  return {
    account,
    expansion: {
      usageGrowth: dau != null && prevDau ? round(dau / prevDau - 1, 3) : null,
      featureAdoption: round(rand() * 0.4, 2),
      seatGrowth: a.signals.seat_utilization != null && seatsBefore ? round(a.signals.seat_utilization / seatsBefore - 1, 3) : null,
      productFit: a.signals.nps ?? null,
    },
    advocate: {
      npsScore: now,
      tenureMonths: Math.floor(rand() * 48),
      activeUsers: Math.floor(rand() * seats),
      referrals: rand() < 0.2 ? 1 : 0,
      publicReviews: rand() < 0.3 ? 1 : 0,
      speakingEngagements: rand() < 0.05 ? 1 : 0,
      featuredInCaseStudy: rand() < 0.03,
    },
  };
}
