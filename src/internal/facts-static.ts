import { getModelFacts } from '../core/models/facts.js';

// facts-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the models' numbers already.

export function loadFacts(): Promise<typeof getModelFacts> {
  return Promise.resolve(getModelFacts);
}
