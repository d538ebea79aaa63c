import { css } from 'lit';

/**
 * Shared design tokens. Every colour is a CSS custom property with a fallback, so a host themes the
 * kit from outside. Each fallback is a `light-dark()` pair chosen by the host's colour scheme: the user's
 * preference, unless `--ak-color-scheme: light | dark` on the element or any ancestor forces one, so a site
 * with its own dark toggle switches the kit with one declaration.
 * Contrast of the text colours against the surface meets WCAG AA in both schemes.
 */
export const tokens = css`
  :host {
    color-scheme: var(--ak-color-scheme, light dark);
    --_fg: var(--ak-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--ak-color-text-muted, light-dark(#57606a, #9ea7b3));
    --_surface: var(--ak-color-surface, light-dark(#ffffff, #161b22));
    --_border: var(--ak-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--ak-color-accent, light-dark(#0b5cad, #58a6ff));
    --_on-accent: var(--ak-color-on-accent, light-dark(#ffffff, #0d1117));
    --_focus: var(--ak-focus-ring-color, light-dark(#0b5cad, #58a6ff));
    --_good: var(--ak-color-good, light-dark(#1a7f37, #3fb950));
    --_warn: var(--ak-color-warn, light-dark(#9a6700, #d29922));
    --_bad: var(--ak-color-bad, light-dark(#cf222e, #f85149));
    --_font: var(--ak-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--ak-radius, 6px);
    font-family: var(--_font);
    color: var(--_fg);
    box-sizing: border-box;
    /* Host and model strings can be one unbroken word; let them wrap instead of widening the layout. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
