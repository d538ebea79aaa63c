import { deepFreeze } from './freeze.js';
import { bandOf, DEFAULT_BANDS, type HealthBand, type HealthBands } from './health-band.js';
import { normalCdf } from './normal.js';
import { hostArray, own, record } from './records.js';
import { isReservedId, reservedIdMessage } from './reserved.js';
import { round1 } from './round.js';

/** How a raw signal value becomes 0–100 points. */
export type HealthNormalizer =
  /** (value − min) / (max − min), clamped to 0–100. */
  | { kind: 'min-max'; min: number; max: number }
  /** (1 − rate) for a rate in 0–1 (clamped), e.g. a ticket-reopen rate. */
  | { kind: 'inverse' }
  /** Φ((value − mean) / sd): the value's percentile under a normal distribution. */
  | { kind: 'z-percentile'; mean: number; sd: number }
  /** 100 up to `grace`, then halving every `halfLife`, e.g. days a payment is overdue. */
  | { kind: 'decay'; grace: number; halfLife: number };

export type HealthCategory = 'behavioral' | 'relationship' | 'commercial' | 'outcome';

export interface HealthSignal {
  id: string;
  label: string;
  category: HealthCategory;
  /** Relative weight; the score divides by the weight of the signals present. */
  weight: number;
  normalize: HealthNormalizer;
}

/**
 * Churn model for large books: logit(p) = intercept + Σ coefficients[id] · raw value, health = 100·(1 − p).
 * Every signal with a coefficient must be present, otherwise the score is unknown.
 */
export interface LogisticHealthModel {
  kind: 'logistic';
  intercept: number;
  coefficients: Record<string, number>;
}

export interface HealthConfig {
  signals: HealthSignal[];
  /** Share of the configured weight that must be present for a score; default 0.5. */
  minCoverage?: number;
  /** Default `{ green: 80, amber: 50 }`. */
  bands?: HealthBands;
  /** When set, the score comes from this model instead of the weighted mean. */
  model?: LogisticHealthModel;
}

export interface HealthContribution {
  id: string;
  label: string;
  weight: number;
  raw: number;
  /** 0–100 from the signal's normalizer. */
  points: number;
  /**
   * Weighted mean: this signal's share of the score (weight share × points; they sum to the score).
   * Logistic model: this signal's term in the churn log-odds (coefficient × raw; positive raises risk).
   */
  contribution: number;
}

export interface HealthResult {
  score: number | null;
  band: HealthBand | 'unknown';
  contributions: HealthContribution[];
  missing: string[];
}

export type HealthSignals = Record<string, number | null | undefined>;

const DEFAULT_MIN_COVERAGE = 0.5;

/**
 * Seed 003's sample weights: DAU/MAU 25, ticket reopen 15, NPS 20, payment overdue 10, the rest spread so
 * the categories stay behavioral 40 / relationship 20 / commercial 20 / outcome 20. The NPS distribution
 * (mean 30, sd 28.6) makes the seed's example hold: NPS 45 → 70 points.
 */
export const defaultHealthConfig: HealthConfig = deepFreeze({
  signals: [
    { id: 'dau_mau', label: 'DAU/MAU ratio', category: 'behavioral', weight: 25, normalize: { kind: 'min-max', min: 0, max: 1 } },
    { id: 'seat_utilization', label: 'Seat utilization', category: 'behavioral', weight: 15, normalize: { kind: 'min-max', min: 0, max: 1 } },
    { id: 'ticket_reopen_rate', label: 'Ticket reopen rate', category: 'relationship', weight: 15, normalize: { kind: 'inverse' } },
    { id: 'csm_sentiment', label: 'CSM sentiment', category: 'relationship', weight: 5, normalize: { kind: 'min-max', min: 1, max: 10 } },
    { id: 'nps', label: 'NPS', category: 'outcome', weight: 20, normalize: { kind: 'z-percentile', mean: 30, sd: 28.6 } },
    { id: 'payment_overdue_days', label: 'Payment overdue days', category: 'commercial', weight: 10, normalize: { kind: 'decay', grace: 15, halfLife: 15 } },
    { id: 'mrr_trend', label: 'MRR trend', category: 'commercial', weight: 10, normalize: { kind: 'min-max', min: -0.2, max: 0.2 } },
  ],
  minCoverage: DEFAULT_MIN_COVERAGE,
  bands: DEFAULT_BANDS,
});


