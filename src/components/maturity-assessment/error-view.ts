import { html, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../../events/error-detail.js';

/** Why the assessment cannot start: one line per problem of the model or segment. */
export function renderError(issues: ErrorDetail['issues']): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p><strong>This assessment cannot be shown.</strong></p>
    <ul>
      ${issues.map((i) => html`<li>${i.path}: ${i.message}</li>`)}
    </ul>
  </div>`;
}

/** The note that a `#ak=` link could not be opened, with its Dismiss button. */
export function renderLinkNotice(dismiss: () => void): TemplateResult {
  return html`<div part="notice" class="notice" role="status">
    <p>This link could not be opened: it is incomplete or was made for another assessment.</p>
    <button part="button" type="button" @click=${dismiss}>Dismiss</button>
  </div>`;
}
