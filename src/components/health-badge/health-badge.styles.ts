import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
    line-height: 1.2;
    font-size: 0.875rem;
  }
  :host([size='small']) {
    font-size: 0.75rem;
  }
  :host([size='large']) {
    font-size: 1.125rem;
  }
  .badge,
  .error {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 1.75em;
    padding: 0.125em 0.625em 0.125em 0.5em;
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    white-space: nowrap;
  }
  :host([size='small']) .badge,
  :host([size='small']) .error {
    min-height: 20px;
    padding: 0 0.375rem;
    gap: 0.25rem;
  }
  .badge {
    cursor: pointer;
  }
  .green {
    --_band: var(--_good);
  }
  .amber {
    --_band: var(--_warn);
  }
  .red {
    --_band: var(--_bad);
  }
  .unknown {
    --_band: var(--_muted);
  }
  .badge::before {
    content: '';
    flex: none;
    width: 0.85em;
    height: 0.85em;
    background: var(--_band);
  }
  [data-shape='circle']::before {
    clip-path: circle(50%);
  }
  [data-shape='triangle']::before {
    clip-path: polygon(50% 6%, 100% 94%, 0 94%);
  }
  [data-shape='diamond']::before {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  [data-shape='dash']::before {
    clip-path: inset(38% 6% round 1px);
  }
  .shape {
    width: 0.85em;
    height: 0.85em;
    flex: none;
  }
  .score {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .word {
    font-weight: 600;
    color: var(--_band);
  }
  .trend {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .error .shape {
    fill: none;
    stroke: var(--_bad);
  }
  @media (forced-colors: active) {
    .badge::before {
      background: CanvasText;
    }
  }
  .popover {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    left: 0;
    min-width: 16rem;
    max-width: 24rem;
    padding: 0.75rem;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    white-space: normal;
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
    text-align: right;
    border-bottom: 1px solid var(--_border);
  }
  th:first-child,
  td:first-child {
    text-align: left;
    padding-left: 0;
  }
  th {
    font-weight: 600;
  }
`;
