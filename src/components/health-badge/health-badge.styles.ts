import { css } from 'lit';

export default css`
  /* The host is the pill: the button, the trend beside it, or the error. */
  :host {
    /* The band shape's size, and the space between the parts of the pill (the shape and text among them). */
    --_s: 0.85em;
    --_gap: 0.375em;
    display: inline-flex;
    align-items: center;
    gap: var(--_gap);
    position: relative;
    vertical-align: middle;
    min-height: 1.75em;
    padding-block: 0.125em;
    padding-inline: 0.5em 0.625em;
    line-height: 1.2;
    font-size: 0.875rem;
    white-space: nowrap;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  :host([size='small']) {
    --_gap: 0.25rem;
    min-height: 20px;
    padding: 0 0.375rem;
    font-size: 0.75rem;
  }
  :host([size='large']) {
    font-size: 1.125rem;
  }
  .error {
    display: inline-flex;
    align-items: center;
    gap: inherit;
  }
  /*
   * One shape per band, so colour is never the only cue: a circle, a triangle, a diamond or a dash, painted
   * in the button's background from --_shape: a ::before box made a thousand badges ~13 % slower to render.
   */
  .badge {
    --_q: calc(var(--_s) / 2);
    padding: 0;
    padding-inline-start: calc(var(--_s) + var(--_gap));
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: inherit;
    background: none no-repeat;
    border: 0;
    border-radius: 2px;
    cursor: pointer;
  }
  .green {
    --_shape: var(--_good);
    background-image: radial-gradient(circle closest-side, var(--_shape) 88%, #0000 100%);
    background-size: var(--_s) var(--_s);
    background-position: 0 50%;
  }
  /* Wedges of a conic gradient from the apex, cut off by the layer's box: no seams between layers to show. */
  .amber {
    --_shape: var(--_warn);
    background-image: conic-gradient(from 150.4deg at 50% 0, var(--_shape) 59.2deg, #0000 0);
    background-size: var(--_s) calc(var(--_s) * 0.88);
    background-position: 0 50%;
  }
  .red {
    --_shape: var(--_bad);
    background-image:
      conic-gradient(from 135deg at 50% 0, var(--_shape) 90deg, #0000 0),
      conic-gradient(from -45deg at 50% 100%, var(--_shape) 90deg, #0000 0);
    background-size: var(--_s) calc(var(--_q) + 0.5px);
    background-position:
      0 calc(50% - var(--_q) / 2),
      0 calc(50% + var(--_q) / 2);
  }
  .unknown {
    --_shape: var(--_muted);
    background-image: linear-gradient(var(--_shape), var(--_shape));
    background-size: calc(var(--_s) * 0.88) calc(var(--_s) * 0.24);
    background-position: calc(var(--_s) * 0.06) 50%;
  }
  /* The shape sits at the start of the text: on the right, right to left. */
  :host(:dir(rtl)) .badge {
    background-position-x: 100%;
  }
  .shape {
    width: var(--_s);
    height: var(--_s);
    flex: none;
  }
  .trend {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .warn {
    color: var(--_warn);
    font-variant-numeric: tabular-nums;
  }
  .popover .warnings {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .error .shape {
    fill: none;
    stroke: var(--_bad);
  }
  @media (forced-colors: active) {
    /* Forced colours drop background gradients; keep the shapes, in the text colour. */
    .badge {
      forced-color-adjust: none;
      --_shape: CanvasText;
      --_focus: Highlight;
      color: CanvasText;
    }
  }
  .popover {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    /* Sized by its content, not by the narrow badge it hangs from. */
    width: max-content;
    min-width: 16rem;
    max-width: min(24rem, calc(100vw - 2rem));
    padding: 0.75rem;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    white-space: normal;
  }
  /* In the top layer, fixed to the viewport and placed from script (see _place). */
  .popover:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
    overflow: visible;
  }
  /* Without the Popover API (no popover attribute then): fixed and placed all the same, out of any scrolling box. */
  .popover:not([popover]) {
    position: fixed;
    inset: auto;
  }
  /* Bridges the gap to the badge, so a pointer moving onto the explanation does not close it. */
  .popover::before {
    content: '';
    position: absolute;
    inset-inline: -1px;
    bottom: 100%;
    height: 6px;
  }
  .popover.above::before {
    top: 100%;
    bottom: auto;
  }
  .popover p {
    margin: 0 0 0.5rem;
  }
  .popover p:last-child {
    margin-bottom: 0;
  }
  .popover .heading {
    font-weight: 600;
  }
  table {
    width: 100%;
    margin: 0 0 0.5rem;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.125rem 0.375rem;
    text-align: end;
    border-bottom: 1px solid var(--_border);
  }
  th:first-child,
  td:first-child {
    text-align: start;
    padding-inline-start: 0;
  }
  th {
    font-weight: 600;
  }
  thead th,
  td {
    white-space: nowrap;
  }
`;
