/** A value a host passed, as text for an error message; never throws, whatever the value is. */
export function shown(value: unknown): string {
  try {
    return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return typeof value;
  }
}
