import { deepFreeze } from '../freeze.js';
import { loadModelText, loadValidator } from './load-on-demand.js';
import type { AssessmentModel, SafeParseModelResult } from './schema.js';

export type BuiltInModelId = 'customer-marketing-5' | 'cma-advocacy-11';

export const builtInModelIds: readonly BuiltInModelId[] = Object.freeze(['customer-marketing-5', 'cma-advocacy-11']);

/** Compared one by one: a host page may have replaced `Array.prototype.includes`. */
export function isBuiltInModelId(id: string): id is BuiltInModelId {
  return id === 'customer-marketing-5' || id === 'cma-advocacy-11';
}

// Each built-in model's text is a module of its own, fetched only when an element asks for that model (a page
// with one assessment loads one model's text); zod, likewise, only when a custom model must be validated
// (load-on-demand.ts). What has
// arrived, or was imported statically (models/index.ts), is used at once: no loading state then, and
// server rendering, which cannot wait, stays whole when the package's main entry is imported.
const ready = new Map<string, AssessmentModel>();
const pending = new Map<string, Promise<AssessmentModel>>();
let validate: ((input: unknown) => SafeParseModelResult) | undefined;

/** Makes built-in models available without a fetch; called by the modules that import them statically. */
export function provideBuiltInModel(id: BuiltInModelId, model: AssessmentModel): void {
  ready.set(id, deepFreeze(model));
}

/** Makes the model validator available without a fetch; called by the modules that import it statically. */
export function provideValidator(fn: (input: unknown) => SafeParseModelResult): void {
  validate = fn;
}

/** The built-in model, if its text is already here. */
export function builtInModelNow(id: BuiltInModelId): AssessmentModel | undefined {
  return ready.get(id);
}

/** The built-in model, fetching its text the first time. */
export function loadBuiltInModel(id: BuiltInModelId): Promise<AssessmentModel> {
  const now = ready.get(id);
  if (now) return Promise.resolve(now);
  let load = pending.get(id);
  if (!load) {
    load = loadModelText(id).then(
      (model) => {
        provideBuiltInModel(id, model);
        return ready.get(id)!;
      },
      (error: unknown) => {
        // A failed fetch (network, CSP) is retried the next time an element asks.
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, load);
  }
  return load;
}

/** The validator's verdict on a custom model, if the validator (and zod) is already here. */
export function validateModelNow(input: unknown): SafeParseModelResult | undefined {
  return validate?.(input);
}

/** The validator's verdict on a custom model, fetching the validator and zod the first time. */
export async function validateModel(input: unknown): Promise<SafeParseModelResult> {
  validate ??= await loadValidator();
  return validate(input);
}
