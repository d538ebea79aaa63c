import { css } from 'lit';
import type { ErrorDetail } from '../events/error-detail.js';

/** The charts' inline error: a sentence, then the issues as a list, in a box outlined in the "bad" colour. */
export const errorBox = css`
  .error {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    text-align: start;
  }
  .error p {
    margin: 0;
    font-weight: 600;
  }
  .error ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;

/**
 * Fires an element's error event once per new set of issues, not again on every render that still shows
 * the same ones; fixing the input and breaking it again fires again.
 */
export class IssueReporter {
  private _reported = '';

  report(host: EventTarget, issues: ErrorDetail['issues'], event: () => Event): void {
    const key = issues.length ? JSON.stringify(issues) : '';
    if (key && key !== this._reported) host.dispatchEvent(event());
    this._reported = key;
  }
}
