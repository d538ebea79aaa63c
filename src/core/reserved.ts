// Apart from records.ts, so that an element which only reads host data (the radar) does not ship the list.

/**
 * Names a plain object answers to without owning them. An id among these would read or overwrite an
 * inherited member wherever a consumer keeps data in ordinary objects, so models and configs reject them.
 */
export const reservedIds: readonly string[] = Object.freeze([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
const RESERVED = new Set(reservedIds);

export function isReservedId(id: string): boolean {
  return RESERVED.has(id);
}

export const reservedIdMessage = (id: string): string =>
  `"${id}" is a reserved name (it belongs to every JavaScript object); choose another id`;
