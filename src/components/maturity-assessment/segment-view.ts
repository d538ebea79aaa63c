import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel } from '../../core/index.js';

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
export function renderSegment(data: SegmentViewData, on: SegmentViewActions): TemplateResult {
  const { model, chosen } = data;
  return html`<form part="segment" class="segment" @submit=${(e: Event) => (e.preventDefault(), on.continue())}>
    <p class="kicker">${model.title}</p>
    <fieldset aria-describedby="segment-help">
      <legend><h2 id="heading" tabindex="-1">What is your annual recurring revenue (ARR)?</h2></legend>
      <p id="segment-help" class="muted">We compare your result with companies of a similar size.</p>
      ${(model.segments ?? []).map(
        (s) => html`<label class="segment-option">
          <input type="radio" name="segment" .value=${s.id} .checked=${chosen === s.id} @change=${() => on.choose(s.id)} />
          ${s.label}
        </label>`,
      )}
    </fieldset>
    ${data.hint ? html`<p class="hint" role="alert">Choose your ARR band to continue.</p>` : nothing}
    <div class="nav">
      <button part="button" class="primary" type="submit">Continue</button>
    </div>
  </form>`;
}
