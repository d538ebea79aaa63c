import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel } from '../../core/index.js';
import { modelSegments } from '../../core/assessment.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

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
export function renderReview(t: Localize<typeof en>, data: ReviewViewData, on: ReviewViewActions): TemplateResult {
  const { model, answers } = data;
  const missing = model.dimensions.filter((d) => answers[d.id] == null).length;
  const segment = modelSegments(model).find((s) => s.id === data.segmentId);
  return html`<section part="review" class="review">
    <p class="kicker">${model.title}</p>
    <h2 id="heading" tabindex="-1">${t.term('ma.reviewHeading')}</h2>
    <dl class="answers">
      ${data.asksSegment
        ? html`<div class="answer">
            <dt>${t.term('ma.arrBand')}</dt>
            <dd>
              <span>${segment?.label ?? t.term('ma.notAnswered')}</span>
              <button part="button" type="button" aria-label=${t.term('ma.changeArr')} @click=${() => on.changeSegment()}>${t.term('ma.change')}</button>
            </dd>
          </div>`
        : nothing}
      ${model.dimensions.map((d, i) => {
        const score = answers[d.id];
        const level = d.levels.find((l) => l.score === score);
        return html`<div class="answer">
          <dt>${d.title}</dt>
          <dd>
            <span>${level ? `${t.number(level.score)} · ${level.label}` : t.term('ma.notAnswered')}</span>
            <button part="button" type="button" aria-label=${t.term('ma.changeDimension', d.title)} @click=${() => on.changeStep(i)}>${t.term('ma.change')}</button>
          </dd>
        </div>`;
      })}
    </dl>
    ${missing
      ? html`<p class="hint" id="review-hint">${t.term('ma.answerRemaining', missing, t.number(missing))}</p>`
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
        ${t.term('ma.seeResults')}
      </button>
      <button part="button" type="button" @click=${() => on.back()}>${t.term('ma.back')}</button>
    </div>
  </section>`;
}
