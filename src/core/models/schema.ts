import * as z from './zod.js';
import { modelLimits } from '../limits.js';
import { hostArray, own, record } from '../records.js';
import { isReservedId, reservedIdMessage, reservedIds } from '../reserved.js';

/** The answer scale of a model: integer points from `min` to `max`, one label per point. */
export interface ModelScale {
  min: number;
  max: number;
  labels: string[];
}

/** One point of a dimension's scale. */
export interface DimensionLevel {
  score: number;
  label: string;
  description: string;
  evidence: string[];
}

export interface ModelDimension {
  id: string;
  title: string;
  measures: string;
  levels: DimensionLevel[];
  redFlags: string[];
  /** Relative weight in the overall score; 1 when absent. */
  weight?: number;
}

/** A range of overall scores, inclusive at both ends, at one-decimal resolution. */
export interface ModelBand {
  id: string;
  label: string;
  min: number;
  max: number;
  interpretation: string;
  nextStep: string;
}

/** A peer group (by ARR, in US dollars) with benchmark thresholds on the model's scale. */
export interface ModelSegment {
  id: string;
  label: string;
  arr: { min?: number; max?: number };
  expected: number;
  good: number;
  alarm: number;
}

export interface AssessmentModel {
  id: string;
  title: string;
  version: string;
  description?: string;
  scale: ModelScale;
  dimensions: ModelDimension[];
  bands: ModelBand[];
  /** Where the bands come from when the source defines none; shown with the result so derived bands never pass as sourced. */
  bandsNote?: string;
  segments?: ModelSegment[];
}

/** What is wrong with a model field, as a stable code; its figures and ids are in the issue's `params`. */
export type ModelIssueCode =
  | 'required'
  | 'expected-string'
  | 'expected-number'
  | 'expected-integer'
  | 'expected-array'
  | 'expected-object'
  | 'invalid-type'
  | 'empty'
  | 'too-long'
  | 'too-few-items'
  | 'too-many-items'
  | 'at-least'
  | 'greater-than'
  | 'at-most'
  | 'invalid'
  | 'unreadable'
  | 'scale-order'
  | 'too-many-points'
  | 'label-per-point'
  | 'reserved-id'
  | 'duplicate-id'
  | 'off-scale'
  | 'duplicate-score'
  | 'missing-level'
  | 'one-decimal'
  | 'below-min'
  | 'equals-scale-min'
  | 'band-gap'
  | 'equals-scale-max'
  | 'alarm-above-expected'
  | 'good-below-expected'
  | 'arr-order';

/** An issue's figures (`minimum`, `maximum`, `min`, `max`, `count`, `score`, `value`) and the model's ids (`id`, `expected` type). */
export type ModelIssueParams = Readonly<Record<string, string | number>>;

export interface ModelIssue {
  path: string;
  /** In English, for developers; an interface words it from `code` and `params` in its own language. */
  message: string;
  /** Set on every issue `parseModel` and `safeParseModel` report; optional so hosts can build issues of their own. */
  code?: ModelIssueCode;
  params?: ModelIssueParams;
}

/** Thrown by `parseModel`; `issues` point at the offending fields, e.g. `dimensions[2].levels[4].label`. */
export class ModelError extends Error {
  readonly issues: ModelIssue[];
  constructor(issues: ModelIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `${i.path || '(model)'}: ${i.message}`);
    if (issues.length > 10) shown.push(`and ${issues.length - 10} more`);
    super(`Invalid assessment model: ${shown.join('; ')}`);
    this.name = 'ModelError';
    this.issues = issues;
  }
}

export type SafeParseModelResult = { success: true; model: AssessmentModel } | { success: false; error: ModelError };

const MAX_ID = modelLimits.id;
const MAX_LABEL = modelLimits.label;
const MAX_TEXT = modelLimits.text;
const MAX_SCALE_POINTS = modelLimits.scalePoints;

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID));
const text = z.string().check(z.maxLength(MAX_TEXT));
const label = z.string().check(z.minLength(1), z.maxLength(MAX_LABEL));
const num = z.number();

/** Rejects an over-long array before its elements are parsed one by one. */
function list<T extends z.ZodMiniType>(element: T, min = 0, max: number = modelLimits.listItems) {
  return z.pipe(
    z.custom<unknown>((v) => !Array.isArray(v) || v.length <= max, { params: { maximum: max } }),
    z.array(element).check(z.minLength(min)),
  );
}

