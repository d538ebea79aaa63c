import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel } from '../../core/index.js';

export interface ReviewViewData {
  model: AssessmentModel;
  answers: Record<string, number>;
  /** The visitor chose the segment (the host set none), so the review lists it too. */
  asksSegment: boolean;
  segmentId: string | null;
}

export interface ReviewViewActions {
  changeSegment(): void;
  changeStep(index: number): void;
  finish(): void;
  back(): void;
}

/** Every answer with a Change button, then "See my results". */
export function renderReview(data: ReviewViewData, on: ReviewViewActions): TemplateResult {
  const { model, answers } = data;
  const missing = model.dimensions.filter((d) => answers[d.id] == null).length;
  const segment = model.segments?.find((s) => s.id === data.segmentId);
  return html`<section part="review" class="review">
    <p class="kicker">${model.title}</p>
    <h2 id="heading" tabindex="-1">Review your answers</h2>
    <dl class="answers">
      ${data.asksSegment
        ? html`<div class="answer">
            <dt>ARR band</dt>
            <dd>
              <span>${segment?.label ?? 'Not answered'}</span>
              <button part="button" type="button" aria-label="Change ARR band" @click=${() => on.changeSegment()}>Change</button>
            </dd>
          </div>`
        : nothing}
      ${model.dimensions.map((d, i) => {
        const score = answers[d.id];
        const level = d.levels.find((l) => l.score === score);
        return html`<div class="answer">
          <dt>${d.title}</dt>
          <dd>
            <span>${level ? `${level.score} · ${level.label}` : 'Not answered'}</span>
            <button part="button" type="button" aria-label="Change ${d.title}" @click=${() => on.changeStep(i)}>Change</button>
          </dd>
        </div>`;
      })}
    </dl>
    ${missing
      ? html`<p class="hint" id="review-hint">Answer ${missing === 1 ? 'the last dimension' : `all ${missing} remaining dimensions`} to see your results.</p>`
      : nothing}
    <div class="nav">
      <button
        part="button"
        class="primary"
        type="button"
        ?disabled=${missing > 0}
        aria-describedby=${missing ? 'review-hint' : nothing}
        @click=${() => on.finish()}
      >
        See my results
      </button>
      <button part="button" type="button" @click=${() => on.back()}>Back</button>
    </div>
  </section>`;
}
