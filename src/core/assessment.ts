import { scaleThreshold } from 'd3-scale';
import { benchmarkStatus, type BenchmarkStatus, type BenchmarkThresholds } from './benchmark.js';
import type { AssessmentModel, ModelBand, ModelSegment } from './models/schema.js';
import { describeValue } from './describe.js';
import { own, record } from './records.js';
import { round1 } from './round.js';

export { benchmarkStatus, type BenchmarkStatus, type BenchmarkThresholds } from './benchmark.js';

export interface LevelSummary {
  score: number;
  label: string;
  description: string;
}

export interface DimensionResult {
  id: string;
  title: string;
  /** The answer, or null when the dimension is unanswered. */
  score: number | null;
  /** The level the answer sits at; null when unanswered. */
  level: LevelSummary | null;
  /** The level above; null at the top of the scale or when unanswered. */
  next: LevelSummary | null;
  /** The dimension's red flags, listed only when it sits at one of the two lowest levels. */
  redFlags: string[];
}

export interface BandSummary {
  id: string;
  label: string;
  interpretation: string;
  nextStep: string;
}

export interface BenchmarkResult extends BenchmarkThresholds {
  segmentId: string;
  label: string;
  status: BenchmarkStatus;
  /** overall − expected, one decimal. */
  delta: number;
}

export interface AssessmentResult {
  modelId: string;
  answered: number;
  total: number;
  complete: boolean;
  overall: number | null;
  band: BandSummary | null;
  dimensions: DimensionResult[];
  weakest: string[];
  spread: number | null;
  benchmark: BenchmarkResult | null;
}

export type AssessmentAnswers = Record<string, number | null | undefined>;

export interface ScoreAssessmentOptions {
  segment?: string;
}

// What `above` reads and writes one double's bits through.
/** The band whose inclusive range holds `value` (already at one decimal), if any. */
export function findBand(model: AssessmentModel, value: number): ModelBand | undefined {
  const eps = 1e-9;
  const { bands } = model;
  if (!bands.length || !(value >= bands[0]!.min - eps)) return undefined;
  // Bands tile the scale in order (parseModel checks it), so the one for a value is the last that starts at or below it.
  const band = scaleThreshold<number, ModelBand>()
    .domain(bands.slice(1).map((b) => b.min - eps))
    .range(bands)(value);
  return value <= band.max + eps ? band : undefined;
}

/**
 * The model's benchmark segments, none if it has none: read as its own field, so that junk a host page put on
 * Object.prototype never passes for the segments of a model without them (built-in models are plain objects).
 */
export function modelSegments<S = ModelSegment>(model: { segments?: readonly S[] }): readonly S[] {
  return own<S[]>(model, 'segments') ?? [];
}

export function scoreAssessment(
  model: AssessmentModel,
  answers: AssessmentAnswers,
  opts: ScoreAssessmentOptions = {},
): AssessmentResult {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new Error(`Answers for model "${model.id}" must be an object of dimension id → score.`);
  }
  const { min, max } = model.scale;
  const known = new Set(model.dimensions.map((d) => d.id));
  // Each answer is read once into a record of our own: a getter cannot pass validation with one value and be
  // scored with another, and nothing inherited (`Object.create({ expansion: 999 })`) is ever an answer.
  const given = record<number>();
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw new Error(`Unknown dimension "${key}" in answers for model "${model.id}".`);
    const value: unknown = answers[key];
    if (value == null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(`Invalid answer for dimension "${key}": ${describeValue(value)} is not a whole number from ${min} to ${max}.`);
    }
    given[key] = value;
  }

  // Optional fields are read as own properties, here and below: see modelSegments.
  const wanted = own<string>(opts, 'segment');
  let segment: ModelSegment | undefined;
  if (wanted != null) {
    segment = modelSegments(model).find((s) => s.id === wanted);
    if (!segment) throw new Error(`Unknown segment "${wanted}" for model "${model.id}".`);
  }

  let weightSum = 0;
  let weighted = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const dimensions: DimensionResult[] = model.dimensions.map((d) => {
    const raw = given[d.id];
    if (raw == null) return { id: d.id, title: d.title, score: null, level: null, next: null, redFlags: [] };
    const w = own<number>(d, 'weight') ?? 1;
    weightSum += w;
    weighted += w * raw;
    lo = Math.min(lo, raw);
    hi = Math.max(hi, raw);
    const summary = (score: number): LevelSummary | null => {
      const l = d.levels.find((x) => x.score === score);
      return l ? { score: l.score, label: l.label, description: l.description } : null;
    };
    return {
      id: d.id,
      title: d.title,
      score: raw,
      level: summary(raw),
      next: raw < max ? summary(raw + 1) : null,
      redFlags: raw <= min + 1 ? [...d.redFlags] : [],
    };
  });

  const answered = dimensions.filter((d) => d.score !== null);
  const overall = answered.length ? round1(weighted / weightSum) : null;
  const band = overall === null ? undefined : findBand(model, overall);
  return {
    modelId: model.id,
    answered: answered.length,
    total: model.dimensions.length,
    complete: answered.length === model.dimensions.length,
    overall,
    band: band ? { id: band.id, label: band.label, interpretation: band.interpretation, nextStep: band.nextStep } : null,
    dimensions,
    weakest: answered.filter((d) => d.score === lo).map((d) => d.id),
    spread: answered.length ? hi - lo : null,
    benchmark:
      segment && overall !== null
        ? {
            segmentId: segment.id,
            label: segment.label,
            expected: segment.expected,
            good: segment.good,
            alarm: segment.alarm,
            status: benchmarkStatus(overall, segment),
            delta: round1(overall - segment.expected),
          }
        : null,
  };
}