const levelSchema = z.object({
  score: z.int(),
  label,
  description: text,
  evidence: list(text),
});

const dimensionSchema = z.object({
  id,
  title: label,
  measures: text,
  levels: list(levelSchema, 2, MAX_SCALE_POINTS),
  redFlags: list(text),
  weight: z.optional(num.check(z.positive())),
});

const bandSchema = z.object({
  id,
  label,
  min: num,
  max: num,
  interpretation: text,
  nextStep: text,
});

const segmentSchema = z.object({
  id,
  label,
  arr: z.object({ min: z.optional(num.check(z.gte(0))), max: z.optional(num.check(z.gte(0))) }),
  expected: num,
  good: num,
  alarm: num,
});

const modelSchema = z.object({
  id,
  title: label,
  version: z.string().check(z.minLength(1), z.maxLength(MAX_ID)),
  description: z.optional(text),
  scale: z.object({ min: z.int(), max: z.int(), labels: list(label, 2, MAX_SCALE_POINTS) }),
  dimensions: list(dimensionSchema, 1, modelLimits.dimensions),
  bands: list(bandSchema, 1, modelLimits.bands),
  bandsNote: z.optional(text),
  segments: z.optional(list(segmentSchema, 0, modelLimits.segments)),
});

type Issue = {
  code: string;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  params?: { maximum?: unknown };
};

const TYPE_CODES = new Map<string, ModelIssueCode>([
  ['string', 'expected-string'],
  ['number', 'expected-number'],
  ['int', 'expected-integer'],
  ['array', 'expected-array'],
  ['object', 'expected-object'],
]);

/** One issue: its code and figures, and the English message it has always had. `params` has no prototype. */
function modelIssue(path: string, code: ModelIssueCode, message: string, params?: Record<string, string | number>): ModelIssue {
  return { path, message, code, params: record(params) };
}

/**
 * Whether the field at `path` is missing from `input`, the model's own-data copy (absent, or undefined). Not zod's
 * `reportInput`: its error stringifies every issue's input, a million-item array too, which took seconds.
 */
function missingAt(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return true;
    value = own(value, key as string);
  }
  return value === undefined;
}

