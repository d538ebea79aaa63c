import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel, ModelDimension } from '../../core/index.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

export interface StepViewData {
  model: AssessmentModel;
  answers: Record<string, number>;
  /** The index of the dimension on screen. */
  step: number;
  /** The last step, or every dimension answered: Next leads to the review. */
  last: boolean;
  /** Back leads somewhere (an earlier step or the ARR question). */
  canGoBack: boolean;
  /** The levels whose "What this looks like" evidence is open. */
  evidenceOpen: ReadonlySet<number>;
}

export interface StepViewActions {
  choose(dim: ModelDimension, score: number): void;
  choiceKey(e: KeyboardEvent, dim: ModelDimension): void;
  toggleEvidence(score: number): void;
  next(): void;
  back(): void;
  goTo(index: number): void;
}

function renderProgress(t: Localize<typeof en>, model: AssessmentModel, answers: Record<string, number>, step: number): TemplateResult {
  const total = model.dimensions.length;
  const answered = model.dimensions.filter((d) => answers[d.id] != null).length;
  const stepText = t.term('ma.stepOf', t.number(step + 1), t.number(total));
  return html`<div part="progress" class="progress">
    <span id="progress-text">${stepText}</span>
    <progress max=${total} .value=${answered} aria-label=${t.term('ma.progress', stepText, t.number(answered), t.number(total))}></progress>
  </div>`;
}

function renderStepList(t: Localize<typeof en>, data: StepViewData, on: StepViewActions): TemplateResult {
  return html`<nav class="steps" aria-label=${t.term('ma.dimensions')}>
    <ol>
      ${data.model.dimensions.map((d, i) => {
        const done = data.answers[d.id] != null;
        return html`<li>
          <button
            part="button step-button"
            type="button"
            class=${done ? 'done' : ''}
            aria-current=${i === data.step ? 'step' : nothing}
            @click=${() => on.goTo(i)}
          >
            <span aria-hidden="true" class="mark">${done ? '✓' : t.number(i + 1)}</span> ${d.title}<span class="visually-hidden"
              >${t.term(done ? 'ma.answered' : 'ma.unanswered')}</span
            >
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/**
 * One dimension: its levels as a radio group of compact choices (name and description; the evidence behind a
 * per-choice disclosure), Next and Back, and the list of all steps. The progress stays in view while the page scrolls.
 */
export function renderStep(t: Localize<typeof en>, data: StepViewData, on: StepViewActions): TemplateResult {
  const { model, answers, step } = data;
  const dim = model.dimensions[step]!;
  const selected = answers[dim.id];
  const focusable = selected ?? dim.levels[0]?.score;
  return html`<section part="step" class="step">
    <p class="kicker">${model.title}</p>
    ${renderProgress(t, model, answers, step)}
    <h2 id="heading" tabindex="-1">${dim.title}</h2>
    <details class="measures">
      <summary>${t.term('ma.whatMeasures')}</summary>
      <p id="measures">${dim.measures}</p>
    </details>
    <div
      part="choices"
      class="choices"
      role="radiogroup"
      aria-labelledby="heading"
      aria-describedby="measures"
      @keydown=${(e: KeyboardEvent) => on.choiceKey(e, dim)}
    >
      ${dim.levels.map((l) => {
        const open = data.evidenceOpen.has(l.score);
        // The evidence toggle follows its radio in the tab order only for the radio that is tabbable, so Tab
        // still goes from the group to Next in one or two presses, never through every level.
        const tabbable = l.score === focusable;
        return html`<div class="choice-card ${l.evidence.length ? 'has-evidence' : ''}">
          <div
            part="choice"
            class="choice"
            role="radio"
            id="choice-${l.score}"
            data-score=${l.score}
            aria-checked=${selected === l.score ? 'true' : 'false'}
            tabindex=${tabbable ? '0' : '-1'}
            aria-labelledby="choice-${l.score}-label"
            aria-describedby="choice-${l.score}-desc"
            @click=${() => on.choose(dim, l.score)}
          >
            <span class="choice-label" id="choice-${l.score}-label">${t.number(l.score)} · ${l.label}</span>
            <span id="choice-${l.score}-desc" class="desc">${l.description}</span>
          </div>
          ${l.evidence.length
            ? html`<button
                  part="evidence-toggle"
                  class="evidence-toggle"
                  type="button"
                  tabindex=${tabbable ? '0' : '-1'}
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls="evidence-${l.score}"
                  @click=${() => on.toggleEvidence(l.score)}
                >
                  ${t.term('ma.whatLooksLike')}<span class="visually-hidden">: ${l.label}</span>
                </button>
                <div class="evidence" id="evidence-${l.score}" ?hidden=${!open}>
                  <ul>
                    ${l.evidence.map((ev) => html`<li>${ev}</li>`)}
                  </ul>
                </div>`
            : nothing}
        </div>`;
      })}
    </div>
    <div class="nav">
      <button part="button" class="primary next" type="button" @click=${() => on.next()}>${t.term(data.last ? 'ma.reviewAnswers' : 'ma.next')}</button>
      <button part="button" class="back" type="button" ?disabled=${!data.canGoBack} @click=${() => on.back()}>${t.term('ma.back')}</button>
    </div>
    ${renderStepList(t, data, on)}
  </section>`;
}
