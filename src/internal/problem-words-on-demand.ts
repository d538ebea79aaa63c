// The words of the charts' problems (src/translations/en/chart-problems.ts) are a module of their own, fetched the
// first time a gauge or a radar has a problem to show. The one-file CDN build swaps this module for
// problem-words-static.ts (vite.config.ts), so it bundles no dynamic imports.

export type ProblemWords = typeof import('../translations/en/chart-problems.js').default;

export function loadProblemWords(): Promise<ProblemWords> {
  return import('../translations/en/chart-problems.js').then((m) => m.default);
}
