import { cmaAdvocacy11Scale } from './cma-advocacy-11.js';
import { customerMarketing5Scale, customerMarketing5Segments } from './customer-marketing-5.js';
import type { BuiltInModelId } from './index.js';
import type { AssessmentModel } from './schema.js';

/** A built-in model's numbers: its scale and benchmark segments, without any of its text. */
export type ModelFacts = Pick<AssessmentModel, 'id' | 'scale' | 'segments'>;

const facts: Record<BuiltInModelId, ModelFacts> = {
  'customer-marketing-5': { id: 'customer-marketing-5', scale: customerMarketing5Scale, segments: customerMarketing5Segments },
  'cma-advocacy-11': { id: 'cma-advocacy-11', scale: cmaAdvocacy11Scale },
};

/**
 * The scale and segments of a built-in model, for the gauge and the radar: they need no model text, and a
 * page that shows only a chart then ships none of it (~10 KB gzip).
 */
export function getModelFacts(id: string): ModelFacts | undefined {
  return Object.prototype.hasOwnProperty.call(facts, id) ? facts[id as BuiltInModelId] : undefined;
}
