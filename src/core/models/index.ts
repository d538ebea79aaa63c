import { deepFreeze } from '../freeze.js';
import { cmaAdvocacy11 } from './cma-advocacy-11.js';
import { customerMarketing5 } from './customer-marketing-5.js';
import type { AssessmentModel } from './schema.js';

export type BuiltInModelId = 'customer-marketing-5' | 'cma-advocacy-11';


/** Frozen, because every element on the page shares these objects. */
export const builtInModels: Readonly<Record<BuiltInModelId, AssessmentModel>> = deepFreeze({
  'customer-marketing-5': customerMarketing5,
  'cma-advocacy-11': cmaAdvocacy11,
});

export function getModel(id: string): AssessmentModel | undefined {
  return Object.prototype.hasOwnProperty.call(builtInModels, id) ? builtInModels[id as BuiltInModelId] : undefined;
}
