import { provideBuiltInModel, provideValidator, type BuiltInModelId } from './builtin.js';
import { cmaAdvocacy11 } from './cma-advocacy-11.js';
import { customerMarketing5 } from './customer-marketing-5.js';
import { safeParseModel, type AssessmentModel } from './schema.js';

export type { BuiltInModelId } from './builtin.js';

/** Frozen, because every element on the page shares these objects. */
export const builtInModels: Readonly<Record<BuiltInModelId, AssessmentModel>> = Object.freeze({
  'customer-marketing-5': customerMarketing5,
  'cma-advocacy-11': cmaAdvocacy11,
});
// Imported statically with the validator (the core's entry, hence the package's main entry and the one-file CDN
// build), so elements need fetch neither (builtin.ts); provideBuiltInModel freezes each model deeply.
for (const id of Object.keys(builtInModels) as BuiltInModelId[]) provideBuiltInModel(id, builtInModels[id]);
provideValidator(safeParseModel);

export function getModel(id: string): AssessmentModel | undefined {
  return Object.prototype.hasOwnProperty.call(builtInModels, id) ? builtInModels[id as BuiltInModelId] : undefined;
}