/** A zod issue as the kit's code, English message and figures; `missing`: nothing was given where it is expected. */
function fromZod(iss: Issue, missing: boolean): [ModelIssueCode, string, Record<string, string | number>?] {
  const n = (x: unknown) => (typeof x === 'number' ? x : String(x));
  switch (iss.code) {
    case 'invalid_type': {
      if (missing) return ['required', 'required'];
      const expected = String(iss.expected);
      const code = TYPE_CODES.get(expected) ?? 'invalid-type';
      return [code, code === 'expected-integer' ? 'expected a whole number' : `expected ${expected === 'array' || expected === 'object' ? 'an' : 'a'} ${expected}`, { expected }];
    }
    case 'too_small': {
      const minimum = n(iss.minimum);
      if (iss.origin === 'string') return ['empty', 'must not be empty'];
      if (iss.origin === 'array') return ['too-few-items', `needs at least ${minimum} items`, { minimum }];
      return iss.inclusive ? ['at-least', `must be at least ${minimum}`, { minimum }] : ['greater-than', `must be greater than ${minimum}`, { minimum }];
    }
    case 'too_big': {
      const maximum = n(iss.maximum);
      if (iss.origin === 'string') return ['too-long', `is longer than ${maximum} characters`, { maximum }];
      if (iss.origin === 'array') return ['too-many-items', `has more than ${maximum} items`, { maximum }];
      return ['at-most', `must be at most ${maximum}`, { maximum }];
    }
    case 'custom':
      // The only custom check: `list`'s length limit, before the elements are parsed.
      if (iss.params?.maximum !== undefined) return ['too-many-items', `has more than ${n(iss.params.maximum)} items`, { maximum: n(iss.params.maximum) }];
      return ['invalid', 'is invalid'];
    default:
      return ['invalid', 'is invalid'];
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

const oneDecimal = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;
const sameTenth = (a: number, b: number) => Math.round(a * 10) === Math.round(b * 10);

/** Rules zod's shape checks cannot express: coverage of the scale, band tiling, thresholds, unique ids. */
function crossFieldIssues(m: AssessmentModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const add = (path: string, code: ModelIssueCode, message: string, params?: Record<string, string | number>) => issues.push(modelIssue(path, code, message, params));
  const { min, max } = m.scale;

  if (max <= min) add('scale.max', 'scale-order', 'must be greater than scale.min');
  else if (max - min + 1 > MAX_SCALE_POINTS) add('scale', 'too-many-points', `has more than ${MAX_SCALE_POINTS} points`, { maximum: MAX_SCALE_POINTS });
  else if (m.scale.labels.length !== max - min + 1) add('scale.labels', 'label-per-point', `needs one label per scale point (${max - min + 1})`, { count: max - min + 1 });
  const scaleOk = issues.length === 0;

  const unique = (items: { id: string }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (isReservedId(item.id)) add(`${at}[${i}].id`, 'reserved-id', reservedIdMessage(item.id), { id: item.id });
      else if (seen.has(item.id)) add(`${at}[${i}].id`, 'duplicate-id', `duplicate id "${item.id}"`, { id: item.id });
      seen.add(item.id);
    });
  };
  unique(m.dimensions, 'dimensions');
  unique(m.bands, 'bands');
  if (m.segments) unique(m.segments, 'segments');

  if (scaleOk) {
    m.dimensions.forEach((d, i) => {
      const seen = new Set<number>();
      d.levels.forEach((l, j) => {
        const at = `dimensions[${i}].levels[${j}].score`;
        if (l.score < min || l.score > max) add(at, 'off-scale', `must be on the scale ${min}–${max}`, { min, max });
        else if (seen.has(l.score)) add(at, 'duplicate-score', `duplicate score ${l.score}`, { score: l.score });
        seen.add(l.score);
      });
      for (let s = min; s <= max; s++) if (!seen.has(s)) add(`dimensions[${i}].levels`, 'missing-level', `missing a level for score ${s}`, { score: s });
    });

    m.bands.forEach((b, i) => {
      const at = `bands[${i}]`;
      if (!oneDecimal(b.min)) add(`${at}.min`, 'one-decimal', 'must have at most one decimal');
      if (!oneDecimal(b.max)) add(`${at}.max`, 'one-decimal', 'must have at most one decimal');
      if (b.max < b.min) add(`${at}.max`, 'below-min', 'must not be below min');
      if (i === 0 && !sameTenth(b.min, min)) add(`${at}.min`, 'equals-scale-min', `must equal scale.min (${min})`, { min });
      if (i > 0 && !sameTenth(b.min, m.bands[i - 1].max + 0.1)) {
        const value = Math.round((m.bands[i - 1].max + 0.1) * 10) / 10;
        add(`${at}.min`, 'band-gap', `must be ${value}, 0.1 above the previous band's max, with no gap or overlap`, { value });
      }
      if (i === m.bands.length - 1 && !sameTenth(b.max, max)) add(`${at}.max`, 'equals-scale-max', `must equal scale.max (${max})`, { max });
    });

    m.segments?.forEach((s, i) => {
      const at = `segments[${i}]`;
      for (const key of ['alarm', 'expected', 'good'] as const) {
        if (s[key] < min || s[key] > max) add(`${at}.${key}`, 'off-scale', `must be on the scale ${min}–${max}`, { min, max });
      }
      if (s.alarm > s.expected) add(`${at}.alarm`, 'alarm-above-expected', 'must not be above expected');
      if (s.expected > s.good) add(`${at}.good`, 'good-below-expected', 'must not be below expected');
      if (s.arr.min !== undefined && s.arr.max !== undefined && s.arr.min > s.arr.max) add(`${at}.arr.max`, 'arr-order', 'must not be below arr.min');
    });
  }
  return issues;
}

/**
 * A model as data of its own, read once: own enumerable properties in null-prototype records, arrays copied by
 * index. zod reads a field through the prototype chain, so `Object.prototype.weight = 1000` would otherwise weigh
 * every dimension that sets none. Models are a few levels deep; deeper values are left as they are.
 */
function ownData(x: unknown, depth = 0): unknown {
  if (x === null || typeof x !== 'object' || depth > 8) return x;
  // A list longer than any modelLimits allows is copied only as far as shows it is too long: a million dimensions
  // are rejected without reading a million items.
  const list = hostArray(x, 100);
  if (list) return list.map((v) => ownData(v, depth + 1));
  const out = record(x as Record<string, unknown>);
  for (const k in out) out[k] = ownData(out[k], depth + 1);
  return out;
}

