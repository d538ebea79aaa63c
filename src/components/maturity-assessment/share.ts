/**
 * Share links carry a finished assessment in the URL fragment (`#ak=<modelId>.<segment>.<scores>`),
 * which browsers never send to a server. Each score is one base-36 character, in model dimension order.
 */

import { record } from '../../core/records.js';
import { modelSegments } from '../../core/assessment.js';

export interface SharedAssessment {
  modelId: string;
  /** Empty when the assessment had no segment. */
  segment: string;
  scores: number[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SEGMENT = /^[A-Za-z0-9_-]{0,64}$/;
const SCORES = /^[0-9a-z]{1,64}$/;
/** Far longer than any share link; a longer fragment is not read at all. */
const MAX_FRAGMENT = 2048;

/** The fragment parameter (without `#`) for a shared result, or null when it cannot be encoded. */
export function encodeShare(shared: SharedAssessment): string | null {
  const { modelId, segment, scores } = shared;
  if (!ID.test(modelId) || !SEGMENT.test(segment) || scores.length === 0) return null;
  if (scores.some((s) => !Number.isInteger(s) || s < 0 || s > 35)) return null;
  return `ak=${modelId}.${segment}.${scores.map((s) => s.toString(36)).join('')}`;
}

/** Whether a URL fragment carries an `ak=` parameter at all, readable or not. */
export function hasShareParam(hash: string): boolean {
  return typeof hash === 'string' && /(?:^#?|&)ak=/.test(hash.slice(0, MAX_FRAGMENT));
}

/** The fragment without its `ak=` parameter (other `&`-separated parts kept), with its `#`, or '' when nothing is left. */
export function withoutShareParam(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => !p.startsWith('ak='))
    .join('&');
  return rest ? `#${rest}` : '';
}

/** Reads the `ak=` parameter from a URL fragment (`#ak=…`, optionally among `&`-separated parts); junk → null. */
export function decodeShare(hash: string): SharedAssessment | null {
  if (typeof hash !== 'string' || hash.length > MAX_FRAGMENT) return null;
  const param = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith('ak='));
  if (!param) return null;
  let value: string;
  try {
    // Mail clients and chat apps sometimes percent-encode the fragment ("%2E" for ".").
    value = decodeURIComponent(param.slice(3));
  } catch {
    return null;
  }
  const parts = value.split('.');
  if (parts.length !== 3) return null;
  const [modelId, segment, digits] = parts as [string, string, string];
  if (!ID.test(modelId) || !SEGMENT.test(segment) || !SCORES.test(digits)) return null;
  return { modelId, segment, scores: [...digits].map((c) => parseInt(c, 36)) };
}

interface ShareModel {
  id: string;
  scale: { min: number; max: number };
  dimensions: { id: string }[];
  segments?: { id: string }[];
}

/**
 * The answers a shared link holds for `model`, or null unless it names this model, has exactly one
 * in-scale score per dimension and a segment the model knows.
 */
export function sharedAnswers(shared: SharedAssessment, model: ShareModel): Record<string, number> | null {
  if (shared.modelId !== model.id || shared.scores.length !== model.dimensions.length) return null;
  if (shared.segment && !modelSegments(model).some((s) => s.id === shared.segment)) return null;
  const answers = record<number>();
  for (const [i, d] of model.dimensions.entries()) {
    const score = shared.scores[i]!;
    if (score < model.scale.min || score > model.scale.max) return null;
    answers[d.id] = score;
  }
  return answers;
}
