import { LocalizeController } from '@shoelace-style/localize';
import { own, record } from '../core/records.js';
import { isReservedId } from '../core/reserved.js';
import { say, translationsChanged, useTranslator, type Localize, type PartialTranslation, type Translator } from './localize.js';

// Taken when the module loads: a host that later replaces these cannot change what the kit reads.
const hasOwn = Object.hasOwn;
const keys = Object.keys;
const Locale = Intl.Locale;
const now = Date.now;

/**
 * How long an element switched to a language with no words registered yet keeps speaking the one it spoke: a site's
 * language switcher changes `lang` first, and the CDN builds fetch the new language's module only then.
 */
const SWITCH_GRACE = 3000;

/**
 * The kit's own translations, by lower-case language code, in null-prototype records. Not the library's
 * store: that one merges into plain objects (a key a language lacks would be read from a polluted
 * `Object.prototype`) and is shared with any Shoelace or Web Awesome on the page, whose keys would mix with ours.
 */
const store: Record<string, Record<string, unknown>> = record();
/** The tables to read each language from, until the next registration: a page of a thousand badges looks each up once. */
const lookups = new Map<string, Record<string, unknown>[]>();

/**
 * Adds a language, or overrides some of a language's strings: only the keys given change, and a key no
 * registered language has falls back to English. Elements on the page re-render in the new wording.
 *
 * @example registerTranslation({ $code: 'de', 'nps.submit': 'Abschicken' })
 */
export function registerTranslation(...translations: PartialTranslation[]): void {
  for (const t of translations) {
    const code: unknown = t !== null && typeof t === 'object' ? own(t, '$code') : undefined;
    if (typeof code !== 'string' || !validLocale(code)) continue;
    const id = code.toLowerCase();
    const table = own<Record<string, unknown>>(store, id) ?? record<unknown>();
    for (const key of keys(t)) {
      const value: unknown = (t as Record<string, unknown>)[key];
      if (!isReservedId(key) && (typeof value === 'string' || typeof value === 'function')) table[key] = value;
    }
    store[id] = table;
  }
  lookups.clear();
  translationsChanged();
}

function validLocale(code: string): boolean {
  try {
    new Locale(code);
    return true;
  } catch {
    return false;
  }
}

/** The registered tables to read `lang` from, best first: `pt-br`, `pt`, any other `pt-*`, then English overrides. */
function tablesFor(lang: string): Record<string, unknown>[] {
  let cached = lookups.get(lang);
  if (!cached) {
    cached = findTables(lang);
    lookups.set(lang, cached);
  }
  return cached;
}

/** Whether `lang` is English, or has words of its own registered (its primary language's will do). */
function spoken(lang: string): boolean {
  return lang === 'en' || lang.startsWith('en-') || tablesFor(lang).some((t) => t !== own(store, 'en'));
}

function findTables(lang: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const parts = lang.split('-');
  for (let n = parts.length; n > 0; n--) {
    const t = own<Record<string, unknown>>(store, parts.slice(0, n).join('-'));
    if (t) out.push(t);
  }
  if (out.length === 0) {
    for (const code of keys(store)) if (code.startsWith(`${parts[0]}-`)) out.push(store[code]);
  }
  const english = own<Record<string, unknown>>(store, 'en');
  if (english) out.push(english);
  return out;
}

/**
 * `@shoelace-style/localize`'s controller for one element, reading its strings from the kit's store in the
 * language the element's `Localize` resolved (its own `lang`, an ancestor's, the document's), then the
 * element's English table. The library also re-renders the element when `<html lang>` or `dir` changes.
 */
class StoreTranslator extends LocalizeController implements Translator {
  private readonly _loc: Localize<object>;
  /** The last language the element spoke, and since when its own has had no words, while that lasts. */
  private _spoke = '';
  private _unspokenSince = 0;

  constructor(loc: Localize<object>) {
    super(loc.host);
    this._loc = loc;
  }

  override lang(): string {
    return this._loc.lang();
  }

  override dir(): string {
    return this._loc.dir();
  }

  /**
   * The language to take words from: the element's own, once it is spoken; after a switch to one not spoken yet, the
   * one it spoke before, for SWITCH_GRACE at most, so a page switched from French to German never shows English in
   * between. Past that the element falls back to English, as for any language the kit does not speak.
   */
  private _speaking(): string {
    const lang = this._loc.lang();
    if (spoken(lang)) {
      this._spoke = lang;
      this._unspokenSince = 0;
      return lang;
    }
    if (!this._spoke) return lang;
    if (!this._unspokenSince) {
      this._unspokenSince = now();
      setTimeout(() => this._loc.host.requestUpdate(), SWITCH_GRACE);
    }
    return now() - this._unspokenSince < SWITCH_GRACE ? this._spoke : lang;
  }

  words(key: string, args: unknown[]): string {
    const tables = tablesFor(this._speaking());
    for (let i = 0; i <= tables.length; i++) {
      const table = i < tables.length ? tables[i]! : (this._loc.defaults as Record<string, unknown>);
      if (!hasOwn(table, key)) continue;
      const words = say(table[key], args);
      if (words !== undefined) return words;
    }
    return key;
  }
}

useTranslator((loc) => new StoreTranslator(loc));
