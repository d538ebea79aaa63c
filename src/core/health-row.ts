import { compile, healthBand, type HealthConfig, type HealthContribution, type HealthResult } from './health.js';
import { own } from './records.js';

/**
 * The columns of one account's row as `healthScoreSql` (from `advocacy-kit/sql`) returns it: `health_score`,
 * `health_band`, `health_missing` (an array of signal ids), and per signal its raw value under the signal's id,
 * `<id>_points` and `<id>_contribution`.
 */
export type HealthRow = Readonly<Record<string, unknown>>;

export const healthRowColumns = Object.freeze({ score: 'health_score', band: 'health_band', missing: 'health_missing' });

export const healthPointsColumn = (id: string): string => `${id}_points`;
export const healthContributionColumn = (id: string): string => `${id}_contribution`;

export interface HealthRowIssue {
  path: string;
  message: string;
}

export type ReadHealthRowResult = { success: true; result: HealthResult } | { success: false; issues: HealthRowIssue[] };

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const absent = (x: unknown): boolean => x === null || x === undefined;

/**
 * A warehouse row as the `HealthResult` that `scoreHealth` gives for the same signals, without recomputing
 * anything: the row is only checked (each number in range, the band agreeing with the score under the config's
 * bands, the missing list agreeing with the values), so a row from another config or a mangled export is caught.
 */
export function readHealthRow(row: unknown, config: HealthConfig): ReadHealthRowResult {
  let c;
  try {
    c = compile(config);
  } catch (e) {
    return { success: false, issues: [{ path: 'config', message: e instanceof Error ? e.message : String(e) }] };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { success: false, issues: [{ path: 'row', message: 'A health row must be an object of column → value.' }] };
  }
  try {
    return check(row, c);
  } catch {
    return { success: false, issues: [{ path: 'row', message: 'The health row could not be read (a property threw while being accessed).' }] };
  }
}

function check(row: object, c: ReturnType<typeof compile>): ReadHealthRowResult {
  const issues: HealthRowIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  const known = new Set(c.signals.map((s) => s.id));

  const rawScore = own(row, healthRowColumns.score);
  let score: number | null = null;
  if (isNumber(rawScore) && rawScore >= 0 && rawScore <= 100) score = rawScore;
  else if (!absent(rawScore)) fail(healthRowColumns.score, `health_score must be a number from 0 to 100 or null, got ${show(rawScore)}.`);

  const band = own(row, healthRowColumns.band);
  const expected = score === null ? 'unknown' : healthBand(score, c);
  // A bad score is reported alone: the band cannot be judged against it.
  if (!issues.length && band !== expected) {
    fail(healthRowColumns.band, `health_band must be "${expected}" for health_score ${score ?? 'null'} under this config's bands, got ${show(band)}.`);
  }

  const rawMissing = own(row, healthRowColumns.missing);
  const missing: string[] = [];
  if (!Array.isArray(rawMissing)) {
    fail(healthRowColumns.missing, `health_missing must be an array of signal ids, got ${show(rawMissing)}.`);
  } else {
    for (const id of rawMissing as unknown[]) {
      if (typeof id !== 'string' || !known.has(id)) fail(healthRowColumns.missing, `health_missing names unknown signal ${show(id)}.`);
      else if (missing.includes(id)) fail(healthRowColumns.missing, `health_missing names "${id}" twice.`);
      else missing.push(id);
    }
  }

  const contributions: HealthContribution[] = [];
  for (const s of c.signals) {
    const value = own(row, s.id);
    const points = own(row, healthPointsColumn(s.id));
    const contribution = own(row, healthContributionColumn(s.id));
    if (missing.includes(s.id)) {
      if (!absent(value) || !absent(points) || !absent(contribution)) fail(s.id, `Signal "${s.id}" is listed as missing but has a value.`);
      continue;
    }
    if (!isNumber(value)) {
      fail(s.id, `Signal "${s.id}" must be a finite number (or listed in health_missing), got ${show(value)}.`);
    } else if (!isNumber(points) || points < 0 || points > 100) {
      fail(healthPointsColumn(s.id), `${healthPointsColumn(s.id)} must be a number from 0 to 100, got ${show(points)}.`);
    } else if (!isNumber(contribution)) {
      fail(healthContributionColumn(s.id), `${healthContributionColumn(s.id)} must be a finite number, got ${show(contribution)}.`);
    } else {
      contributions.push({ id: s.id, label: s.label, weight: s.weight, raw: value, points, contribution });
    }
  }
  if (issues.length) return { success: false, issues };
  return { success: true, result: { score, band: expected, contributions, missing } };
}

function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (Array.isArray(x)) return 'an array';
  if (x === null || x === undefined || typeof x !== 'object') return String(x);
  return 'an object';
}
