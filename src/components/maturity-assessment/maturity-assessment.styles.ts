import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--_surface);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25rem;
    line-height: 1.45;
    max-width: 52rem;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0.25rem 0 0.5rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  h4 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  /* Headings take focus on every change of step so screen readers start there: that is no control to show a ring on. */
  h2[tabindex='-1']:focus,
  h2[tabindex='-1']:focus-visible {
    outline: none;
  }
  p {
    margin: 0.35rem 0;
  }
  .kicker,
  .muted {
    color: var(--_muted);
  }
  .kicker {
    font-size: 0.85rem;
    margin: 0;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45rem 0.9rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  /* Next comes first in the tab order (straight after the choices) but sits on the right. */
  .step .nav .next {
    order: 2;
    margin-inline-start: auto;
  }
  .step .nav .back {
    order: 1;
  }
  .step .nav {
    margin-top: 0.75rem;
  }
  .cover .nav .start {
    font-size: 1.1rem;
    padding: 0.6rem 1.6rem;
  }

  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0 -0.25rem;
    padding: 0.4rem 0.25rem;
    color: var(--_muted);
    font-size: 0.9rem;
    /* In view on every step, however long the step is on a small screen. */
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
  }
  progress {
    flex: 1;
    accent-color: var(--_accent);
    height: 0.6rem;
  }
  .step h2 {
    font-size: 1.2rem;
    line-height: 1.3;
  }
  .measures {
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .measures summary {
    cursor: pointer;
    width: fit-content;
  }
  .measures p {
    color: var(--_fg);
  }
  .choices {
    display: grid;
    gap: 0.4rem;
    margin-top: 0.5rem;
  }
  /* A compact choice: name and description; the evidence opens below from the toggle on the name's line. */
  .choice-card {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice-card:has([aria-checked='true']) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice {
    display: block;
    border-radius: var(--_radius);
    padding-block: 0.4rem 0.45rem;
    padding-inline: 2.1rem 0.7rem;
    cursor: pointer;
    position: relative;
    line-height: 1.3;
  }
  .choice:focus-visible {
    outline-offset: 0;
  }
  .has-evidence .choice-label {
    padding-inline-end: 8.5rem;
  }
  .choice::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.65rem;
    top: 0.55rem;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
  }
  .choice[aria-checked='true']::before {
    border-color: var(--_accent);
    background: radial-gradient(circle, var(--_accent) 45%, transparent 50%);
  }
  .choice-label {
    display: block;
    font-weight: 600;
  }
  /* At most two lines on a phone until the evidence is open; screen readers get all of it as the radio's description. */
  .choice .desc {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .choice-card:has(.evidence:not([hidden])) .desc {
    display: block;
  }
  .evidence-toggle {
    position: absolute;
    top: 0.3rem;
    inset-inline-end: 0.4rem;
    font-size: 0.8rem;
    padding: 0.1rem 0.45rem;
    color: var(--_accent);
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
  .evidence-toggle[aria-expanded='true'] {
    text-decoration: none;
    border-color: var(--_border);
  }
  .evidence {
    font-size: 0.9rem;
    padding-block: 0 0.5rem;
    padding-inline: 2.1rem 0.7rem;
  }
  .evidence[hidden] {
    display: none;
  }
  .evidence ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1rem;
    color: var(--_muted);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend {
    padding: 0;
  }
  .segment-option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.35rem 0;
  }
  .hint {
    color: var(--_muted);
  }
  .segment .hint {
    color: var(--_bad);
  }
  .steps ol {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    padding: 0;
    margin: 1.25rem 0 0;
  }
  .steps button {
    font-size: 0.85rem;
    padding: 0.25rem 0.6rem;
  }
  .steps button[aria-current='step'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .steps .mark {
    display: inline-block;
    min-width: 1.1em;
  }
  .steps button.done .mark {
    color: var(--_good);
  }
  .answers {
    margin: 0.5rem 0;
  }
  .answer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .answer dt {
    font-weight: 600;
  }
  .answer dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .overall {
    font-size: 1.1rem;
  }
  .result {
    container-type: inline-size;
  }
  .hero {
    display: grid;
    gap: 0.5rem 1.5rem;
    align-items: start;
  }
  /* The gauge sits beside the score where there is room for both. */
  @container (min-width: 38rem) {
    .hero {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .hero > :only-child {
      grid-column: 1 / -1;
    }
  }
  .overall {
    margin: 0.25rem 0;
  }
  .score {
    font-size: 3.5rem;
    line-height: 1;
    font-weight: 700;
  }
  .bands-note {
    font-size: 0.85rem;
    color: var(--_muted);
    font-style: italic;
  }
  .trend h3 {
    font-size: 0.9rem;
    margin: 0.75rem 0 0.2rem;
  }
  .history {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.9rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .history li:not(:last-child)::after {
    content: ' →';
    content: ' →' / '';
    color: var(--_muted);
  }
  .history strong {
    color: var(--_fg);
  }
  .benchmark h3 {
    margin-top: 0.5rem;
  }
  /* Small enough on a phone that the priorities start near the first screen. */
  .hero benchmark-gauge {
    display: block;
    max-width: 16rem;
  }
  .priorities ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .priority {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.6rem 0.8rem;
  }
  .priority-title {
    font-weight: 700;
  }
  .priority-level {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  slot[name^='cta']::slotted(*) {
    margin-block: 1rem;
  }
  .report-header {
    display: none;
  }
  .band {
    font-size: 1.25rem;
    font-weight: 700;
    color: var(--_accent);
  }
  .delta {
    color: var(--_muted);
    margin-inline-start: 0.5rem;
  }
  p.delta {
    margin-inline-start: 0;
  }
  .radar {
    display: block;
    max-width: 28rem;
    margin: 1rem auto;
  }
  .dimensions {
    display: grid;
    gap: 0.4rem;
  }
  .dimension {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .dimension summary {
    cursor: pointer;
    padding: 0.55rem 0.75rem;
  }
  .dimension summary:focus {
    outline: none;
  }
  .dimension summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dimension-title {
    font-weight: 600;
  }
  /* Level and flag wrap as one unit under a long title on a phone. */
  .dimension-level {
    display: inline-block;
    color: var(--_muted);
    margin-inline-start: 0.5rem;
  }
  .flag-count {
    color: var(--_bad);
  }
  .dimension-body {
    padding: 0 0.75rem 0.6rem;
  }
  .red-flags {
    border-inline-start: 3px solid var(--_bad);
    padding-inline-start: 0.75rem;
    margin-top: 0.35rem;
  }
  .red-flags p {
    color: var(--_bad);
  }
  .red-flags ul {
    margin: 0.2rem 0;
    padding-inline-start: 1.1rem;
  }
  .shared-note {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.6rem;
    font-size: 0.9rem;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .notice p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .copy-fallback input {
    width: 100%;
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
  }
  .error {
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 0.75rem;
  }
  .loading {
    color: var(--_muted);
  }
  @media print {
    :host {
      border: 0;
      padding: 0;
      max-width: none;
      color: #000;
      background: #fff;
      font-size: 10.5pt;
    }
    .actions,
    .nav,
    .steps,
    .copy-status,
    .copy-fallback,
    .notice,
    button {
      display: none !important;
    }
    .band {
      color: #000;
    }
    .report-header {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-bottom: 0.5rem;
    }
    .report-title {
      font-size: 14pt;
      font-weight: 700;
    }
    .cta {
      display: none;
    }
    .priorities {
      break-inside: avoid;
    }
    .radar {
      max-width: 9cm;
      margin: 0.5rem auto;
    }
    .dimension {
      break-inside: avoid;
      border: 0;
    }
    .dimension summary {
      list-style: none;
      padding: 0.25rem 0 0;
    }
    .dimension-body {
      padding: 0;
    }
    .summary,
    .benchmark {
      break-inside: avoid;
    }
  }
  /* Every disclosure prints expanded (beforeprint opens them too, for engines without ::details-content). */
  @media print {
    .dimension::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
