// The survey's advocacy invitation (advocacy.ts) is a module of its own, fetched the first time a survey has
// `advocacy`. The one-file CDN build swaps this module for advocacy-static.ts (vite.config.ts), so it bundles no
// dynamic imports.

export type Advocacy = typeof import('./advocacy.js');

export function loadAdvocacy(): Promise<Advocacy> {
  return import('./advocacy.js');
}
