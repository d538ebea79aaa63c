import { registerTranslation } from '../internal/translator.js';
import fr from './data/fr.js';

/** French. Importing this module registers it; elements in a `lang="fr"` page or subtree then speak French. */
registerTranslation(fr);
export { fr as default };
