import { hostArray, own } from './records.js';

export type PermissionTier = 'reference' | 'case-study' | 'speaking' | 'co-marketing' | 'community';

export type TierVisibility = 'private' | 'public' | 'peer';

export interface PermissionTierInfo {
  id: PermissionTier;
  label: string;
  visibility: TierVisibility;
  /** The question put to the customer, verbatim from the operating-system seed. */
  ask: string;
}

/** The five permission tiers; customers opt in per tier. */
export const permissionTiers: readonly PermissionTierInfo[] = Object.freeze([
  { id: 'reference', label: 'Reference', visibility: 'private', ask: 'Will you take a 30-min prospect call?' },
  { id: 'case-study', label: 'Case study', visibility: 'public', ask: 'Will you let us write about your success?' },
  { id: 'speaking', label: 'Speaking', visibility: 'public', ask: 'Will you speak at our event?' },
  { id: 'co-marketing', label: 'Co-marketing', visibility: 'public', ask: 'Will you co-author / co-host with us?' },
  { id: 'community', label: 'Community', visibility: 'peer', ask: 'Will you participate in customer Slack / forum?' },
] as const satisfies readonly PermissionTierInfo[]);

export type AskOutcome = 'accepted' | 'declined' | 'dismissed';

/** One time an advocacy ask was shown, with what the customer did (epoch milliseconds). */
export interface AskRecord {
  at: number;
  outcome: AskOutcome;
}

export interface AskDecision {
  ask: boolean;
  reason: 'ok' | 'declined' | 'fatigue';
  /** When asking becomes allowed again (epoch ms); null when asking is allowed now. */
  nextAskAt: number | null;
}

/** Asks per customer per calendar quarter (UTC) before we stop, so champions are not burned. */
export const MAX_ASKS_PER_QUARTER = 2;
/** "Ask once, respect forever": after a no, stay quiet this many calendar months. */
export const DECLINE_QUIET_MONTHS = 12;

const OUTCOMES: ReadonlySet<string> = new Set(['accepted', 'declined', 'dismissed']);
const MAX_RECORDS = 100;
const isFiniteNumber = Number.isFinite;

/** An entry as a record of our own, or null: own properties only, each read once. */
function readRecord(x: unknown): AskRecord | null {
  if (x === null || typeof x !== 'object') return null;
  const at = own(x, 'at');
  const outcome = own(x, 'outcome');
  return typeof at === 'number' && isFiniteNumber(at) && typeof outcome === 'string' && OUTCOMES.has(outcome) ? { at, outcome: outcome as AskOutcome } : null;
}

/** Reads a stored history defensively: junk entries are dropped, never thrown on. Oldest first. */
export function parseAskHistory(input: unknown): AskRecord[] {
  const list = hostArray(input) ?? [];
  const out: AskRecord[] = [];
  for (const entry of list) {
    try {
      const r = readRecord(entry);
      if (r) out.push(r);
    } catch {
      // A throwing getter or proxy in stored data counts as junk.
    }
  }
  out.sort((a, b) => a.at - b.at);
  return out.slice(-MAX_RECORDS);
}

/** Same wall-clock day `months` calendar months later (UTC), clamped to the month's last day. */
function addMonthsUtc(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

function quarterStartUtc(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3), 1);
}

/** Whether an advocacy ask may be shown at `now` (epoch ms), given past asks. */
export function shouldAsk(history: readonly AskRecord[], now: number): AskDecision {
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new Error(`shouldAsk: "now" must be a finite time in ms, got ${String(now)}.`);
  const records = parseAskHistory(history);

  let quietUntil = -Infinity;
  for (const r of records) {
    if (r.outcome === 'declined') quietUntil = Math.max(quietUntil, addMonthsUtc(r.at, DECLINE_QUIET_MONTHS));
  }
  if (now < quietUntil) {
    return { ask: false, reason: 'declined', nextAskAt: quietUntil };
  }

  const qStart = quarterStartUtc(now);
  const qEnd = addMonthsUtc(qStart, 3);
  const asksThisQuarter = records.filter((r) => r.at >= qStart && r.at < qEnd).length;
  if (asksThisQuarter >= MAX_ASKS_PER_QUARTER) {
    return { ask: false, reason: 'fatigue', nextAskAt: qEnd };
  }
  return { ask: true, reason: 'ok', nextAskAt: null };
}
