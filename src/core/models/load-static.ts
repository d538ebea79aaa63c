import type { BuiltInModelId } from './builtin.js';
import { cmaAdvocacy11 } from './cma-advocacy-11.js';
import { customerMarketing5 } from './customer-marketing-5.js';
import { safeParseModel, type AssessmentModel, type SafeParseModelResult } from './schema.js';

// load-on-demand.ts for the one-file CDN build (vite.config.ts): everything is in the file already. Its bundler
// would otherwise turn each dynamic import into a namespace object built by a `for…in` over the exports, which
// a host's enumerable junk on Object.prototype breaks.

export function loadModelText(id: BuiltInModelId): Promise<AssessmentModel> {
  return Promise.resolve(id === 'customer-marketing-5' ? customerMarketing5 : cmaAdvocacy11);
}

export function loadValidator(): Promise<(input: unknown) => SafeParseModelResult> {
  return Promise.resolve(safeParseModel);
}
