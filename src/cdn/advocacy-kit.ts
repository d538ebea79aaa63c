/**
 * `dist/cdn/advocacy-kit.js`, the one-file CDN bundle: everything `advocacy-kit` exports, and the page's language
 * fetched on demand from beside it (./languages.ts), whose `registerTranslation` also keeps a host's strings ahead
 * of the fetched ones.
 */
export * from '../index.js';
export { registerTranslation } from './languages.js';
