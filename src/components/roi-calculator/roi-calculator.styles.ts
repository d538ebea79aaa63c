import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_revenue: var(--ak-roi-revenue-color, #0b5cad);
    --_investment: var(--ak-roi-investment-color, #6e7781);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_revenue: var(--ak-roi-revenue-color, #58a6ff);
      --_investment: var(--ak-roi-investment-color, #6e7681);
    }
  }
  .base {
    background: var(--_surface);
    color: var(--_fg);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.75rem 1rem;
  }
  .field label {
    display: block;
    font-size: 0.875rem;
    margin-bottom: 0.25rem;
    color: var(--_muted);
  }
  .control {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  input[type='number'] {
    width: 100%;
    min-width: 0;
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  input[aria-invalid='true'] {
    border-color: var(--_bad);
    box-shadow: 0 0 0 1px var(--_bad);
  }
  .scenarios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .scenarios legend {
    width: 100%;
  }
  .scenario {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 24px;
  }
  .scenario input {
    margin: 0;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_accent);
  }
  .summary {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .chart {
    max-width: 36rem;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .axis {
    stroke: var(--_muted);
  }
  rect.revenue,
  .key.revenue {
    fill: var(--_revenue);
    background: var(--_revenue);
  }
  rect.investment,
  .key.investment {
    fill: var(--_investment);
    background: var(--_investment);
  }
  .grid {
    stroke: var(--_border);
    stroke-dasharray: 3 3;
  }
  .tick {
    fill: var(--_muted);
    font-size: 13px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0.25rem 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .key {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
  }
  .legend .item {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin-inline-end: 0.75rem;
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
    margin-bottom: 0.75rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.375rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    white-space: normal;
    overflow-wrap: normal;
    vertical-align: bottom;
    min-width: 7rem;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    min-width: 0;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 24px;
  }
  details ol {
    padding-inline-start: 1.25rem;
    margin: 0.5rem 0;
  }
  .source {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
`;
