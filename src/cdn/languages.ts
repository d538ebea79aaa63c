import { Localize, type PartialTranslation } from '../internal/localize.js';
import { registerTranslation as register } from '../internal/translator.js';
import { own } from '../core/records.js';
import { kitTags } from './kit-tags.js';
import { shippedLanguages } from './shipped-languages.js';

/**
 * The one-file CDN bundle's languages (its entry, src/cdn/advocacy-kit.ts, imports this module; nothing else
 * does, so npm and the split CDN build carry none of it). The first time an element resolves a shipped language
 * (`<html lang="de">`, `lang="ar"` on a section, a later change of either, across shadow roots), that language's
 * strings are imported from `advocacy-kit.<code>.js` beside the bundle, a data-only module, registered and
 * rendered. An English page fetches nothing. The languages of the page as the bundle finds it are in before its
 * elements are defined, so they speak them from their first render.
 */

const keys = Object.keys;
// Resolved against the bundle's own URL, so its languages load from wherever it is served (another origin too).
const base = import.meta.url;
// Sets and Maps, not objects: the host page may have polluted Object.prototype.
const fetched = new Set<string>();
/** The keys a host registered, by lower-case language code: they win over the fetched strings, whichever came first. */
const hostKeys = new Map<string, Set<string>>();

/** `registerTranslation`, remembering which strings are the host's. */
export function registerTranslation(...translations: PartialTranslation[]): void {
  for (const t of translations) {
    const code: unknown = t !== null && typeof t === 'object' ? own(t, '$code') : undefined;
    if (typeof code !== 'string') continue;
    const id = code.toLowerCase();
    const set = hostKeys.get(id) ?? new Set<string>();
    for (const key of keys(t)) set.add(key);
    hostKeys.set(id, set);
  }
  register(...translations);
}

function fetchLanguage(lang: string): Promise<void> | undefined {
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  const code = shippedLanguages.get(primary);
  if (code === undefined || fetched.has(primary)) return undefined;
  fetched.add(primary);
  return import(/* @vite-ignore */ new URL(`advocacy-kit.${code}.js`, base).href).then(
    ({ default: t }: { default: PartialTranslation }) => {
      const host = hostKeys.get(code.toLowerCase());
      const fresh: Record<string, unknown> = Object.create(null);
      for (const key of keys(t)) if (key === '$code' || !host?.has(key)) fresh[key] = (t as Record<string, unknown>)[key];
      register(fresh as PartialTranslation);
    },
    (error: unknown) => console.warn(`advocacy-kit: could not load the ${code} strings`, error),
  );
}

// Every element asks its localizer for its language when it renders: the one place that sees each element's
// resolved language wherever it is (inside shadow roots too), without adding a line to the shared runtime.
const resolve = Localize.prototype.lang;
let last = '';
Localize.prototype.lang = function (this: Localize): string {
  const lang = resolve.call(this);
  if (lang !== last) {
    last = lang;
    fetchLanguage(lang);
  }
  return lang;
};

// The page's languages as the bundle finds it: `<html lang>`, and the nearest `lang` of each kit element already in
// it. The bundle defines its elements after this module runs, so awaiting the strings here has them speak the
// page's language from their first render; a host module importing the bundle waits as long. A file that fails, or
// takes past 3 s, leaves them English until it comes.
const present = typeof document === 'undefined' ? [] : [document.documentElement, ...document.querySelectorAll(kitTags.join())];
const arriving = present.map((el) => fetchLanguage(el.closest('[lang]')?.getAttribute('lang') ?? '')).filter((p) => p !== undefined);
if (arriving.length) await Promise.race([Promise.all(arriving), new Promise((resolve) => setTimeout(resolve, 3000))]);
