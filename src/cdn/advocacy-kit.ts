/**
 * `dist/cdn/advocacy-kit.js`, the one-file CDN bundle: everything `advocacy-kit` exports, and the page's language
 * fetched on demand from beside it (./languages.ts), whose `registerTranslation` also keeps a host's strings ahead
 * of the fetched ones.
 */
// Languages first: the module awaits the page's language before the elements are defined (index.js defines them).
export { registerTranslation } from './languages.js';
export * from '../index.js';
