/**
 * `advocacy-kit/translations`: register a language or override single strings. The shipped languages are
 * `advocacy-kit/translations/<code>` (de, fr, es, pt-BR, nl, ja, ar); importing one registers it.
 */
export { registerTranslation } from '../internal/translator.js';
export type { KitTranslation, PartialTranslation, TranslationKey } from '../internal/localize.js';
