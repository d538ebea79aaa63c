import { html, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../../events/error-detail.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

/** Why the assessment cannot start: one line per problem of the model or segment. */
export function renderError(t: Localize<typeof en>, issues: ErrorDetail['issues']): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${t.term('ma.cannotShow')}</strong></p>
    <ul>
      ${issues.map((i) => html`<li>${i.path}: ${i.message}</li>`)}
    </ul>
  </div>`;
}

/** The note that a `#ak=` link could not be opened, with its Dismiss button. */
export function renderLinkNotice(t: Localize<typeof en>, dismiss: () => void): TemplateResult {
  return html`<div part="notice" class="notice" role="status">
    <p>${t.term('ma.linkBroken')}</p>
    <button part="button" type="button" @click=${dismiss}>${t.term('ma.dismiss')}</button>
  </div>`;
}
