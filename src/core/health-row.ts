import { describeValue } from './describe.js';
import { compile, healthBand, type HealthConfig, type HealthConfigError, type HealthConfigIssueCode, type HealthContribution, type HealthResult } from './health.js';
import { hostArray, own, record } from './records.js';

/**
 * One account's row as `healthScoreSql` (`advocacy-kit/sql`) returns it: `health_score`, `health_band`,
 * `health_missing` (an array of signal ids), and per signal its raw value under the signal's id, `<id>_points` and
 * `<id>_contribution`.
 */
export type HealthRow = Readonly<Record<string, unknown>>;

/** What is wrong with a row's column (or with the row as a whole). */
export type HealthRowIssueCode = 'row' | 'score' | 'band' | 'missing' | 'listed-missing' | 'raw' | 'points' | 'contribution' | 'unreadable';

export interface HealthRowIssue {
  /** The column at fault, `row` for the row as a whole, or `config`. */
  path: string;
  /** English, for developers. */
  message: string;
  /**
   * What is wrong, for an interface to word in its own language: for `config`, the `HealthConfigError` code; else
   * the row's, with `params` `column` and `got` (the value as written in the message), and `expected` (`band`) or
   * `ids` (`missing`).
   */
  code?: HealthConfigIssueCode | HealthRowIssueCode;
  params?: Readonly<Record<string, string>>;
}

export type ReadHealthRowResult = { success: true; result: HealthResult } | { success: false; issues: HealthRowIssue[] };

const isArray = Array.isArray;
const isNumber = (x: unknown, min = -Infinity, max = Infinity): x is number => typeof x === 'number' && x >= min && x <= max && x - x === 0;

/**
 * A warehouse row as the `HealthResult` that `scoreHealth` gives for the same signals, without recomputing
 * anything: the row is only checked (numbers in range, the band agreeing with the score under the config's bands,
 * the missing list agreeing with the values), so a row from another config or a mangled export is caught.
 */
export function readHealthRow(row: unknown, config: HealthConfig): ReadHealthRowResult {
  const issues: HealthRowIssue[] = [];
  const fail = (code: HealthRowIssueCode, path: string, what: string, got: unknown, extra?: Record<string, string>) => {
    const said = describeValue(got);
    issues.push({ path, message: `${path} must be ${what}, got ${said}.`, code, params: record({ column: path, got: said, ...extra }) });
  };
  let c;
  try {
    c = compile(config);
  } catch (e) {
    const { code, params } = e as HealthConfigError;
    return { success: false, issues: [{ path: 'config', message: (e as Error).message, code, params }] };
  }
  if (typeof row !== 'object' || row === null || isArray(row)) {
    fail('row', 'row', 'an object of column → value', row);
    return { success: false, issues };
  }
  try {
    const score = own(row, 'health_score') ?? null;
    const band = own(row, 'health_band');
    const given = own(row, 'health_missing');
    // Read once into our own array, and checked with Sets: neither the host's array nor a replaced
    // Array.prototype.includes or .some decides which signals are missing.
    const missing = hostArray(given) as string[] | null;
    const ids = c.signals.map((s) => s.id);
    const known = new Set<unknown>(ids);
    const listed = new Set<unknown>(missing);
    let distinct = missing !== null && listed.size === missing.length;
    for (const id of listed) if (!known.has(id)) distinct = false;
    if (score !== null && !isNumber(score, 0, 100)) fail('score', 'health_score', 'a number from 0 to 100 or null', score);
    else {
      const expected = score === null ? 'unknown' : healthBand(score, c);
      if (band !== expected) fail('band', 'health_band', `"${expected}" for this score and config`, band, { expected });
    }
    if (!distinct) fail('missing', 'health_missing', `an array of distinct signal ids (${ids.join(', ')})`, given, { ids: ids.join(', ') });
    const contributions: HealthContribution[] = [];
    for (const s of c.signals) {
      const cols = [s.id, `${s.id}_points`, `${s.id}_contribution`];
      const values = cols.map((k) => own(row, k));
      const [raw, points, contribution] = values;
      if (listed.has(s.id)) {
        values.forEach((v, i) => {
          if (v != null) fail('listed-missing', cols[i], 'null (the signal is listed as missing)', v);
        });
      } else if (!isNumber(raw)) fail('raw', s.id, 'a finite number, or listed in health_missing', raw);
      else if (!isNumber(points, 0, 100)) fail('points', cols[1], 'a number from 0 to 100', points);
      else if (!isNumber(contribution)) fail('contribution', cols[2], 'a finite number', contribution);
      else contributions.push({ id: s.id, label: s.label, weight: s.weight, raw, points, contribution });
    }
    if (issues.length) return { success: false, issues };
    return { success: true, result: { score: score as number | null, band: band as HealthResult['band'], contributions, missing: missing! } };
  } catch {
    return {
      success: false,
      issues: [{ path: 'row', message: 'The health row could not be read (a property threw while being accessed).', code: 'unreadable', params: record() }],
    };
  }
}
