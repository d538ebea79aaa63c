import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel, AssessmentResult } from '../../core/index.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';
import type { StoredAttempt } from './persist.js';

/** What the result view shows; the element computes it, the view only renders it. */
export interface ResultViewData {
  model: AssessmentModel;
  answers: Record<string, number>;
  /** Null when the answers cannot be scored (then the view shows an error). */
  result: AssessmentResult | null;
  /** The attempt before this one, for deltas and the radar overlay; never for a shared result. */
  previous: StoredAttempt | undefined;
  /** The visitor's completed attempts, oldest first, this one included; empty for a shared result. */
  history: readonly StoredAttempt[];
  /** A shared result from a link: read-only and labelled as self-reported. */
  readonly: boolean;
  canCopyLink: boolean;
  copyStatus: string;
  copyFallback: string | null;
  /** The host filled `cta-<band id>` for this band, which then replaces the general `cta` slot. */
  bandCta: boolean;
  /** Shows the JSON and CSV downloads. */
  exports: boolean;
  /** A title for the printed report. */
  reportTitle: string | undefined;
}

export interface ResultViewActions {
  copyLink(): void;
  download(kind: 'json' | 'csv', result: AssessmentResult): void;
  print(): void;
  startOwn(): void;
  changeAnswers(): void;
  startOver(): void;
  ctaChanged(): void;
}

const MINUS = '\u2212';

const MAX_PRIORITIES = 3;

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** A score as shown: one decimal, in the element's language. */
function fixed1(t: Localize<typeof en>, n: number): string {
  return t.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** With two attempts or more, one small line of dates and overall scores, oldest first. */
function renderTrend(t: Localize<typeof en>, history: readonly StoredAttempt[]): TemplateResult | typeof nothing {
  if (history.length < 2) return nothing;
  return html`<div part="trend" class="trend">
    <h3 id="trend-heading">${t.term('ma.attempts')}</h3>
    <ol class="history" aria-labelledby="trend-heading">
      ${history.map(
        (h) => html`<li><time datetime=${new Date(h.completedAt).toISOString()}>${t.date(h.completedAt, DATE)}</time>: <strong>${fixed1(t, h.overall)}</strong></li>`,
      )}
    </ol>
  </div>`;
}

/** A change with its sign; English keeps its typographic minus and ±, other languages take Intl's signs. */
function signed(t: Localize<typeof en>, n: number, decimals = 0): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (!t.isEnglish()) return t.number(n, { ...digits, signDisplay: 'exceptZero' });
  const text = Math.abs(n).toFixed(decimals);
  return n > 0 ? `+${text}` : n < 0 ? `${MINUS}${text}` : `±${text}`;
}

