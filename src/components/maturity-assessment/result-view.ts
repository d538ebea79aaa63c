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
  /** A shared result from a link: read-only and labelled as self-reported. */
  readonly: boolean;
  canCopyLink: boolean;
  copyStatus: string;
  copyFallback: string | null;
}

export interface ResultViewActions {
  copyLink(): void;
  download(kind: 'json' | 'csv', result: AssessmentResult): void;
  print(): void;
  startOwn(): void;
  changeAnswers(): void;
  startOver(): void;
}

const STATUS_TEXT: Record<BenchmarkStatus, string> = {
  alarm: 'At or below the alarm threshold',
  below: 'Below the expected level',
  'on-track': 'On track',
  good: 'Good',
};

const MINUS = '\u2212';

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

  return html`<section part="result" class="result">
    ${readonly
      ? html`<p class="shared-note" part="shared-note">
          Shared result (read-only), self-reported by whoever shared this link: it is not verified.
        </p>`
      : nothing}
    <p class="kicker">${model.title}</p>
    <h2 id="heading" tabindex="-1">${readonly ? 'Shared result' : 'Your result'}</h2>
    <div class="summary">
      <p class="overall"><span part="score" class="score">${result.overall.toFixed(1)}</span> of ${max}</p>
      ${overallDelta !== null
        ? html`<p class="delta">${signed(overallDelta, 1)} since your last attempt (${previous!.overall.toFixed(1)})</p>`
        : nothing}
      ${result.band
        ? html`<p part="band" class="band">${result.band.label}</p>
            <p class="interpretation">${result.band.interpretation}</p>
            <p class="next-step"><strong>Next step:</strong> ${result.band.nextStep}</p>`
        : nothing}
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
    <score-radar
      class="radar"
      .axes=${model.dimensions.map((d) => ({ id: d.id, label: d.title }))}
      .series=${series}
      .min=${min}
      .max=${max}
      label="Score by dimension"
    ></score-radar>
    <h3>By dimension</h3>
    <ol class="dimensions">
      ${result.dimensions.map((d) => {
        const before = previous?.answers[d.id];
        const delta = before != null && d.score != null ? d.score - before : null;
        return html`<li class="dimension">
          <h4>${d.title}</h4>
          <p>
            <strong>Your level: ${d.score} · ${d.level?.label}</strong>
            ${delta !== null
              ? html`<span class="delta">${delta === 0 ? 'no change' : signed(delta)} since last attempt</span>`
              : nothing}
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
        </li>`;
      })}
    </ol>
    <div part="actions" class="actions">
      ${data.canCopyLink ? html`<button part="button" type="button" @click=${() => on.copyLink()}>Copy link</button>` : nothing}
      <button part="button" type="button" @click=${() => on.download('json', result)}>Download JSON</button>
      <button part="button" type="button" @click=${() => on.download('csv', result)}>Download CSV</button>
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
