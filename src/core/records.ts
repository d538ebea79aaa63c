/**
 * Id-keyed data on a page we do not control. A host may have put enumerable properties on
 * `Object.prototype` (`Object.prototype.nps = 100`) or replaced built-ins before the kit loaded, so reads go
 * through own-property checks, records have no prototype, and the built-ins used here are captured once.
 */

const hasOwn = Object.hasOwn;
const create = Object.create;
const keys = Object.keys;
const isArray = Array.isArray;

/** The value `record` itself holds under `key`; never one inherited from its prototype chain. */
export function own<T>(record: object, key: string): T | undefined {
  return hasOwn(record, key) ? ((record as Record<string, T>)[key] as T) : undefined;
}

/** A record with no prototype, optionally filled from the own enumerable properties of `from`. */
export function record<T>(from?: Readonly<Record<string, T>>): Record<string, T> {
  const out = create(null) as Record<string, T>;
  if (from) for (const k of keys(from)) out[k] = from[k] as T;
  return out;
}

/**
 * A host's array copied by index into a plain array of our own, or null for anything else. The host's array is
 * then read once: its own `includes` or iterator, or a replaced `Array.prototype` method, cannot show a check one
 * list and the code after it another, and a hole reads as undefined, never as an inherited `Array.prototype[i]`.
 * At most `limit` items are copied.
 */
export function hostArray(x: unknown, limit = Infinity): unknown[] | null {
  if (!isArray(x)) return null;
  const n = x.length;
  // A Proxy of an array passes isArray yet may answer any length.
  if (n !== n >>> 0) return null;
  const out: unknown[] = [];
  for (let i = 0; i < n && i < limit; i++) out[i] = hasOwn(x, i) ? x[i] : undefined;
  return out;
}