export { erf, normalCdf } from './normal.js';
export { healthBand, type HealthBand, type HealthBands } from './health-band.js';

/** How a signal's points are computed, reduced to a kind and two numbers so the row loops read no objects. */
export interface Normalizer {
  kind: 0 | 1 | 2 | 3;
  a: number;
  b: number;
}

function normalizer(n: HealthNormalizer): Normalizer {
  switch (n.kind) {
    case 'min-max':
      return { kind: 0, a: n.min, b: 100 / (n.max - n.min) };
    case 'inverse':
      return { kind: 1, a: 0, b: 1 };
    case 'z-percentile':
      return { kind: 2, a: n.mean, b: n.sd };
    case 'decay':
      return { kind: 3, a: n.grace, b: n.halfLife };
  }
}

/** The one formula for points, shared by `scoreHealth` and `scoreHealthBatch` so both give identical numbers. */
function pointsOf(kind: number, a: number, b: number, v: number): number {
  if (kind === 0) {
    const p = (v - a) * b;
    return p < 0 ? 0 : p > 100 ? 100 : p;
  }
  if (kind === 1) return (1 - (v < 0 ? 0 : v > 1 ? 1 : v)) * 100;
  if (kind === 2) return normalCdf((v - a) / b) * 100;
  return v <= a ? 100 : 100 * Math.pow(0.5, (v - a) / b);
}

/** 0–100 points for one raw value. */
export function normalizeSignal(n: HealthNormalizer, value: number): number {
  const { kind, a, b } = normalizer(n);
  return pointsOf(kind, a, b, value);
}

export interface CompiledSignal extends Normalizer {
  id: string;
  label: string;
  weight: number;
  /** The logistic model's coefficient for this signal, if it has one. */
  coef: number | undefined;
}

