import { LocalizeController, update, type FunctionParams, type Translation } from '@shoelace-style/localize';
import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { own, record, isReservedId } from '../core/records.js';
import type { CoreIssueStrings, default as en } from '../translations/en.js';

/** Every string the kit writes, by key: English's table, with `$dir` either way, and the core's issues by code. */
export type KitTranslation = Omit<typeof en, '$dir'> & { $dir: 'ltr' | 'rtl' } & CoreIssueStrings;
export type TranslationKey = Exclude<keyof KitTranslation, '$code' | '$name' | '$dir'>;
/** What a host registers: a language's `$code` and any of its strings (the rest fall back to English). */
export type PartialTranslation = { $code: string; $name?: string; $dir?: 'ltr' | 'rtl' } & Partial<Omit<KitTranslation, '$code' | '$name' | '$dir'>>;

// Taken when the module loads: a host that later replaces these cannot change what the kit reads.
const hasOwn = Object.hasOwn;
const keys = Object.keys;
const Locale = Intl.Locale;
const NumberFormat = Intl.NumberFormat;
const DateTimeFormat = Intl.DateTimeFormat;

/**
 * The kit's own translations, by lower-case language code, in null-prototype records. Not the library's
 * store: that one merges into plain objects (a key a language lacks would be read from a polluted
 * `Object.prototype`) and is shared with any Shoelace or Web Awesome on the page, whose keys would mix with ours.
 */
const store: Record<string, Record<string, unknown>> = record();
let version = 0;

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
  version++;
  update();
}

function validLocale(code: string): boolean {
  try {
    new Locale(code);
    return true;
  } catch {
    return false;
  }
}

/** Tables by language for the current `version`: a page of a thousand badges looks each language up once. */
const lookups = new Map<string, Record<string, unknown>[]>();
let lookupsVersion = -1;

/** The registered tables to read `lang` from, best first: `pt-br`, `pt`, any other `pt-*`, then English overrides. */
function tablesFor(lang: string): Record<string, unknown>[] {
  if (lookupsVersion !== version) {
    lookups.clear();
    lookupsVersion = version;
  }
  let cached = lookups.get(lang);
  if (!cached) {
    cached = findTables(lang);
    lookups.set(lang, cached);
  }
  return cached;
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

const formats = new Map<string, Intl.NumberFormat>();
/** A lang attribute as written → its canonical lower-case tag; Intl.Locale is too slow to build per render. */
const canonical = new Map<string, string>();

function canonicalLang(raw: string): string {
  let lang = canonical.get(raw);
  if (lang === undefined) {
    lang = 'en';
    try {
      lang = new Locale(raw.replace(/_/g, '-')).toString().toLowerCase();
    } catch {
      // An invalid lang attribute reads as English.
    }
    canonical.set(raw, lang);
  }
  return lang;
}

/** The lang attribute of `el` or its nearest ancestor, across shadow roots; else the document's, else the browser's. */
function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? ((node as ShadowRoot).host || null);
  }
  if (typeof document !== 'undefined' && document.documentElement?.lang) return document.documentElement.lang;
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

let observing = false;

/**
 * `@shoelace-style/localize` follows `<html lang dir>`; the kit also follows an element's own `lang` and its
 * ancestors' (a language picker that sets `lang` on a section), with one observer for the whole document.
 */
function observeDocument(): void {
  if (observing || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observing = true;
  new MutationObserver(update).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * The kit's localize controller: `@shoelace-style/localize`'s, reading the language from the element, its
 * nearest ancestor with `lang`, else the document, and its strings from the kit's own store. The language is
 * resolved once per render.
 */
export class Localize<S extends object = KitTranslation> extends LocalizeController<S & Translation> {
  private _lang = '';
  private _rendered = '';
  private readonly _defaults: S;

  /** `defaults` are the element's own English strings, the last fallback: each element ships only its own words. */
  constructor(host: ReactiveControllerHost & HTMLElement, defaults: S) {
    super(host);
    this._defaults = defaults;
  }

  override hostConnected(): void {
    super.hostConnected();
    observeDocument();
  }

  hostUpdated(): void {
    this._rendered = `${this._lang || this.lang()}|${version}`;
    this._lang = '';
  }

  /** Whether the language or a translation changed since the last render: cached words must be recomputed. */
  changed(): boolean {
    return this._rendered !== `${this.lang()}|${version}`;
  }

  private _pending(): boolean {
    return (this.host as unknown as ReactiveElement).isUpdatePending;
  }

  override lang(): string {
    if (this._lang && this._pending()) return this._lang;
    const lang = canonicalLang(resolveLang(this.host));
    if (this._pending()) this._lang = lang;
    return lang;
  }

  /** The element's writing direction as laid out (its own `dir`, an ancestor's, or CSS). */
  override dir(): string {
    return typeof getComputedStyle === 'function' && getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** Whether the element's language is English, where the kit keeps its cheaper number formatting. */
  isEnglish(): boolean {
    return this.lang().startsWith('en');
  }

  override term<K extends keyof (S & Translation)>(key: K, ...args: FunctionParams<(S & Translation)[K]>): string {
    const tables = tablesFor(this.lang());
    for (let i = 0; i <= tables.length; i++) {
      const table = i < tables.length ? tables[i]! : (this._defaults as Record<string, unknown>);
      if (!hasOwn(table, key as string)) continue;
      const value = table[key as string];
      if (typeof value === 'string') return value;
      try {
        const out: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof out === 'string') return out;
      } catch {
        // A host's override that throws falls through to the next table.
      }
    }
    return String(key);
  }

  /** A number in the element's language, with one formatter per language and options for the whole page. */
  override number(value: number | string, options?: Intl.NumberFormatOptions): string {
    const n = Number(value);
    if (Number.isNaN(n)) return '';
    const lang = this.lang();
    const id = `${lang}|${options ? JSON.stringify(options) : ''}`;
    let format = formats.get(id);
    if (!format) {
      format = new NumberFormat(lang, options);
      formats.set(id, format);
    }
    return format.format(n);
  }

  override date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return new DateTimeFormat(this.lang(), options).format(new Date(value));
  }
}

/**
 * `t`'s string for a key built at runtime (a core issue's code), or `fallback` where no table has it: English words
 * the core's issues with the core's own message, so it has no keys for them. A function, not a method, so elements
 * that word no core issue do not ship it.
 */
export function termOr(t: Localize<object>, key: string, fallback: string, ...args: unknown[]): string {
  const said = (t.term as (key: string, ...args: unknown[]) => string).call(t, key, ...args);
  return said === key ? fallback : said;
}
