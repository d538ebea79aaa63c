import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--ak-gauge-max-width, 320px);
    --_needle: var(--ak-gauge-needle-color, var(--_fg));
    --_duration: var(--ak-gauge-transition-duration, 500ms);
  }
  /* One colour per zone, for its arc and for the status word's dot. */
  .alarm {
    --_zone: var(--ak-gauge-alarm-color, light-dark(#cf222e, #f85149));
  }
  .below {
    --_zone: var(--ak-gauge-below-color, light-dark(#d4a72c, #d29922));
  }
  .on-track {
    --_zone: var(--ak-gauge-on-track-color, light-dark(#6fdd8b, #2ea043));
  }
  .good {
    --_zone: var(--ak-gauge-good-color, light-dark(#1a7f37, #56d364));
  }
  .track {
    --_zone: var(--ak-gauge-track-color, light-dark(#d0d7de, #30363d));
  }
  .base {
    background: var(--_surface);
    color: var(--_fg);
    text-align: center;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .zone {
    fill: var(--_zone);
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .expected {
    stroke: var(--_fg);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .scale-label {
    fill: var(--_muted);
    font-size: 11px;
    font-family: var(--_font);
  }
  .needle {
    fill: var(--_needle);
    transform-box: view-box;
    transform-origin: 100px 100px;
    transition: transform var(--_duration) cubic-bezier(0.34, 1.2, 0.64, 1);
  }
  .readout {
    margin: 0.25rem 0 0;
    line-height: 1.3;
  }
  .value {
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .of {
    color: var(--_muted);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-inline-start: 0.5em;
    font-weight: 600;
  }
  .status::before {
    content: '';
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    border: 1px solid var(--_fg);
    background: var(--_zone);
  }
  .empty {
    font-size: 1.125rem;
    font-weight: 600;
  }
  .thresholds {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
