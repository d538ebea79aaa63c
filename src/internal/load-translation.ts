import type { PartialTranslation } from './localize.js';

/**
 * Where the runtime fetches a shipped language the first time an element speaks it: nowhere here. npm users import
 * `advocacy-kit/translations/<code>`, which registers on import, and the split CDN build's autoloader loads the
 * page's language module. The one-file CDN bundle replaces this module with `src/cdn/load-translation.ts`
 * (vite.config.ts), so it costs the other builds nothing.
 */
export const fetchTranslation: ((lang: string) => Promise<PartialTranslation> | undefined) | undefined = undefined;