/** A config as scoring reads it: checked and copied once per call, so it cannot change under a score. */
export interface CompiledConfig {
  signals: CompiledSignal[];
  total: number;
  minCoverage: number;
  bands: HealthBands;
  intercept: number | null;
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** What is wrong with a health config, as a stable code; `params` holds the field's path (`at`) and the signal id. */
export type HealthConfigIssueCode =
  | 'signals'
  | 'signal-object'
  | 'signal-id'
  | 'reserved-id'
  | 'duplicate-id'
  | 'signal-label'
  | 'signal-weight'
  | 'min-max'
  | 'z-percentile'
  | 'decay'
  | 'normalize-kind'
  | 'min-coverage'
  | 'bands'
  | 'model'
  | 'unknown-coefficient'
  | 'coefficient'
  | 'unreadable';

/**
 * Thrown for a config that cannot score. `message` is English, for developers, as it has always read; `code` and
 * `params` (the field's path as `at`, a signal's `id`; no prototype) let an interface word it in its own language.
 */
export class HealthConfigError extends Error {
  readonly code: HealthConfigIssueCode;
  readonly params: Readonly<Record<string, string>>;
  constructor(code: HealthConfigIssueCode, detail: string, params?: Record<string, string>) {
    super(`Invalid health config: ${detail}`);
    this.code = code;
    this.params = record(params);
  }
}

function compileConfig(config: HealthConfig): CompiledConfig {
  const fail = (code: HealthConfigIssueCode, detail: string, params?: Record<string, string>): never => {
    throw new HealthConfigError(code, detail, params);
  };
  // Our copy, read once: the host's array (its own forEach, a hole) cannot hand the checks other signals.
  const list = config && typeof config === 'object' ? (hostArray(own(config, 'signals')) as HealthSignal[] | null) : null;
  if (!list?.length) fail('signals', '"signals" must be a non-empty array.');
  const ids = new Set<string>();
  const signals: CompiledSignal[] = [];
  let total = 0;
  list!.forEach((s, i) => {
    const at = `signals[${i}]`;
    if (!s || typeof s !== 'object') return fail('signal-object', `${at} must be an object.`, { at });
    // Own properties only, here and below: a host's Object.prototype.weight must not configure a signal.
    const id = own(s, 'id') as string;
    const label = own(s, 'label') as string;
    const weight = own(s, 'weight') as number;
    const normalize = own(s, 'normalize') as HealthNormalizer | undefined;
    if (typeof id !== 'string' || !id) fail('signal-id', `${at}.id must be a non-empty string.`, { at });
    if (isReservedId(id)) fail('reserved-id', `${at}.id ${reservedIdMessage(id)}.`, { at, id });
    if (ids.has(id)) fail('duplicate-id', `${at}.id "${id}" is used twice.`, { at, id });
    ids.add(id);
    if (typeof label !== 'string') fail('signal-label', `${at}.label must be a string.`, { at });
    if (!finite(weight) || weight <= 0) fail('signal-weight', `${at}.weight must be a number > 0.`, { at });
    const n = normalize && typeof normalize === 'object' ? { ...normalize } : undefined;
    if (n?.kind === 'min-max') {
      if (!finite(n.min) || !finite(n.max) || n.max <= n.min) fail('min-max', `${at}.normalize needs finite min < max.`, { at });
    } else if (n?.kind === 'z-percentile') {
      if (!finite(n.mean) || !finite(n.sd) || n.sd <= 0) fail('z-percentile', `${at}.normalize needs a finite mean and sd > 0.`, { at });
    } else if (n?.kind === 'decay') {
      if (!finite(n.grace) || !finite(n.halfLife) || n.halfLife <= 0) fail('decay', `${at}.normalize needs a finite grace and halfLife > 0.`, { at });
    } else if (n?.kind !== 'inverse') {
      fail('normalize-kind', `${at}.normalize.kind must be "min-max", "inverse", "z-percentile" or "decay".`, { at });
    }
    total += weight;
    signals.push({ id, label, weight, coef: undefined, ...normalizer(n as HealthNormalizer) });
  });
  const minCoverage = own<number>(config, 'minCoverage') ?? DEFAULT_MIN_COVERAGE;
  if (!finite(minCoverage) || minCoverage < 0 || minCoverage > 1) fail('min-coverage', '"minCoverage" must be between 0 and 1.');
  const given = own<HealthBands>(config, 'bands') ?? DEFAULT_BANDS;
  const bands = given && typeof given === 'object' ? { green: own(given, 'green') as number, amber: own(given, 'amber') as number } : undefined;
  if (!bands || !finite(bands.green) || !finite(bands.amber) || !(0 <= bands.amber && bands.amber <= bands.green && bands.green <= 100)) {
    fail('bands', '"bands" must satisfy 0 ≤ amber ≤ green ≤ 100.');
  }
  const m = own<HealthConfig['model']>(config, 'model');
  let intercept: number | null = null;
  if (m !== undefined) {
    const coefficients: unknown = m && typeof m === 'object' ? own(m, 'coefficients') : undefined;
    if (!m || typeof m !== 'object' || own(m, 'kind') !== 'logistic' || !finite(own(m, 'intercept')) || !coefficients || typeof coefficients !== 'object') {
      fail('model', '"model" must be { kind: "logistic", intercept, coefficients }.');
    }
    intercept = m.intercept;
    for (const id of Object.keys(coefficients as object)) {
      const c: unknown = (coefficients as Record<string, unknown>)[id];
      const signal = signals.find((x) => x.id === id);
      if (!signal) fail('unknown-coefficient', `model.coefficients names unknown signal "${id}".`, { id });
      if (!finite(c)) fail('coefficient', `model.coefficients["${id}"] must be a finite number.`, { id });
      signal!.coef = c as number;
    }
  }
  return { signals, total, minCoverage, bands: bands!, intercept };
}

let defaultCompiled: CompiledConfig | undefined;

/**
 * Checks and copies a config. Every call reads the config afresh (a config changed after its first use is
 * checked again); only the frozen default is compiled once. Exported (not from the core's index) for
 * `advocacy-kit/sql`, so the SQL computes with exactly these numbers.
 */
export function compile(config: HealthConfig): CompiledConfig {
  if (config === defaultHealthConfig) return (defaultCompiled ??= compileConfig(config));
  try {
    return compileConfig(config);
  } catch (e) {
    if (e instanceof HealthConfigError) throw e;
    throw new HealthConfigError('unreadable', 'it could not be read (a property threw while being accessed).');
  }
}

/** Throws a clear Error when a config cannot score. */
export function validateHealthConfig(config: HealthConfig): void {
  compile(config);
}

/**
 * One value as both scoring functions accept it: a number, or missing (null, undefined, NaN).
 * `row` is given by the batch, for the message.
 */
function readValue(v: unknown, id: string, row?: number): number | null {
  if (typeof v === 'number') {
    if (v !== v) return null;
    if (v - v !== 0) throw new Error(`Health signal "${id}" must be finite, got ${v}${row === undefined ? '' : ` in row ${row}`}.`);
    return v;
  }
  if (v === null || v === undefined) return null;
  throw new Error(`Health signal "${id}" must be a number, got ${typeof v}${row === undefined ? '' : ` in row ${row}`}.`);
}

/** An own property of host data, turning a throwing getter or proxy trap into a clear error. */
function read(from: object, id: string, what: string): unknown {
  try {
    return own(from, id);
  } catch {
    throw new Error(`Health ${what} "${id}" could not be read (a property threw while being accessed).`);
  }
}

// Taken when the module loads: a host that later replaces them cannot change how a column is read.
const hasOwn = Object.hasOwn;
const getPrototypeOf = Object.getPrototypeOf;
const ownNames = Object.getOwnPropertyNames;

/**
 * A column itself, unless something on its prototype chain answers one of its indices (a host page's
 * `Array.prototype[1] = …` would fill every hole at 1); then a copy of its own items, a hole read as undefined. The
 * chain is checked once, so on a clean page a million-row column is read as fast as ever.
 */
function ownItems(list: ArrayLike<unknown>, length: number): ArrayLike<unknown> {
  for (let p: object | null = getPrototypeOf(list); p !== null; p = getPrototypeOf(p)) {
    const names = ownNames(p);
    for (let k = 0; k < names.length; k++) {
      const i = +names[k]!;
      if (`${i}` === names[k] && i >= 0 && i < length) {
        const out: unknown[] = [];
        for (let j = 0; j < length; j++) out[j] = hasOwn(list, j) ? list[j] : undefined;
        return out;
      }
    }
  }
  return list;
}

function logistic(logit: number): number {
  return 100 * (1 - 1 / (1 + Math.exp(-logit)));
}

/** One account's health: 0–100 with one decimal, or null when too few signals are present. */
export function scoreHealth(signals: HealthSignals, config: HealthConfig = defaultHealthConfig): HealthResult {
  const c = compile(config);
  if (signals === null || typeof signals !== 'object') throw new Error('Health signals must be an object of signal id → number.');
  const logisticModel = c.intercept !== null;
  const contributions: HealthContribution[] = [];
  const missing: string[] = [];
  let present = 0;
  let sum = 0;
  let logit = c.intercept ?? 0;
  let modelMissing = false;
  for (const s of c.signals) {
    const raw = readValue(read(signals, s.id, 'signal'), s.id);
    if (raw === null) {
      missing.push(s.id);
      if (s.coef !== undefined) modelMissing = true;
      continue;
    }
    const points = pointsOf(s.kind, s.a, s.b, raw);
    present += s.weight;
    sum += s.weight * points;
    if (s.coef !== undefined) logit += s.coef * raw;
    contributions.push({ id: s.id, label: s.label, weight: s.weight, raw, points, contribution: logisticModel ? (s.coef ?? 0) * raw : 0 });
  }
  if (!logisticModel) for (const x of contributions) x.contribution = (x.weight / present) * x.points;

  const covered = present > 0 && present / c.total >= c.minCoverage;
  if (!covered || modelMissing) return { score: null, band: 'unknown', contributions, missing };
  const score = round1(logisticModel ? logistic(logit) : sum / present);
  return { score, band: bandOf(score, c.bands), contributions, missing };
}

/**
 * Scores many accounts at once from columns (NaN = missing); NaN in the result means unknown.
 * Agrees with `scoreHealth` row by row on every input: typed arrays take the fast path, plain arrays may also
 * hold null or undefined for missing, and anything `scoreHealth` rejects (a string, a boolean, Infinity) throws.
 */
export function scoreHealthBatch(
  columns: Record<string, ArrayLike<unknown>>,
  config: HealthConfig = defaultHealthConfig,
): Float64Array {
  const c = compile(config);
  if (columns === null || typeof columns !== 'object') throw new Error('Health columns must be an object of signal id → array of numbers.');
  let n = -1;
  const cols: (ArrayLike<unknown> | undefined)[] = [];
  for (const s of c.signals) {
    const col = read(columns, s.id, 'column') as ArrayLike<unknown> | null | undefined;
    cols.push(col ?? undefined);
    if (col == null) continue;
    const length: unknown = typeof col === 'object' || typeof col === 'function' ? col.length : undefined;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      throw new Error(`Health column "${s.id}" must be an array or typed array.`);
    }
    if (n === -1) n = length;
    else if (length !== n) throw new Error(`Health column "${s.id}" has ${length} rows, expected ${n}.`);
  }
  if (n <= 0) return new Float64Array(0);

