import type { BuiltInModelId } from './builtin.js';
import type { AssessmentModel, SafeParseModelResult } from './schema.js';

// Each built-in model's text, and the validator with zod, is a module of its own: a chunk of the CDN's split build
// or a file of the npm build, fetched the first time it is needed. The one-file CDN build, which holds them all,
// swaps this module for load-static.ts (vite.config.ts), so it bundles no dynamic imports.

export function loadModelText(id: BuiltInModelId): Promise<AssessmentModel> {
  return id === 'customer-marketing-5'
    ? import('./customer-marketing-5.js').then((m) => m.customerMarketing5)
    : import('./cma-advocacy-11.js').then((m) => m.cmaAdvocacy11);
}

export function loadValidator(): Promise<(input: unknown) => SafeParseModelResult> {
  return import('./schema.js').then((m) => m.safeParseModel);
}
