import { registerTranslation } from '../internal/translator.js';
import de from './data/de.js';

/** German. Importing this module registers it; elements in a `lang="de"` page or subtree then speak German. */
registerTranslation(de);
export { de as default };
