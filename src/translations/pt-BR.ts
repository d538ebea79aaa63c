import { registerTranslation } from '../internal/translator.js';
import ptBR from './data/pt-BR.js';

/**
 * Brazilian Portuguese. Importing this module registers it; elements in a `lang="pt-BR"` (or `lang="pt"`)
 * page or subtree then speak Portuguese.
 */
registerTranslation(ptBR);
export { ptBR as default };
