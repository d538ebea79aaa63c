import { deepFreeze } from './freeze.js';
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

export interface HealthBands {
  /** Lowest green score. */
  green: number;
  /** Lowest amber score; below it is red. */
  amber: number;
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

export type HealthBand = 'green' | 'amber' | 'red';

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

const DEFAULT_BANDS: HealthBands = Object.freeze({ green: 80, amber: 50 });
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


/**
 * erfc with fractional error below 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit), so Φ below
 * is within 1e-7; one exp and no loop keeps batch scoring fast.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
        t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export function erf(x: number): number {
  return 1 - erfc(x);
}

/** The standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** 0–100 points for one raw value. */
export function normalizeSignal(n: HealthNormalizer, value: number): number {
  switch (n.kind) {
    case 'min-max': {
      const p = (value - n.min) * (100 / (n.max - n.min));
      return p < 0 ? 0 : p > 100 ? 100 : p;
    }
    case 'inverse': {
      const rate = value < 0 ? 0 : value > 1 ? 1 : value;
      return (1 - rate) * 100;
    }
    case 'z-percentile':
      return normalCdf((value - n.mean) / n.sd) * 100;
    case 'decay':
      return value <= n.grace ? 100 : 100 * Math.pow(0.5, (value - n.grace) / n.halfLife);
  }
}

const validated = new WeakSet<object>();

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Throws a clear Error when a config cannot score; results are cached per config object. */
export function validateHealthConfig(config: HealthConfig): void {
  if (config && typeof config === 'object' && validated.has(config)) return;
  const fail = (msg: string): never => {
    throw new Error(`Invalid health config: ${msg}`);
  };
  if (!config || typeof config !== 'object' || !Array.isArray(config.signals) || config.signals.length === 0) {
    fail('"signals" must be a non-empty array.');
  }
  const ids = new Set<string>();
  config.signals.forEach((s, i) => {
    const at = `signals[${i}]`;
    if (!s || typeof s !== 'object') return fail(`${at} must be an object.`);
    if (typeof s.id !== 'string' || !s.id) fail(`${at}.id must be a non-empty string.`);
    if (ids.has(s.id)) fail(`${at}.id "${s.id}" is used twice.`);
    ids.add(s.id);
    if (typeof s.label !== 'string') fail(`${at}.label must be a string.`);
    if (!finite(s.weight) || s.weight <= 0) fail(`${at}.weight must be a number > 0.`);
    const n = s.normalize && typeof s.normalize === 'object' ? s.normalize : undefined;
    if (n?.kind === 'min-max') {
      if (!finite(n.min) || !finite(n.max) || n.max <= n.min) fail(`${at}.normalize needs finite min < max.`);
    } else if (n?.kind === 'z-percentile') {
      if (!finite(n.mean) || !finite(n.sd) || n.sd <= 0) fail(`${at}.normalize needs a finite mean and sd > 0.`);
    } else if (n?.kind === 'decay') {
      if (!finite(n.grace) || !finite(n.halfLife) || n.halfLife <= 0) fail(`${at}.normalize needs a finite grace and halfLife > 0.`);
    } else if (n?.kind !== 'inverse') {
      fail(`${at}.normalize.kind must be "min-max", "inverse", "z-percentile" or "decay".`);
    }
  });
  const cov = config.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (!finite(cov) || cov < 0 || cov > 1) fail('"minCoverage" must be between 0 and 1.');
  const bands = config.bands ?? DEFAULT_BANDS;
  if (!bands || !finite(bands.green) || !finite(bands.amber) || !(0 <= bands.amber && bands.amber <= bands.green && bands.green <= 100)) {
    fail('"bands" must satisfy 0 ≤ amber ≤ green ≤ 100.');
  }
  const m = config.model;
  if (m !== undefined) {
    if (!m || m.kind !== 'logistic' || !finite(m.intercept) || !m.coefficients || typeof m.coefficients !== 'object') {
      fail('"model" must be { kind: "logistic", intercept, coefficients }.');
    }
    for (const [id, c] of Object.entries(m.coefficients)) {
      if (!ids.has(id)) fail(`model.coefficients names unknown signal "${id}".`);
      if (!finite(c)) fail(`model.coefficients["${id}"] must be a finite number.`);
    }
  }
  validated.add(config);
}

/** green / amber / red for a 0–100 score (80–100 / 50–79.x / below 50 by default). */
export function healthBand(score: number, config?: Pick<HealthConfig, 'bands'>): HealthBand {
  if (typeof score !== 'number' || !(score >= 0 && score <= 100)) {
    throw new Error(`Health score must be a number from 0 to 100, got ${String(score)}.`);
  }
  const bands = config?.bands ?? DEFAULT_BANDS;
  return score >= bands.green ? 'green' : score >= bands.amber ? 'amber' : 'red';
}

function readSignal(signals: HealthSignals, id: string): number | null {
  const v: unknown = signals[id];
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (typeof v !== 'number') throw new Error(`Health signal "${id}" must be a number, got ${typeof v}.`);
  if (!Number.isFinite(v)) throw new Error(`Health signal "${id}" must be finite, got ${v}.`);
  return v;
}

function logistic(logit: number): number {
  return 100 * (1 - 1 / (1 + Math.exp(-logit)));
}

/** One account's health: 0–100 with one decimal, or null when too few signals are present. */
export function scoreHealth(signals: HealthSignals, config: HealthConfig = defaultHealthConfig): HealthResult {
  validateHealthConfig(config);
  if (signals === null || typeof signals !== 'object') throw new Error('Health signals must be an object of signal id → number.');
  const model = config.model;
  const contributions: HealthContribution[] = [];
  const missing: string[] = [];
  let total = 0;
  let present = 0;
  let sum = 0;
  let logit = model ? model.intercept : 0;
  let modelMissing = false;
  for (const s of config.signals) {
    total += s.weight;
    const raw = readSignal(signals, s.id);
    const coef = model?.coefficients[s.id];
    if (raw === null) {
      missing.push(s.id);
      if (coef !== undefined) modelMissing = true;
      continue;
    }
    const points = normalizeSignal(s.normalize, raw);
    present += s.weight;
    sum += s.weight * points;
    if (coef !== undefined) logit += coef * raw;
    contributions.push({ id: s.id, label: s.label, weight: s.weight, raw, points, contribution: model ? (coef ?? 0) * raw : 0 });
  }
  if (!model) for (const c of contributions) c.contribution = (c.weight / present) * c.points;

  const covered = present > 0 && present / total >= (config.minCoverage ?? DEFAULT_MIN_COVERAGE);
  if (!covered || modelMissing) return { score: null, band: 'unknown', contributions, missing };
  const score = round1(model ? logistic(logit) : sum / present);
  return { score, band: healthBand(score, config), contributions, missing };
}

/**
 * Scores many accounts at once from typed-array columns (NaN = missing); NaN in the result means unknown.
 * Gives the same numbers as `scoreHealth` row by row, with one tight pass per signal.
 */
export function scoreHealthBatch(
  columns: Record<string, ArrayLike<number>>,
  config: HealthConfig = defaultHealthConfig,
): Float64Array {
  validateHealthConfig(config);
  if (columns === null || typeof columns !== 'object') throw new Error('Health columns must be an object of signal id → array of numbers.');
  let n = -1;
  for (const s of config.signals) {
    const col = columns[s.id];
    if (col == null) continue;
    if (typeof col.length !== 'number') throw new Error(`Health column "${s.id}" must be array-like.`);
    if (n === -1) n = col.length;
    else if (col.length !== n) throw new Error(`Health column "${s.id}" has ${col.length} rows, expected ${n}.`);
  }
  if (n <= 0) return new Float64Array(0);

  const model = config.model;
  const sum = new Float64Array(n);
  const present = new Float64Array(n);
  // The logistic model's buffers are empty when there is no model: only `model` rows ever touch them.
  const logit = model ? new Float64Array(n).fill(model.intercept) : new Float64Array(0);
  const needed = new Uint8Array(model ? n : 0);
  let total = 0;

  for (const s of config.signals) {
    total += s.weight;
    const col = columns[s.id];
    const coef = model?.coefficients[s.id];
    if (col == null) {
      if (coef !== undefined) needed.fill(1);
      continue;
    }
    const w = s.weight;
    const norm = s.normalize;
    // Parameters are hoisted into locals so the row loop reads no objects; the arithmetic matches
    // normalizeSignal operation for operation so both paths give identical numbers.
    const kind = norm.kind === 'min-max' ? 0 : norm.kind === 'inverse' ? 1 : norm.kind === 'z-percentile' ? 2 : 3;
    const a = norm.kind === 'min-max' ? norm.min : norm.kind === 'z-percentile' ? norm.mean : norm.kind === 'decay' ? norm.grace : 0;
    const b =
      norm.kind === 'min-max' ? 100 / (norm.max - norm.min) : norm.kind === 'z-percentile' ? norm.sd : norm.kind === 'decay' ? norm.halfLife : 1;
    const hasCoef = coef !== undefined;
    const c = coef ?? 0;
    for (let i = 0; i < n; i++) {
      const v = +col[i];
      if (v !== v) {
        if (hasCoef) needed[i] = 1;
        continue;
      }
      if (v - v !== 0) throw new Error(`Health signal "${s.id}" must be finite, got ${v} in row ${i}.`);
      let p: number;
      if (kind === 0) {
        p = (v - a) * b;
        p = p < 0 ? 0 : p > 100 ? 100 : p;
      } else if (kind === 1) {
        p = (1 - (v < 0 ? 0 : v > 1 ? 1 : v)) * 100;
      } else if (kind === 2) {
        p = normalCdf((v - a) / b) * 100;
      } else {
        p = v <= a ? 100 : 100 * Math.pow(0.5, (v - a) / b);
      }
      sum[i] += w * p;
      present[i] += w;
      if (hasCoef) logit[i] += c * v;
    }
  }

  const minCoverage = config.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pr = present[i];
    out[i] =
      pr > 0 && pr / total >= minCoverage && (!model || needed[i] === 0)
        ? round1(model ? logistic(logit[i]) : sum[i] / pr)
        : NaN;
  }
  return out;
}
