/**
 * `dist/cdn/autoloader.js`: registers each kit element the first time its tag appears, by importing that element's
 * chunk (`<tag>.js`) from beside this file, so a page downloads only the elements it shows. Elements added later
 * are found by a MutationObserver on the document; a host that renders kit elements inside its own open shadow
 * roots hands each root to `discover()`, which loads what is there and keeps watching it.
 */
const TAGS = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'];
const UNDEFINED = TAGS.map((tag) => `${tag}:not(:defined)`).join();

// Resolved against this module's own URL, so the chunks load from wherever the autoloader is served.
const base = import.meta.url;
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    const url = new URL(`${tag}.js`, base).href;
    done = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => {
        // Forget the failure so the tag's next appearance tries again; the page itself never sees a throw.
        loading.delete(tag);
        console.warn(`advocacy-kit: could not load ${url}`, error);
      },
    );
    loading.set(tag, done);
  }
  return done;
}

function scan(root: ParentNode): Promise<void>[] {
  const tags = new Set<string>();
  // matches(), not TAGS.includes(): a host page may have replaced Array.prototype.includes.
  if (root instanceof Element && root.matches(UNDEFINED)) tags.add(root.localName);
  for (const el of root.querySelectorAll(UNDEFINED)) tags.add(el.localName);
  return [...tags].map(load);
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
