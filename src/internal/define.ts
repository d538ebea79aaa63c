/** Marks the kit's element classes, so a second copy of the kit on the page is told apart from a foreign element. */
const KIT = Symbol.for('advocacy-kit.element');
const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already taken, so two copies of the kit on one page
 * (an npm build and the CDN file) never throw on `customElements.define`. A tag taken by something else is
 * reported once, by name, since the page would otherwise show another element where the kit's was expected.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  Object.defineProperty(ctor, KIT, { value: true });
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (!Object.hasOwn(existing, KIT) && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`advocacy-kit: <${tag}> is already defined by another script on this page, so the kit's <${tag}> was not registered.`);
  }
}
