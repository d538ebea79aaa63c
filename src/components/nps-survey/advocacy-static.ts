import { declinedWords, inOrder, mayAsk, renderInvite, storedAsks, thanksWords } from './advocacy.js';
import type { Advocacy } from './advocacy-on-demand.js';

// advocacy-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the invitation already. A plain
// object, not `import * as`: its bundler builds a namespace object with a `for…in`, which a polluted Object.prototype
// breaks.

export type { Advocacy };

export function loadAdvocacy(): Promise<Advocacy> {
  return Promise.resolve({ declinedWords, inOrder, mayAsk, renderInvite, storedAsks, thanksWords });
}
