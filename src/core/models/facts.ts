import type { BuiltInModelId } from './builtin.js';
import type { AssessmentModel, ModelScale, ModelSegment } from './schema.js';

// The built-in models' numbers live here and their text in its own module per model, which imports these: a page
// with only a chart then ships no model text, and an assessment only its own model's.

/** Seed 000's scale and benchmark segments. */
export const customerMarketing5Scale: ModelScale = { min: 1, max: 5, labels: ['Ad hoc', 'Emerging', 'Defined', 'Managed', 'Optimized'] };

export const customerMarketing5Segments: ModelSegment[] = [
  {
    id: 'startup',
    label: 'Startup (<$5M ARR)',
    arr: { max: 5000000 },
    expected: 1.4,
    good: 2,
    alarm: 1,
  },
  {
    id: 'growth',
    label: 'Growth ($5M-$50M ARR)',
    arr: { min: 5000000, max: 50000000 },
    expected: 2.3,
    good: 3,
    alarm: 1.6,
  },
  {
    id: 'scale',
    label: 'Scale ($50M-$200M ARR)',
    arr: { min: 50000000, max: 200000000 },
    expected: 3.2,
    good: 3.8,
    alarm: 2.3,
  },
  {
    id: 'enterprise',
    label: 'Enterprise ($200M+ ARR)',
    arr: { min: 200000000 },
    expected: 3.6,
    good: 4.2,
    alarm: 2.8,
  },
];

/** Seed 001's scale (it defines no benchmark segments). */
export const cmaAdvocacy11Scale: ModelScale = { min: 1, max: 4, labels: ['Undeveloped', 'Emerging', 'Focused', 'Advanced'] };

/** A built-in model's numbers: its scale and benchmark segments, without any of its text. */
export type ModelFacts = Pick<AssessmentModel, 'id' | 'scale' | 'segments'>;

const facts: Record<BuiltInModelId, ModelFacts> = {
  'customer-marketing-5': { id: 'customer-marketing-5', scale: customerMarketing5Scale, segments: customerMarketing5Segments },
  // No segments, said as its own field: a gauge never reads segments a host page put on Object.prototype.
  'cma-advocacy-11': { id: 'cma-advocacy-11', scale: cmaAdvocacy11Scale, segments: [] },
};

/**
 * The scale and segments of a built-in model, for the gauge and the radar: they need no model text, and a
 * page that shows only a chart then ships none of it (~10 KB gzip).
 */
export function getModelFacts(id: string): ModelFacts | undefined {
  return Object.prototype.hasOwnProperty.call(facts, id) ? facts[id as BuiltInModelId] : undefined;
}
