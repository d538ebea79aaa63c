import { html, type TemplateResult } from 'lit';
import type { AssessmentModel } from '../../core/index.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

/** Where the host's `gate` slot (e.g. an email form) stands in for the results until `showResults()`. */
export function renderGate(t: Localize<typeof en>, model: AssessmentModel, backToAnswers: () => void): TemplateResult {
  return html`<div part="gate" class="gate">
    <h2 id="heading" tabindex="-1" class="visually-hidden">${t.term('ma.resultsReady', model.title)}</h2>
    <slot name="gate"></slot>
    <div class="nav">
      <button part="button back-to-answers" type="button" @click=${backToAnswers}>${t.term('ma.backToAnswers')}</button>
    </div>
  </div>`;
}
