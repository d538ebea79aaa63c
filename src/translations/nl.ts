import { registerTranslation } from '../internal/translator.js';
import nl from './data/nl.js';

/** Dutch. Importing this module registers it; elements in a `lang="nl"` page or subtree then speak Dutch. */
registerTranslation(nl);
export { nl as default };
