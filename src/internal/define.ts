/**
 * Registers a custom element unless the tag is already taken, so two copies of the kit on one page
 * (an npm build and the CDN file) never throw on `customElements.define`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, ctor);
}
