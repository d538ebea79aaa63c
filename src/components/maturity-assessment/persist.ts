import { record } from '../../core/records.js';
import { modelSegments } from '../../core/assessment.js';

/** A completed attempt, kept as history. */
export interface StoredAttempt {
  completedAt: number;
  answers: Record<string, number>;
  overall: number;
}

/**
 * The stored shape of an attempt in progress plus the visitor's completed attempts. Every answer carries the
 * time it was given, so two tabs answering different dimensions merge instead of overwriting each other.
 */
export interface StoredAssessment {
  v: 1;
  modelId: string;
  segment: string | null;
  answers: Record<string, number>;
  /** When each answer was last given, by dimension id (epoch ms). */
  answeredAt: Record<string, number>;
  /** When the segment was chosen; 0 when it never was. */
  segmentAt: number;
  /** When the visitor last started over: answers and a segment given before it are gone. */
  clearedAt: number;
  updatedAt: number;
  history: StoredAttempt[];
}

export const HISTORY_LIMIT = 10;

export function storageKey(persist: string): string {
  return `advocacy-kit:assessment:${persist}`;
}

interface PersistModel {
  id: string;
  scale: { min: number; max: number };
  dimensions: { id: string }[];
  segments?: { id: string }[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function validAnswers(v: unknown, model: PersistModel): Record<string, number> | null {
  if (!isRecord(v)) return null;
  const ids = new Set(model.dimensions.map((d) => d.id));
  const out = record<number>();
  for (const [k, s] of Object.entries(v)) {
    if (!ids.has(k) || typeof s !== 'number' || !Number.isInteger(s) || s < model.scale.min || s > model.scale.max) {
      return null;
    }
    out[k] = s;
  }
  return out;
}

/** A history entry, or null when it is not one this model could have produced (e.g. an overall of 1e308). */
function validAttempt(h: unknown, model: PersistModel): StoredAttempt | null {
  if (!isRecord(h) || !isTime(h.completedAt)) return null;
  const { overall } = h;
  if (typeof overall !== 'number' || !(overall >= model.scale.min && overall <= model.scale.max)) return null;
  const answers = validAnswers(h.answers, model);
  return answers && { completedAt: h.completedAt, answers, overall };
}

/**
 * Validates what storage holds for `model`. A record that is corrupt, of another version or of another model
 * reads as null, so the element starts fresh instead of trusting it; a bad history entry is dropped alone.
 * Records written before per-answer times existed date every answer at `updatedAt`.
 */
export function parseStored(raw: unknown, model: PersistModel): StoredAssessment | null {
  if (!isRecord(raw) || raw.v !== 1 || raw.modelId !== model.id || !isTime(raw.updatedAt)) return null;
  const { segment, updatedAt } = raw;
  if (segment !== null && (typeof segment !== 'string' || !modelSegments(model).some((s) => s.id === segment))) return null;
  const answers = validAnswers(raw.answers, model);
  if (!answers || !Array.isArray(raw.history)) return null;
  const times: unknown = raw.answeredAt;
  const answeredAt = record<number>();
  for (const id of Object.keys(answers)) {
    const t: unknown = isRecord(times) && Object.hasOwn(times, id) ? times[id] : updatedAt;
    answeredAt[id] = isTime(t) ? t : updatedAt;
  }
  const history: StoredAttempt[] = [];
  for (const h of raw.history as unknown[]) {
    const attempt = validAttempt(h, model);
    if (attempt) history.push(attempt);
  }
  return {
    v: 1,
    modelId: model.id,
    segment,
    answers,
    answeredAt,
    segmentAt: isTime(raw.segmentAt) ? raw.segmentAt : segment === null ? 0 : updatedAt,
    clearedAt: isTime(raw.clearedAt) ? raw.clearedAt : 0,
    updatedAt,
    history: history.slice(-HISTORY_LIMIT),
  };
}

/**
 * Two tabs' records as one: per dimension the later answer wins (ties go to the higher score, so both tabs
 * agree), starting over wins over anything given before it, and the histories are joined.
 */
export function mergeStored(a: StoredAssessment, b: StoredAssessment): StoredAssessment {
  const clearedAt = Math.max(a.clearedAt, b.clearedAt);
  const answers = record<number>();
  const answeredAt = record<number>();
  for (const from of [a, b]) {
    for (const id of Object.keys(from.answers)) {
      const t = from.answeredAt[id]!;
      const score = from.answers[id]!;
      const held = answeredAt[id];
      if (t <= clearedAt || (held !== undefined && (held > t || (held === t && answers[id]! >= score)))) continue;
      answers[id] = score;
      answeredAt[id] = t;
    }
  }
  const later = b.segmentAt > a.segmentAt ? b : a;
  const segment = later.segmentAt > clearedAt ? later.segment : null;
  const attempts = new Map<number, StoredAttempt>();
  for (const h of [...a.history, ...b.history]) attempts.set(h.completedAt, h);
  const history = [...attempts.values()].sort((x, y) => x.completedAt - y.completedAt).slice(-HISTORY_LIMIT);
  return {
    v: 1,
    modelId: a.modelId,
    segment,
    answers,
    answeredAt,
    segmentAt: segment === null ? 0 : later.segmentAt,
    clearedAt,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    history,
  };
}

export function sameAnswers(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Whether two records hold the same answers, segment and history (their times aside). */
export function sameContent(a: StoredAssessment, b: StoredAssessment): boolean {
  return (
    a.segment === b.segment &&
    sameAnswers(a.answers, b.answers) &&
    a.history.length === b.history.length &&
    a.history.every((h, i) => h.completedAt === b.history[i]!.completedAt)
  );
}
