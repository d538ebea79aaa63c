/** The stored shape of an attempt in progress plus the visitor's completed attempts. */
export interface StoredAttempt {
  completedAt: number;
  answers: Record<string, number>;
  overall: number;
}

export interface StoredAssessment {
  v: 1;
  modelId: string;
  segment: string | null;
  answers: Record<string, number>;
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

function validAnswers(v: unknown, model: PersistModel): Record<string, number> | null {
  if (!isRecord(v)) return null;
  const ids = new Set(model.dimensions.map((d) => d.id));
  const out: Record<string, number> = {};
  for (const [k, s] of Object.entries(v)) {
    if (!ids.has(k) || typeof s !== 'number' || !Number.isInteger(s) || s < model.scale.min || s > model.scale.max) {
      return null;
    }
    out[k] = s;
  }
  return out;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Validates what storage holds for `model`. Anything else (corrupt, another version or another model)
 * reads as null, so the element starts fresh instead of trusting it.
 */
export function parseStored(raw: unknown, model: PersistModel): StoredAssessment | null {
  if (!isRecord(raw) || raw.v !== 1 || raw.modelId !== model.id || !isTime(raw.updatedAt)) return null;
  const segment = raw.segment;
  if (segment !== null && (typeof segment !== 'string' || !model.segments?.some((s) => s.id === segment))) return null;
  const answers = validAnswers(raw.answers, model);
  if (!answers || !Array.isArray(raw.history)) return null;
  const history: StoredAttempt[] = [];
  for (const h of raw.history as unknown[]) {
    if (!isRecord(h) || !isTime(h.completedAt) || typeof h.overall !== 'number' || !Number.isFinite(h.overall)) return null;
    const a = validAnswers(h.answers, model);
    if (!a) return null;
    history.push({ completedAt: h.completedAt, answers: a, overall: h.overall });
  }
  return { v: 1, modelId: model.id, segment, answers, updatedAt: raw.updatedAt, history: history.slice(-HISTORY_LIMIT) };
}
