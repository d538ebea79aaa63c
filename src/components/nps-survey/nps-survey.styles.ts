import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: 42rem;
  }
  /* Dismissed: out of sight, but its status note stays in the accessibility tree to be announced. */
  :host([dismissed]) {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .survey {
    position: relative;
    background: var(--_surface);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 1rem;
    padding-inline: 1rem 3.25rem;
  }
  .dismiss {
    position: absolute;
    top: 0.25rem;
    inset-inline-end: 0.25rem;
    width: 44px;
    height: 44px;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: transparent;
    color: var(--_fg);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .dismiss svg {
    width: 18px;
    height: 18px;
  }
  .question {
    font-weight: 600;
    margin: 0 0 0.75rem;
  }
  .error {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_bad);
    color: var(--_fg);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .option {
    position: relative;
    flex: 1 0 44px;
    min-width: 44px;
    min-height: 44px;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
    user-select: none;
    touch-action: manipulation;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  .option[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .scale[aria-disabled='true'] .option {
    cursor: not-allowed;
    border-style: dashed;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    margin-top: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .follow-up {
    margin-top: 1rem;
    display: grid;
    gap: 0.5rem;
  }
  label.prompt {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    min-height: 5rem;
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  .note,
  .consent {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  fieldset {
    margin: 0.5rem 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .tier {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    cursor: pointer;
  }
  .tier input {
    /* A two-line tier question must not squeeze its checkbox. */
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button.submit,
  button.decline {
    min-height: 44px;
    padding: 0 1rem;
    font: inherit;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.submit {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 1px solid var(--_accent);
  }
  button.decline {
    background: transparent;
    color: var(--_fg);
    border: 1px solid var(--_border);
  }
  button:disabled {
    cursor: not-allowed;
  }
  .status p {
    margin: 0.25rem 0;
  }
  .status .thanks {
    font-weight: 600;
  }
  .status:focus {
    outline: none;
  }
`;
