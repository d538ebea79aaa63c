import { provideBuiltInModel, type BuiltInModelId } from './builtin.js';
import { cmaAdvocacy11 } from './cma-advocacy-11.js';
import { customerMarketing5 } from './customer-marketing-5.js';
import type { AssessmentModel } from './schema.js';

export type { BuiltInModelId } from './builtin.js';

/** Frozen, because every element on the page shares these objects. */
export const builtInModels: Readonly<Record<BuiltInModelId, AssessmentModel>> = Object.freeze({
  'customer-marketing-5': customerMarketing5,
  'cma-advocacy-11': cmaAdvocacy11,
});
// Imported statically, so elements need not fetch them (builtin.ts); provideBuiltInModel freezes each deeply.
for (const id of Object.keys(builtInModels) as BuiltInModelId[]) provideBuiltInModel(id, builtInModels[id]);

export function getModel(id: string): AssessmentModel | undefined {
  return Object.prototype.hasOwnProperty.call(builtInModels, id) ? builtInModels[id as BuiltInModelId] : undefined;
}
