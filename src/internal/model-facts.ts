import type { getModelFacts } from '../core/models/facts.js';
import { loadFacts } from './facts-on-demand.js';
import { onDemand } from './on-demand.js';

// The gauge and the radar read a built-in model's scale and segments only when given a model id: a chart drawn
// from attributes or properties alone never loads them.

let lookUp: typeof getModelFacts | undefined;

/** Loads the built-in models' numbers, once for the page. */
export const ensureFacts = onDemand(loadFacts, (f) => (lookUp = f));

/**
 * Makes the numbers available without a fetch. The package's main entry imports them, so server rendering, which
 * cannot wait, draws a chart given a model id whole; so does the one-file CDN build.
 */
export function provideFacts(now: typeof getModelFacts): void {
  lookUp = now;
}

/** Whether a chart given `model` must wait for the models' numbers before it renders. */
export function waitsForFacts(model: unknown): boolean {
  return typeof model === 'string' && !lookUp;
}

/**
 * The scale and segments of built-in model `id`; `undefined` for an unknown id, `null` while they are not loaded
 * (they could not be fetched, or a server renders the chart without waiting).
 */
export function modelFacts(id: string): ReturnType<typeof getModelFacts> | null {
  return lookUp ? lookUp(id) : null;
}
