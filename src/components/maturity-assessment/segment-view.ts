import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel } from '../../core/index.js';
import { modelSegments } from '../../core/assessment.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

export interface SegmentViewData {
  model: AssessmentModel;
  /** The segment chosen so far, if any. */
  chosen: string | null;
  /** The visitor pressed Continue without choosing. */
  hint: boolean;
}

export interface SegmentViewActions {
  choose(segmentId: string): void;
  continue(): void;
}

/** The ARR band question, asked before the first step when the host set no `segment`. */
export function renderSegment(t: Localize<typeof en>, data: SegmentViewData, on: SegmentViewActions): TemplateResult {
  const { model, chosen } = data;
  return html`<form part="segment" class="segment" @submit=${(e: Event) => (e.preventDefault(), on.continue())}>
    <p class="kicker">${model.title}</p>
    <fieldset aria-describedby="segment-help">
      <legend><h2 id="heading" tabindex="-1">${t.term('ma.arrQuestion')}</h2></legend>
      <p id="segment-help" class="muted">${t.term('ma.arrHelp')}</p>
      ${modelSegments(model).map(
        (s) => html`<label class="segment-option">
          <input type="radio" name="segment" .value=${s.id} .checked=${chosen === s.id} @change=${() => on.choose(s.id)} />
          ${s.label}
        </label>`,
      )}
    </fieldset>
    ${data.hint ? html`<p class="hint" role="alert">${t.term('ma.arrHint')}</p>` : nothing}
    <div class="nav">
      <button part="button" class="primary" type="submit">${t.term('ma.continue')}</button>
    </div>
  </form>`;
}
