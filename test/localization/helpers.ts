import { LitElement, render } from 'lit';
import { builtInModels, defaultHealthConfig } from '../../src/core/index.js';

/** Every string a built-in model or the default health config holds: seed text, which stays as transcribed. */
export const seedText: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(builtInModels);
  walk(defaultHealthConfig);
  return out;
})();

const mounted: HTMLElement[] = [];
afterEach(unmount);

/** Removes `node` with what `mountIn` mounted, after the test (or at the next `unmount()`). */
export function removeLater(node: HTMLElement): void {
  mounted.push(node);
}

/** Removes everything mounted so far: a test that mounts many states frees each before the next. */
export function unmount(): void {
  for (const m of mounted.splice(0)) m.remove();
}

/** Mounts `template` in a wrapper with the `lang` and `dir` given, as a page section would; removed after each test. */
export async function mountIn<T extends Element>(attrs: { lang?: string; dir?: string }, template: unknown): Promise<T> {
  const wrap = document.createElement('div');
  if (attrs.lang) wrap.lang = attrs.lang;
  if (attrs.dir) wrap.dir = attrs.dir;
  document.body.append(wrap);
  mounted.push(wrap);
  render(template, wrap);
  const el = wrap.firstElementChild as T;
  await settle(el);
  return el;
}

/** Waits for `el` and every kit element inside its shadow trees to finish rendering. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...deepElements(el)].filter((e): e is LitElement => e instanceof LitElement);
    await Promise.all(all.map((e) => e.updateComplete));
  }
}

function* deepElements(node: Element | ShadowRoot): Generator<Element> {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  for (const child of root.querySelectorAll('*')) {
    yield child;
    if (child.shadowRoot) yield* deepElements(child);
  }
}

const NAMES = ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/**
 * What a user reads or hears from an element: every text node in its shadow tree (and the shadow trees of the
 * elements it renders), the accessible-name attributes, and form validation messages. Light-DOM children are
 * the host's and not counted.
 */
export function strings(el: Element): string[] {
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        // Axis labels are the host's or the model's text, wrapped into lines.
        if (n.parentElement?.closest('style, text.axis-label')) continue;
        out.push((n as Text).data);
      } else {
        const e = n as Element;
        for (const a of NAMES) if (e.hasAttribute(a)) out.push(e.getAttribute(a)!);
        if (e.shadowRoot) visit(e.shadowRoot);
      }
    }
  };
  visit(el.shadowRoot!);
  const message = (el as Partial<{ validationMessage: string }>).validationMessage;
  if (message) out.push(message);
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => /\p{L}/u.test(s));
}
