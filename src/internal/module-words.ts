import { say, termOr, type Localize } from './localize.js';

/**
 * `term` for a module an element loads on demand (a badge's details, a survey's advocacy invitation), whose English
 * words come with it rather than with the element: the page's translation, else those words.
 */
export function wordsOf<W extends object>(words: W) {
  return <K extends keyof W & string>(t: Localize<object>, key: K, ...args: W[K] extends (...a: infer P) => string ? P : []): string =>
    termOr(t, key, say(words[key], args) ?? key, ...args);
}
