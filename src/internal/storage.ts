/**
 * localStorage that never throws: disabled storage, a full quota or corrupt JSON all read as
 * "nothing stored" and writes report failure instead of raising, so an element keeps working in memory.
 */
function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readJSON(key: string): unknown {
  try {
    const raw = store()?.getItem(key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function writeJSON(key: string, value: unknown): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    /* storage unavailable: nothing to remove */
  }
}
