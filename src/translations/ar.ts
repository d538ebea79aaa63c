import { registerTranslation } from '../internal/translator.js';
import ar from './data/ar.js';

/**
 * Arabic, written right to left. Importing this module registers it; elements in a `lang="ar"` page or subtree
 * then speak Arabic (set `dir="rtl"` there too, as for any Arabic page).
 */
registerTranslation(ar);
export { ar as default };