/** Validates any input (junk, cycles, throwing getters, huge arrays) without ever throwing. */
export function safeParseModel(host: unknown): SafeParseModelResult {
  let issues: ModelIssue[];
  try {
    const input = ownData(host);
    const parsed = modelSchema.safeParse(input);
    if (parsed.success) {
      // Null-prototype records again: zod builds plain objects, where an optional field a model leaves out
      // (`weight`, `segments`) would read what a host put on Object.prototype.
      const model = ownData(parsed.data) as AssessmentModel;
      issues = crossFieldIssues(model);
      if (!issues.length) return { success: true, model };
    } else {
      // An absent field is `required`; a present one of the wrong type is not.
      issues = parsed.error.issues.map((i) => modelIssue(formatPath(i.path), ...fromZod(i as unknown as Issue, missingAt(input, i.path))));
    }
  } catch {
    issues = [modelIssue('', 'unreadable', 'could not be read (a property threw while being accessed)')];
  }
  return { success: false, error: new ModelError(issues) };
}

/** Validates a model, throwing `ModelError` with precise issue paths when it is not usable. */
export function parseModel(input: unknown): AssessmentModel {
  const result = safeParseModel(input);
  if (!result.success) throw result.error;
  return result.model;
}

/** JSON Schema (draft 2020-12) of an assessment model, for authoring tools; cross-field rules are described, not encoded. */
export function modelJsonSchema(): object {
  const str = (maxLength: number = MAX_TEXT, minLength = 0) => ({ type: 'string', minLength, maxLength });
  const idStr = { ...str(MAX_ID, 1), not: { enum: [...reservedIds] } };
  const strList = { type: 'array', items: str(), maxItems: modelLimits.listItems };
  const obj = (properties: Record<string, object>, required: string[], description?: string) => ({
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required,
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://advocacy-kit.dev/schemas/assessment-model.json',
    title: 'Assessment model',
    ...obj(
      {
        id: idStr,
        title: str(MAX_LABEL, 1),
        version: str(MAX_ID, 1),
        description: str(),
        scale: obj(
          {
            min: { type: 'integer' },
            max: { type: 'integer' },
            labels: { type: 'array', items: str(MAX_LABEL, 1), minItems: 2, maxItems: MAX_SCALE_POINTS },
          },
          ['min', 'max', 'labels'],
          'Integer points from min to max, one label per point.',
        ),
        dimensions: { type: 'array', minItems: 1, maxItems: modelLimits.dimensions, items: { $ref: '#/$defs/dimension' } },
        bands: {
          type: 'array',
          minItems: 1,
          maxItems: modelLimits.bands,
          description: 'In ascending order, covering [scale.min, scale.max] at one-decimal resolution: each min is the previous max + 0.1.',
          items: { $ref: '#/$defs/band' },
        },
        bandsNote: {
          ...str(),
          description: 'Where the bands come from when the source defines none; shown with the result (e.g. "Bands derived from the four stages").',
        },
        segments: { type: 'array', maxItems: modelLimits.segments, items: { $ref: '#/$defs/segment' } },
      },
      ['id', 'title', 'version', 'scale', 'dimensions', 'bands'],
      'Dimension, band and segment ids are unique within their lists.',
    ),
    $defs: {
      level: obj({ score: { type: 'integer' }, label: str(MAX_LABEL, 1), description: str(), evidence: strList }, [
        'score',
        'label',
        'description',
        'evidence',
      ]),
      dimension: obj(
        {
          id: idStr,
          title: str(MAX_LABEL, 1),
          measures: str(),
          levels: { type: 'array', minItems: 2, maxItems: MAX_SCALE_POINTS, items: { $ref: '#/$defs/level' } },
          redFlags: strList,
          weight: { type: 'number', exclusiveMinimum: 0 },
        },
        ['id', 'title', 'measures', 'levels', 'redFlags'],
        'Level scores cover every scale point exactly once. Red flags show at the two lowest levels.',
      ),
      band: obj(
        {
          id: idStr,
          label: str(MAX_LABEL, 1),
          min: { type: 'number' },
          max: { type: 'number' },
          interpretation: str(),
          nextStep: str(),
        },
        ['id', 'label', 'min', 'max', 'interpretation', 'nextStep'],
      ),
      segment: obj(
        {
          id: idStr,
          label: str(MAX_LABEL, 1),
          arr: obj({ min: { type: 'number', minimum: 0 }, max: { type: 'number', minimum: 0 } }, []),
          expected: { type: 'number' },
          good: { type: 'number' },
          alarm: { type: 'number' },
        },
        ['id', 'label', 'arr', 'expected', 'good', 'alarm'],
        'Thresholds lie on the scale with alarm ≤ expected ≤ good.',
      ),
    },
  };
}
