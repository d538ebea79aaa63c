import { css } from 'lit';

/**
 * Shared design tokens. Every colour is a CSS custom property with a fallback, so a host themes the
 * kit from outside; dark values apply under `prefers-color-scheme: dark`.
 * Contrast of the text colours against the surface meets WCAG AA in both schemes.
 */
export const tokens = css`
  :host {
    --_fg: var(--ak-color-text, #1f2328);
    --_muted: var(--ak-color-text-muted, #57606a);
    --_surface: var(--ak-color-surface, #ffffff);
    --_border: var(--ak-color-border, #8c959f);
    --_accent: var(--ak-color-accent, #0b5cad);
    --_on-accent: var(--ak-color-on-accent, #ffffff);
    --_focus: var(--ak-focus-ring-color, #0b5cad);
    --_good: var(--ak-color-good, #1a7f37);
    --_warn: var(--ak-color-warn, #9a6700);
    --_bad: var(--ak-color-bad, #cf222e);
    --_font: var(--ak-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--ak-radius, 6px);
    font-family: var(--_font);
    color: var(--_fg);
    box-sizing: border-box;
    /* Host and model strings can be one unbroken word; let them wrap instead of widening the layout. */
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--ak-color-text, #e6edf3);
      --_muted: var(--ak-color-text-muted, #9ea7b3);
      --_surface: var(--ak-color-surface, #161b22);
      --_border: var(--ak-color-border, #6e7681);
      --_accent: var(--ak-color-accent, #58a6ff);
      --_on-accent: var(--ak-color-on-accent, #0d1117);
      --_focus: var(--ak-focus-ring-color, #58a6ff);
      --_good: var(--ak-color-good, #3fb950);
      --_warn: var(--ak-color-warn, #d29922);
      --_bad: var(--ak-color-bad, #f85149);
    }
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
