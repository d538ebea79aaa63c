/**
 * `advocacy-kit/translations`: register a language or override single strings. The shipped languages are
 * `advocacy-kit/translations/<code>` (de, fr, es, pt-BR, nl, ja, ar); importing one registers it.
 */
export { registerTranslation, type KitTranslation, type PartialTranslation, type TranslationKey } from '../internal/localize.js';
