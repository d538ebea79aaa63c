import { registerTranslation } from '../internal/translator.js';
import ja from './data/ja.js';

/** Japanese. Importing this module registers it; elements in a `lang="ja"` page or subtree then speak Japanese. */
registerTranslation(ja);
export { ja as default };
