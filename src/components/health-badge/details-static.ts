import { readDecision, readRow, renderBreakdown, renderDecision, scoreSignals, spokenWarnings } from './health-badge-details.js';
import type { Details } from './details-on-demand.js';

// details-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the details already. A plain object,
// not `import * as`: its bundler builds a namespace object with a `for…in`, which a polluted Object.prototype breaks.

export type { Details };

export function loadDetails(): Promise<Details> {
  return Promise.resolve({ readDecision, readRow, renderBreakdown, renderDecision, scoreSignals, spokenWarnings });
}
