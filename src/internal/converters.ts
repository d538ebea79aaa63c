import type { ComplexAttributeConverter } from 'lit';

/**
 * For reflected properties: reflects strings and numbers, and removes the attribute for anything else a host
 * assigns (an object, say) instead of letting `setAttribute` throw inside the element's update. Reading the
 * attribute keeps Lit's default conversion for the property's `type`.
 */
export const reflectPlain: ComplexAttributeConverter = {
  toAttribute: (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null),
};