  const logisticModel = c.intercept !== null;
  const sum = new Float64Array(n);
  const present = new Float64Array(n);
  // The logistic model's buffers are empty when there is no model: only model rows ever touch them.
  const logit = logisticModel ? new Float64Array(n).fill(c.intercept!) : new Float64Array(0);
  const needed = new Uint8Array(logisticModel ? n : 0);

  c.signals.forEach((s, j) => {
    const given = cols[j];
    const hasCoef = s.coef !== undefined;
    if (given === undefined) {
      if (hasCoef) needed.fill(1);
      return;
    }
    const { weight: w, kind, a, b } = s;
    const coef = s.coef ?? 0;
    const typed = ArrayBuffer.isView(given);
    const col = typed ? given : ownItems(given, n);
    for (let i = 0; i < n; i++) {
      const raw = col[i];
      // A typed array holds only numbers; anything else goes through the same checks as scoreHealth.
      const v = typed || (typeof raw === 'number' && raw - raw === 0) ? (raw as number) : readValue(raw, s.id, i);
      if (v === null || v !== v) {
        if (hasCoef) needed[i] = 1;
        continue;
      }
      if (v - v !== 0) readValue(v, s.id, i);
      sum[i] += w * pointsOf(kind, a, b, v);
      present[i] += w;
      if (hasCoef) logit[i] += coef * v;
    }
  });

  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pr = present[i];
    out[i] =
      pr > 0 && pr / c.total >= c.minCoverage && (!logisticModel || needed[i] === 0)
        ? round1(logisticModel ? logistic(logit[i]) : sum[i] / pr)
        : NaN;
  }
  return out;
}
