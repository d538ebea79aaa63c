import { css } from 'lit';

export default css`
  :host {
    display: block;
    width: 100%;
    min-width: 0;
    --_grid: var(--ak-radar-grid-color, light-dark(#afb8c1, #484f58));
    --_s1: var(--ak-radar-series-1, light-dark(#0b5cad, #58a6ff));
    --_s2: var(--ak-radar-series-2, light-dark(#a14a00, #f0883e));
    --_s3: var(--ak-radar-series-3, light-dark(#7a3fc7, #d2a8ff));
    --_s4: var(--ak-radar-series-4, light-dark(#1a7f37, #3fb950));
    --_duration: var(--ak-radar-transition-duration, 400ms);
  }
  .base {
    position: relative;
    background: var(--_surface);
    color: var(--_fg);
  }
  .chart {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .still .series-line,
  .still .point {
    transition: none;
  }
  .ring,
  .spoke {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .ring-outer {
    stroke: var(--_border);
  }
  .axis-label {
    fill: var(--_fg);
    font-size: 12px;
    font-family: var(--_font);
  }
  .s1 {
    --_c: var(--_s1);
  }
  .s2 {
    --_c: var(--_s2);
  }
  .s3 {
    --_c: var(--_s3);
  }
  .s4 {
    --_c: var(--_s4);
  }
  .series-line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
    transition: d var(--_duration) ease-in-out;
  }
  .series-line.closed {
    fill: var(--_c);
    fill-opacity: 0.12;
  }
  .point {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2.5;
    cursor: default;
    transition:
      cx var(--_duration) ease-in-out,
      cy var(--_duration) ease-in-out;
  }
  /* Without the CSS d property (WebKit) the line cannot animate: the points jump with it rather than drift off it. */
  @supports not (d: path('M 0 0')) {
    .point {
      transition: none;
    }
  }
  .point:hover,
  .point:focus-visible,
  .point.active {
    fill: var(--_c);
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    max-width: min(20rem, 90%);
    z-index: 1;
    pointer-events: none;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_surface);
    font-size: 0.8125rem;
    line-height: 1.3;
    width: max-content;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
  }
  .key {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    line-height: 1.3;
  }
  .key li {
    display: flex;
    gap: 0.4em;
  }
  .key-number {
    flex: none;
    min-width: 1.4em;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    justify-content: center;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend line {
    stroke: var(--_c);
    stroke-width: 2.5;
  }
  .empty {
    margin: 0;
    background: var(--_surface);
    color: var(--_muted);
  }
`;
