// The report's actions (report.ts) are a module of their own, fetched the first time a result shows. The one-file
// CDN build swaps this module for report-static.ts (vite.config.ts), so it bundles no dynamic imports.

export type Report = typeof import('./report.js');

export function loadReport(): Promise<Report> {
  return import('./report.js');
}
