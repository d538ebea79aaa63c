// The badge's details (health-badge-details.ts) are a module of their own, fetched the first time a badge is given
// signals, a row or a decision. The one-file CDN build swaps this module for details-static.ts (vite.config.ts), so
// it bundles no dynamic imports.

export type Details = typeof import('./health-badge-details.js');

export function loadDetails(): Promise<Details> {
  return import('./health-badge-details.js');
}
