import { registerTranslation } from '../internal/translator.js';
import es from './data/es.js';

/** Spanish. Importing this module registers it; elements in a `lang="es"` page or subtree then speak Spanish. */
registerTranslation(es);
export { es as default };
