import { emulateMedia as emulateWithDevTools, executeServerCommand, type Media } from '@web/test-runner-commands';

/** The engine the tests run in, as its user agent tells (WebKitGTK's reads as Safari). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Chromium emulates media features over its DevTools protocol and Firefox through its preferences (see
 * scripts/engines.mjs); WebKit's classic WebDriver cannot switch colour scheme, reduced motion, print or forced
 * colours.
 */
export const canEmulateMedia = engine !== 'webkit';

const mediaQuery: Record<keyof Media, (value: string) => string> = {
  media: (v) => v,
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
};

/** The media queries of a request that the page does not match yet. */
function unmet(media: Media): string[] {
  return (Object.keys(media) as (keyof Media)[])
    .map((key) => media[key] && mediaQuery[key](media[key]))
    .filter((query): query is string => Boolean(query) && !matchMedia(query!).matches);
}

/**
 * `emulateMedia` in every engine. Firefox applies a change asynchronously, so this waits (a second at most) until
 * the page matches it. In WebKit a request for the state the page is already in (light, motion allowed, screen:
 * where every test starts) is met as it is, and any other throws, so a test that needs one must be declared with
 * `itNeedsMediaEmulation`.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (engine === 'chromium') {
    await emulateWithDevTools(media);
    return;
  }
  if (engine === 'firefox') {
    await executeServerCommand('firefox-media', media);
    for (let i = 0; i < 20 && unmet(media).length; i++) await new Promise((r) => setTimeout(r, 50));
  }
  if (unmet(media).length) throw new Error(`${engine}: could not emulate ${unmet(media).join(', ')}`);
}

/** Switches forced colours (Windows High Contrast) on or off, where media can be emulated, and waits until it shows. */
export async function forcedColors(on: boolean): Promise<void> {
  await executeServerCommand('forced-colors', on);
  const query = `(forced-colors: ${on ? 'active' : 'none'})`;
  for (let i = 0; i < 20 && !matchMedia(query).matches; i++) await new Promise((r) => setTimeout(r, 50));
}

/** `it` for a test that switches media features (dark mode, reduced motion, print): skipped where it cannot. */
export const itNeedsMediaEmulation = canEmulateMedia ? it : it.skip;

/** `describe` for a group that switches media features: skipped where it cannot. */
export const describeNeedsMediaEmulation = canEmulateMedia ? describe : describe.skip;

/** Resizes the viewport (WebKit's driver sizes the window, so the config's `viewport` command makes up the difference). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', size);
}
