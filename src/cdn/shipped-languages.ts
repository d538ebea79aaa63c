/** The shipped languages, `scripts/package-parts.mjs`'s list, put in by vite.config.ts (`define`). */
declare const __AK_LANGUAGES__: string[];

/**
 * Each shipped language's code by its primary subtag, lower case (`pt` → `pt-BR`), for the CDN builds: the
 * autoloader and the one-file bundle both load a page's language by it. A Map, not an object: the host page may
 * have polluted Object.prototype.
 */
export const shippedLanguages: ReadonlyMap<string, string> = new Map(__AK_LANGUAGES__.map((code) => [code.split('-')[0]!.toLowerCase(), code]));
