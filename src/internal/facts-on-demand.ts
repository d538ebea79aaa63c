// The built-in models' numbers (src/core/models/facts.ts) are a module of their own, fetched the first time a gauge or
// a radar is given a model id. The one-file CDN build swaps this module for facts-static.ts (vite.config.ts), so it
// bundles no dynamic imports.

import type { getModelFacts } from '../core/models/facts.js';

export function loadFacts(): Promise<typeof getModelFacts> {
  return import('../core/models/facts.js').then((m) => m.getModelFacts);
}