export function renderResult(t: Localize<typeof en>, data: ResultViewData, on: ResultViewActions): TemplateResult {
  const { model, answers, result, previous, readonly } = data;
  if (!result || result.overall === null) return html`<p part="error" role="alert">${t.term('ma.cannotShowResult')}</p>`;
  const level = (score: number | null, label: string | undefined) => `${score === null ? '' : t.number(score)} · ${label ?? ''}`;
  const bench = result.benchmark;
  const { min, max } = model.scale;
  const byAxis = (f: (id: string) => number | undefined): Record<string, number | undefined> =>
    Object.fromEntries(model.dimensions.map((d) => [d.id, f(d.id)]));
  const series = [{ label: t.term('ma.yourAnswers'), values: byAxis((id) => answers[id]) }];
  // The legend stays short: "Expected for Growth" rather than the segment's full ARR label.
  if (bench) series.push({ label: t.term('ma.expectedFor', bench.label.replace(/\s*\(.*\)\s*$/, '')), values: byAxis(() => bench.expected) });
  if (previous) series.push({ label: t.term('ma.previousAttempt'), values: byAxis((id) => previous.answers[id]) });
  const overallDelta = previous ? Math.round((result.overall - previous.overall) * 10) / 10 : null;

  const dims = result.dimensions;
  const weakest = result.weakest.map((id) => dims.find((d) => d.id === id)!).filter(Boolean);
  // Ties can make every dimension "weakest": a priority list longer than three is no longer a priority.
  const priorities = weakest.slice(0, MAX_PRIORITIES);
  const band = result.band;

  return html`<section part="result" class="result">
    <div part="report-header" class="report-header">
      <slot name="logo"></slot>
      ${data.reportTitle ? html`<p class="report-title">${data.reportTitle}</p>` : nothing}
    </div>
    ${readonly
      ? html`<p class="shared-note" part="shared-note">${t.term('ma.sharedNote')}</p>`
      : nothing}
    <p class="kicker">${model.title}</p>
    <h2 id="heading" tabindex="-1">${t.term(readonly ? 'ma.sharedResult' : 'ma.yourResult')}</h2>
    <div part="hero" class="hero">
      <div class="summary">
        <p class="overall"><span part="score" class="score">${fixed1(t, result.overall)}</span> ${t.term('ma.of', t.number(max))}</p>
        ${overallDelta !== null
          ? html`<p class="delta">${t.term('ma.sinceYourLast', signed(t, overallDelta, 1), fixed1(t, previous!.overall))}</p>`
          : nothing}
        ${band
          ? html`<p part="band" class="band">${band.label}</p>
              <p class="interpretation">${band.interpretation}</p>`
          : nothing}
        ${model.bandsNote ? html`<p part="bands-note" class="bands-note">${model.bandsNote}</p>` : nothing}
        ${readonly ? nothing : renderTrend(t, data.history)}
      </div>
      ${bench
        ? html`<div class="benchmark">
            <h3>${t.term('ma.benchmark', bench.label)}</h3>
            <benchmark-gauge
              .value=${result.overall}
              .min=${min}
              .max=${max}
              .expected=${bench.expected}
              .good=${bench.good}
              .alarm=${bench.alarm}
              label=${t.term('ma.gaugeLabel', bench.label)}
            ></benchmark-gauge>
            <p class="status status-${bench.status}">
              ${t.term(
                'ma.benchStatus',
                t.term(`ma.status.${bench.status}`),
                fixed1(t, bench.expected),
                fixed1(t, bench.good),
                bench.delta === 0 ? t.term('ma.atExpected') : t.term('ma.againstExpected', signed(t, bench.delta, 1)),
              )}
            </p>
          </div>`
        : nothing}
    </div>
    <section part="priorities" class="priorities" aria-labelledby="priorities-heading">
      <h3 id="priorities-heading">${t.term('ma.priorities')}</h3>
      <ol>
        ${priorities.map(
          (d) => html`<li class="priority">
            <span class="priority-title">${d.title}</span>
            <span class="priority-level">${t.term('ma.now', level(d.score, d.level?.label))}</span>
            ${d.next
              ? html`<span class="priority-next"><strong>${t.term('ma.reach', d.next.label)}</strong> — ${d.next.description}</span>`
              : html`<span class="priority-next">${t.term('ma.keepTop')}</span>`}
          </li>`,
        )}
      </ol>
      ${weakest.length > priorities.length
        ? html`<p class="muted">${t.term('ma.moreSame', t.number(weakest.length - priorities.length))}</p>`
        : nothing}
      ${band ? html`<p class="next-step"><strong>${t.term('ma.wholeProgram')}</strong> ${band.nextStep}</p>` : nothing}
    </section>
    <div part="cta" class="cta">
      ${band ? html`<slot name="cta-${band.id}" @slotchange=${() => on.ctaChanged()}></slot>` : nothing}
      ${data.bandCta ? nothing : html`<slot name="cta" @slotchange=${() => on.ctaChanged()}></slot>`}
    </div>
    <h3>${t.term('ma.byDimension')}</h3>
    <score-radar
      class="radar"
      .axes=${model.dimensions.map((d) => ({ id: d.id, label: d.title }))}
      .series=${series}
      .min=${min}
      .max=${max}
      label=${t.term('ma.radarLabel')}
    ></score-radar>
    <div class="dimensions">
      ${dims.map((d) => {
        const before = previous?.answers[d.id];
        const delta = before != null && d.score != null ? d.score - before : null;
        return html`<details part="dimension" class="dimension">
          <summary>
            <span class="dimension-title">${d.title}</span>
            <span class="dimension-level">${level(d.score, d.level?.label)}${d.redFlags.length ? html`<span class="flag-count"> · ${t.term('ma.redFlagsMark')}</span>` : nothing}</span>
          </summary>
          <div class="dimension-body">
            <p>
              <strong>${t.term('ma.yourLevel', level(d.score, d.level?.label))}</strong>
              ${delta !== null ? html`<span class="delta">${t.term('ma.sinceLast', delta === 0 ? t.term('ma.noChange') : signed(t, delta))}</span>` : nothing}
            </p>
            ${d.level ? html`<p class="muted">${d.level.description}</p>` : nothing}
            ${d.next
              ? html`<p class="next-level"><strong>${t.term('ma.nextLevel', d.next.label)}</strong> — ${d.next.description}</p>`
              : html`<p class="next-level">${t.term('ma.topLevel')}</p>`}
            ${d.redFlags.length
              ? html`<div class="red-flags">
                  <p><strong>${t.term('ma.redFlags')}</strong></p>
                  <ul>
                    ${d.redFlags.map((f) => html`<li>${f}</li>`)}
                  </ul>
                </div>`
              : nothing}
          </div>
        </details>`;
      })}
    </div>
    <div part="actions" class="actions">
      ${data.canCopyLink ? html`<button part="button" type="button" @click=${() => on.copyLink()}>${t.term('ma.copyLink')}</button>` : nothing}
      ${data.exports
        ? html`<button part="button" type="button" @click=${() => on.download('json', result)}>${t.term('ma.downloadJson')}</button>
            <button part="button" type="button" @click=${() => on.download('csv', result)}>${t.term('ma.downloadCsv')}</button>`
        : nothing}
      <button part="button" type="button" @click=${() => on.print()}>${t.term('ma.print')}</button>
      ${readonly
        ? html`<button part="button" class="primary" type="button" @click=${() => on.startOwn()}>${t.term('ma.startOwn')}</button>`
        : html`<button part="button" type="button" @click=${() => on.changeAnswers()}>${t.term('ma.changeAnswers')}</button>
            <button part="button" type="button" @click=${() => on.startOver()}>${t.term('ma.startOver')}</button>`}
    </div>
    ${data.copyStatus ? html`<p class="copy-status">${data.copyStatus}</p>` : nothing}
    ${data.copyFallback
      ? html`<p class="copy-fallback">
          <label for="share-url">${t.term('ma.copyThis')}</label>
          <input id="share-url" type="text" readonly .value=${data.copyFallback} />
        </p>`
      : nothing}
  </section>`;
}
