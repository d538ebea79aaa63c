// What the package is made of, for the build (vite.config.ts) and the size checks (bench/size.mjs): one list each,
// so a new element or language is added in one place.

/** The six elements; each gets its own entry point, `advocacy-kit/<tag>`, and its own CDN module. */
export const tags = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'];

/** Shipped languages besides English, each its own module: `advocacy-kit/translations/<code>`. */
export const languages = ['de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'ar'];
