/**
 * `dist/cdn/autoloader.js`: registers each kit element the first time its tag appears, by importing that element's
 * chunk (`<tag>.js`) from beside this file, so a page downloads only the elements it shows. Elements added later
 * are found by a MutationObserver on the document; a host that renders kit elements inside its own open shadow
 * roots hands each root to `discover()`, which loads what is there and keeps watching it.
 *
 * A page in a shipped language (`<html lang="de">`, or a `lang` on a kit element or its ancestor) also gets that
 * language's module (`translations/<code>.js`), loaded once, the first time a kit element in it is found (one added
 * later too); a later change of `<html lang>`, or of the `lang` of a kit element or an element holding one, loads
 * the new one.
 */
import { kitTags } from './kit-tags.js';
import { shippedLanguages } from './shipped-languages.js';

// Selectors built when the module loads: a host that later replaces Array.prototype.join cannot change them.
const UNDEFINED = kitTags.map((tag) => `${tag}:not(:defined)`).join();
const ANY = kitTags.join();

// Resolved against this module's own URL, so the chunks load from wherever the autoloader is served.
const base = import.meta.url;
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** Loads the shipped language module for a `lang` value (`de-AT` → `translations/de.js`); English needs none. */
function loadLanguage(lang: string | null | undefined): Promise<void> | undefined {
  const code = shippedLanguages.get((lang ?? '').split('-')[0]!.toLowerCase());
  return code ? load(`translations/${code}`) : undefined;
}

function load(module: string): Promise<void> {
  let done = loading.get(module);
  if (!done) {
    const url = new URL(`${module}.js`, base).href;
    done = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => {
        // Forget the failure so the tag's next appearance tries again; the page itself never sees a throw.
        loading.delete(module);
        console.warn(`advocacy-kit: could not load ${url}`, error);
      },
    );
    loading.set(module, done);
  }
  return done;
}

function scan(root: ParentNode): Promise<void>[] {
  const tags = new Set<string>();
  const languages: (Promise<void> | undefined)[] = [];
  // Every kit element brings its language, defined or not: one added later to a section in another language must
  // speak it. Only an undefined one brings its element's chunk. matches(), not kitTags.includes(): a host page may
  // have replaced Array.prototype.includes.
  const found = [...root.querySelectorAll(ANY)];
  if (root instanceof Element && root.matches(ANY)) found.push(root);
  for (const el of found) {
    if (el.matches(UNDEFINED)) tags.add(el.localName);
    languages.push(loadLanguage(el.closest('[lang]')?.getAttribute('lang')));
  }
  // The page's words before its elements: an element defined first would show English until they came.
  const words = Promise.all(languages);
  return [...tags].map((tag) => words.then(() => load(tag)));
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) if (node instanceof Element) void scan(node);
  }
});

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Loads every kit element under `root` that is not defined yet and, for a document or shadow root, keeps loading
 * the ones added to it later. Resolves once their chunks have run (a chunk that fails is reported on the console).
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (root instanceof Document || root instanceof ShadowRoot) watch(root);
  await Promise.all(scan(root));
}

void discover(document);
// A site's language switcher changes <html lang>, or a section's `lang`: bring that language in for the kit elements
// already there.
new MutationObserver((mutations) => {
  for (const { target } of mutations) {
    if (target instanceof Element && (target.matches(ANY) || target.querySelector(ANY))) void loadLanguage(target.getAttribute('lang'));
  }
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
