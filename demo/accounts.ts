import type { HealthSignals } from '../src/core/index.js';

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
