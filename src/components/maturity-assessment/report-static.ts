import { printOnly, resultToCSV, resultToJSON } from './report.js';
import type { Report } from './report-on-demand.js';

// report-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the report already. A plain object,
// not `import * as`: its bundler builds a namespace object with a `for…in`, which a polluted Object.prototype breaks.

export type { Report };

export function loadReport(): Promise<Report> {
  return Promise.resolve({ printOnly, resultToCSV, resultToJSON });
}
