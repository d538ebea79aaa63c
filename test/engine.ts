import { emulateMedia as emulateWithDevTools, executeServerCommand, type Media } from '@web/test-runner-commands';

/** The engine the tests run in, as its user agent tells (WebKitGTK's reads as Safari). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Only Chromium's DevTools protocol can emulate media features; WebDriver BiDi (Firefox) and classic WebDriver
 * (WebKit) cannot switch colour scheme, reduced motion, print or forced colours.
 */
export const canEmulateMedia = engine === 'chromium';

const mediaQuery: Record<keyof Media, (value: string) => string> = {
  media: (v) => v,
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
};

/**
 * `emulateMedia` in every engine: where media cannot be emulated, a request for the state the page is already
 * in (light, motion allowed, screen: where every test starts) is met as it is, and any other throws, so a test
 * that needs one must be declared with `itNeedsMediaEmulation`.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (canEmulateMedia) {
    await emulateWithDevTools(media);
    return;
  }
  const unmet = (Object.keys(media) as (keyof Media)[])
    .map((key) => media[key] && mediaQuery[key](media[key]))
    .filter((query): query is string => Boolean(query) && !matchMedia(query!).matches);
  if (unmet.length) throw new Error(`${engine}'s driver cannot emulate ${unmet.join(', ')}`);
}

/** `it` for a test that switches media features (dark mode, reduced motion, print): skipped where it cannot. */
export const itNeedsMediaEmulation = canEmulateMedia ? it : it.skip;

/** `describe` for a group that switches media features: skipped where it cannot. */
export const describeNeedsMediaEmulation = canEmulateMedia ? describe : describe.skip;

/** Resizes the viewport (WebKit's driver sizes the window, so the config's `viewport` command makes up the difference). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', size);
}
