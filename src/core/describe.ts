/**
 * A value that failed validation, as text for an error message: strings quoted, numbers, booleans, null and
 * undefined as written, anything else by its type. Never throws and never grows with the value's size.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
