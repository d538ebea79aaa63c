import type { PartialTranslation } from '../internal/localize.js';

/** The shipped languages, `scripts/package-parts.mjs`'s list, put in by vite.config.ts (`define`). */
declare const __AK_LANGUAGES__: string[];

// Resolved against the bundle's own URL, so its languages load from wherever it is served (another origin too).
const base = import.meta.url;
// A Map, not an object: the host page may have polluted Object.prototype. By primary subtag: `pt` and `pt-PT` find pt-BR.
const shipped = new Map(__AK_LANGUAGES__.map((code) => [code.split('-')[0].toLowerCase(), code]));

/**
 * The one-file CDN bundle's languages (vite.config.ts puts this module in place of `src/internal/load-translation.ts`
 * in `--mode cdn`): the table of a shipped language, imported from `advocacy-kit.<code>.js` beside the bundle, a
 * data-only module; undefined for English and for a language the kit does not ship. An English page fetches nothing.
 */
export const fetchTranslation = (lang: string): Promise<PartialTranslation> | undefined => {
  const code = shipped.get(lang.split('-')[0]);
  return code === undefined
    ? undefined
    : import(/* @vite-ignore */ new URL(`advocacy-kit.${code}.js`, base).href).then((module: { default: PartialTranslation }) => module.default);
};
