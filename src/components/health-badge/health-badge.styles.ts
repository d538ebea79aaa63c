import { css } from 'lit';

export default css`
  /* The host is the pill: the button, the trend beside it, or the error. */
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    position: relative;
    vertical-align: middle;
    min-height: 1.75em;
    padding: 0.125em 0.625em 0.125em 0.5em;
    line-height: 1.2;
    font-size: 0.875rem;
    white-space: nowrap;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  :host([size='small']) {
    min-height: 20px;
    padding: 0 0.375rem;
    gap: 0.25rem;
    font-size: 0.75rem;
  }
  :host([size='large']) {
    font-size: 1.125rem;
  }
  .badge,
  .error {
    display: inline-flex;
    align-items: center;
    gap: inherit;
  }
  .badge {
    padding: 0;
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 2px;
    cursor: pointer;
  }
  /* One shape per band, so colour is never the only cue. */
  .badge::before {
    content: '';
    flex: none;
    width: 0.85em;
    height: 0.85em;
    background: var(--_good);
    clip-path: circle(50%);
  }
  .amber::before {
    background: var(--_warn);
    clip-path: polygon(50% 6%, 100% 94%, 0 94%);
  }
  .red::before {
    background: var(--_bad);
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .unknown::before {
    background: var(--_muted);
    clip-path: inset(38% 6% round 1px);
  }
  .shape {
    width: 0.85em;
    height: 0.85em;
    flex: none;
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
  /* Bridges the gap to the badge, so a pointer moving down onto the explanation does not close it. */
  .popover::before {
    content: '';
    position: absolute;
    left: -1px;
    right: -1px;
    bottom: 100%;
    height: 6px;
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
  thead th,
  td {
    white-space: nowrap;
  }
`;
