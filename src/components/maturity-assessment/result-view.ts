import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentModel, AssessmentResult, BenchmarkStatus } from '../../core/index.js';
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

const STATUS_TEXT: Record<BenchmarkStatus, string> = {
  alarm: 'At or below the alarm threshold',
  below: 'Below the expected level',
  'on-track': 'On track',
  good: 'Good',
};

const MINUS = '\u2212';

const MAX_PRIORITIES = 3;

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** With two attempts or more, one small line of dates and overall scores, oldest first. */
function renderTrend(history: readonly StoredAttempt[]): TemplateResult | typeof nothing {
  if (history.length < 2) return nothing;
  return html`<div part="trend" class="trend">
    <h3 id="trend-heading">Your attempts</h3>
    <ol class="history" aria-labelledby="trend-heading">
      ${history.map(
        (h) => html`<li><time datetime=${new Date(h.completedAt).toISOString()}>${DATE.format(h.completedAt)}</time>: <strong>${h.overall.toFixed(1)}</strong></li>`,
      )}
    </ol>
  </div>`;
}

function signed(n: number, decimals = 0): string {
  const text = Math.abs(n).toFixed(decimals);
  return n > 0 ? `+${text}` : n < 0 ? `${MINUS}${text}` : `±${text}`;
}

export function renderResult(data: ResultViewData, on: ResultViewActions): TemplateResult {
  const { model, answers, result, previous, readonly } = data;
  if (!result || result.overall === null) return html`<p part="error" role="alert">This result cannot be shown.</p>`;
  const bench = result.benchmark;
  const { min, max } = model.scale;
  const byAxis = (f: (id: string) => number | undefined): Record<string, number | undefined> =>
    Object.fromEntries(model.dimensions.map((d) => [d.id, f(d.id)]));
  const series = [{ label: 'Your answers', values: byAxis((id) => answers[id]) }];
  // The legend stays short: "Expected for Growth" rather than the segment's full ARR label.
  if (bench) series.push({ label: `Expected for ${bench.label.replace(/\s*\(.*\)\s*$/, '')}`, values: byAxis(() => bench.expected) });
  if (previous) series.push({ label: 'Previous attempt', values: byAxis((id) => previous.answers[id]) });
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
      ? html`<p class="shared-note" part="shared-note">
          Shared result (read-only), self-reported by whoever shared this link: it is not verified.
        </p>`
      : nothing}
    <p class="kicker">${model.title}</p>
    <h2 id="heading" tabindex="-1">${readonly ? 'Shared result' : 'Your result'}</h2>
    <div part="hero" class="hero">
      <div class="summary">
        <p class="overall"><span part="score" class="score">${result.overall.toFixed(1)}</span> of ${max}</p>
        ${overallDelta !== null
          ? html`<p class="delta">${signed(overallDelta, 1)} since your last attempt (${previous!.overall.toFixed(1)})</p>`
          : nothing}
        ${band
          ? html`<p part="band" class="band">${band.label}</p>
              <p class="interpretation">${band.interpretation}</p>`
          : nothing}
        ${model.bandsNote ? html`<p part="bands-note" class="bands-note">${model.bandsNote}</p>` : nothing}
        ${readonly ? nothing : renderTrend(data.history)}
      </div>
      ${bench
        ? html`<div class="benchmark">
            <h3>Benchmark: ${bench.label}</h3>
            <benchmark-gauge
              .value=${result.overall}
              .min=${min}
              .max=${max}
              .expected=${bench.expected}
              .good=${bench.good}
              .alarm=${bench.alarm}
              label="Your score compared with ${bench.label}"
            ></benchmark-gauge>
            <p class="status status-${bench.status}">
              ${STATUS_TEXT[bench.status]}: expected ${bench.expected.toFixed(1)}, good from ${bench.good.toFixed(1)}; you are
              ${bench.delta === 0 ? 'exactly at the expected level' : `${signed(bench.delta, 1)} against expected`}.
            </p>
          </div>`
        : nothing}
    </div>
    <section part="priorities" class="priorities" aria-labelledby="priorities-heading">
      <h3 id="priorities-heading">Your top priorities</h3>
      <ol>
        ${priorities.map(
          (d) => html`<li class="priority">
            <span class="priority-title">${d.title}</span>
            <span class="priority-level">Now: ${d.score} · ${d.level?.label}</span>
            ${d.next
              ? html`<span class="priority-next"><strong>Next step: reach ${d.next.label}</strong> — ${d.next.description}</span>`
              : html`<span class="priority-next">You are at the top level: keep it there.</span>`}
          </li>`,
        )}
      </ol>
      ${weakest.length > priorities.length
        ? html`<p class="muted">${weakest.length - priorities.length} more at the same level: see each dimension below.</p>`
        : nothing}
      ${band ? html`<p class="next-step"><strong>For your program as a whole:</strong> ${band.nextStep}</p>` : nothing}
    </section>
    <div part="cta" class="cta">
      ${band ? html`<slot name="cta-${band.id}" @slotchange=${() => on.ctaChanged()}></slot>` : nothing}
      ${data.bandCta ? nothing : html`<slot name="cta" @slotchange=${() => on.ctaChanged()}></slot>`}
    </div>
    <h3>By dimension</h3>
    <score-radar
      class="radar"
      .axes=${model.dimensions.map((d) => ({ id: d.id, label: d.title }))}
      .series=${series}
      .min=${min}
      .max=${max}
      label="Score by dimension"
    ></score-radar>
    <div class="dimensions">
      ${dims.map((d) => {
        const before = previous?.answers[d.id];
        const delta = before != null && d.score != null ? d.score - before : null;
        return html`<details part="dimension" class="dimension">
          <summary>
            <span class="dimension-title">${d.title}</span>
            <span class="dimension-level">${d.score} · ${d.level?.label}${d.redFlags.length ? html`<span class="flag-count"> · red flags</span>` : nothing}</span>
          </summary>
          <div class="dimension-body">
            <p>
              <strong>Your level: ${d.score} · ${d.level?.label}</strong>
              ${delta !== null ? html`<span class="delta">${delta === 0 ? 'no change' : signed(delta)} since last attempt</span>` : nothing}
            </p>
            ${d.level ? html`<p class="muted">${d.level.description}</p>` : nothing}
            ${d.next
              ? html`<p class="next-level"><strong>Next level: ${d.next.label}</strong> — ${d.next.description}</p>`
              : html`<p class="next-level">You are at the top level.</p>`}
            ${d.redFlags.length
              ? html`<div class="red-flags">
                  <p><strong>Red flags to check</strong></p>
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
      ${data.canCopyLink ? html`<button part="button" type="button" @click=${() => on.copyLink()}>Copy link</button>` : nothing}
      ${data.exports
        ? html`<button part="button" type="button" @click=${() => on.download('json', result)}>Download JSON</button>
            <button part="button" type="button" @click=${() => on.download('csv', result)}>Download CSV</button>`
        : nothing}
      <button part="button" type="button" @click=${() => on.print()}>Print / Save as PDF</button>
      ${readonly
        ? html`<button part="button" class="primary" type="button" @click=${() => on.startOwn()}>Start my own assessment</button>`
        : html`<button part="button" type="button" @click=${() => on.changeAnswers()}>Change answers</button>
            <button part="button" type="button" @click=${() => on.startOver()}>Start over</button>`}
    </div>
    ${data.copyStatus ? html`<p class="copy-status">${data.copyStatus}</p>` : nothing}
    ${data.copyFallback
      ? html`<p class="copy-fallback">
          <label for="share-url">Copy this link to share your result:</label>
          <input id="share-url" type="text" readonly .value=${data.copyFallback} />
        </p>`
      : nothing}
  </section>`;
}
