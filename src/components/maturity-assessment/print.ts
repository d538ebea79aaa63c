/**
 * Printing only the report: while the visitor prints from the result's Print button, everything on the host page
 * outside the element's branch of the tree is left out of the printout (on screen nothing changes).
 */
const HIDDEN = 'data-ak-print-hidden';

let sheet: CSSStyleSheet | null = null;

function printSheet(): CSSStyleSheet {
  // A constructed sheet, not a <style> element: a strict style-src CSP allows it.
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`@media print { [${HIDDEN}] { display: none !important; } }`);
  return sheet;
}

/** Hides from print every element that is neither `el`, an ancestor of it nor inside it; returns the undo. */
export function printOnly(el: Element): () => void {
  const marked: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  let node: Element | null = el;
  while (node && node !== document.documentElement) {
    const parent: Element | ShadowRoot | null = node.parentNode instanceof ShadowRoot ? node.parentNode : node.parentElement;
    if (parent instanceof ShadowRoot) roots.push(parent);
    const siblings: Element[] = parent ? [...parent.children] : [];
    for (const sibling of siblings) {
      if (sibling !== node && !sibling.hasAttribute(HIDDEN)) {
        sibling.setAttribute(HIDDEN, '');
        marked.push(sibling);
      }
    }
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  if (!roots.includes(document)) roots.push(document);
  const s = printSheet();
  const adopted = roots.filter((r) => !r.adoptedStyleSheets.includes(s));
  for (const r of adopted) r.adoptedStyleSheets = [...r.adoptedStyleSheets, s];
  return () => {
    for (const m of marked) m.removeAttribute(HIDDEN);
    for (const r of adopted) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((x) => x !== s);
  };
}
