import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { CoreIssueStrings, default as en } from '../translations/en.js';

/** Every string the kit writes, by key: English's table, with `$dir` either way, and the core's issues by code. */
export type KitTranslation = Omit<typeof en, '$dir'> & { $dir: 'ltr' | 'rtl' } & CoreIssueStrings;
export type TranslationKey = Exclude<keyof KitTranslation, '$code' | '$name' | '$dir'>;
/** What a host registers: a language's `$code` and any of its strings (the rest fall back to English). */
export type PartialTranslation = { $code: string; $name?: string; $dir?: 'ltr' | 'rtl' } & Partial<Omit<KitTranslation, '$code' | '$name' | '$dir'>>;

/** The words of one key for one element once translations are registered (src/internal/translator.ts). */
export interface Translator {
  words(key: string, args: unknown[]): string;
}

// Taken when the module loads: a host that later replaces these cannot change what the kit reads.
const hasOwn = Object.hasOwn;
const Locale = Intl.Locale;
const NumberFormat = Intl.NumberFormat;
const DateTimeFormat = Intl.DateTimeFormat;

/** The connected elements' localizers, re-rendered when a language or a translation changes. */
const live = new Set<Localize<object>>();
let version = 0;
let translatorFor: ((loc: Localize<object>) => Translator) | undefined;

/**
 * Called by src/internal/translator.ts when it loads, which only a page that registers a translation does
 * (a language module, `registerTranslation`): from then on every element reads its words through it. A page
 * that does neither reads each element's own English table and never loads the localize library.
 */
export function useTranslator(create: (loc: Localize<object>) => Translator): void {
  translatorFor = create;
  for (const loc of live) loc.translator ??= create(loc);
  translationsChanged();
}

/** A language was registered or changed: every element words itself anew. */
export function translationsChanged(): void {
  version++;
  rerender();
}

function rerender(): void {
  for (const loc of live) loc.host.requestUpdate();
}

/** A string as registered, or what a function-valued string returns; undefined if neither gives a string. */
export function say(value: unknown, args: unknown[]): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') return undefined;
  try {
    const out: unknown = (value as (...a: unknown[]) => unknown)(...args);
    return typeof out === 'string' ? out : undefined;
  } catch {
    // A host's override that throws falls through to the next table.
    return undefined;
  }
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

/** The kit follows an element's own `lang` and its ancestors' (a language picker that sets `lang` on a section). */
function observeDocument(): void {
  if (observing || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observing = true;
  new MutationObserver(rerender).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * The kit's localize controller. It reads the language from the element, its nearest ancestor with `lang`,
 * else the document, once per render, and formats numbers and dates in it. Its words are the element's own
 * English table until a page registers a translation; then `@shoelace-style/localize` (src/internal/translator.ts)
 * supplies them from the kit's store.
 */
export class Localize<S extends object = KitTranslation> implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The element's own English strings, the last fallback: each element ships only its own words. */
  readonly defaults: S;
  /** Set for every element once translations are registered. */
  translator?: Translator;
  private _lang = '';
  private _rendered = '';

  constructor(host: ReactiveControllerHost & HTMLElement, defaults: S) {
    this.host = host;
    this.defaults = defaults;
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    if (translatorFor) this.translator ??= translatorFor(this);
    observeDocument();
  }

  hostDisconnected(): void {
    live.delete(this);
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

  /** The element's language, a canonical lower-case tag. */
  lang(): string {
    if (this._lang && this._pending()) return this._lang;
    const lang = canonicalLang(resolveLang(this.host));
    if (this._pending()) this._lang = lang;
    return lang;
  }

  /** The element's writing direction as laid out (its own `dir`, an ancestor's, or CSS). */
  dir(): string {
    return typeof getComputedStyle === 'function' && getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** Whether the element's language is English, where the kit keeps its cheaper number formatting. */
  isEnglish(): boolean {
    return this.lang().startsWith('en');
  }

  term<K extends keyof S>(key: K, ...args: S[K] extends (...a: infer P) => string ? P : []): string {
    if (this.translator) return this.translator.words(key as string, args);
    const words = hasOwn(this.defaults, key) ? say(this.defaults[key], args) : undefined;
    return words ?? String(key);
  }

  /** A number in the element's language, with one formatter per language and options for the whole page. */
  number(value: number | string, options?: Intl.NumberFormatOptions): string {
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

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
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
