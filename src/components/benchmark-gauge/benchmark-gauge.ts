import { html, svg, nothing, type TemplateResult } from 'lit';
// From the core's module, not its index: without a bundler the index would load every module (zod too).
import { benchmarkStatus, type BenchmarkThresholds } from '../../core/benchmark.js';
import { ChartElement } from '../../internal/chart-element.js';
import { modelFacts } from '../../internal/model-facts.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/benchmark-gauge.js';
import { defineElement } from '../../internal/define.js';
import { errorBox, IssueReporter, problem, problemsBox, problemsPending, problemsReady } from '../../internal/error-box.js';
import { linear } from '../../internal/scale.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { GaugeErrorEvent } from '../../events/gauge-error.js';
import styles from './benchmark-gauge.styles.js';

type Issue = ErrorDetail['issues'][number];

interface Resolved {
  min: number;
  max: number;
  value: number | null;
  thresholds: BenchmarkThresholds | null;
  segmentLabel: string;
}

/** Geometry of the drawing, in viewBox units; the SVG scales with the element's width. */
const CX = 100;
const CY = 100;
const OUTER = 90;
const INNER = 62;
const NEEDLE = 84;

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

const FIXED1: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const UP_TO_2: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/** The point at radius `r`, `deg` degrees clockwise from straight up. */
function point(r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [CX + r * Math.sin(a), CY - r * Math.cos(a)];
}

function polar(r: number, deg: number): string {
  return point(r, deg)
    .map((v) => v.toFixed(2))
    .join(' ');
}

function band(from: number, to: number): string {
  return `M ${polar(OUTER, from)} A ${OUTER} ${OUTER} 0 0 1 ${polar(OUTER, to)} L ${polar(INNER, to)} A ${INNER} ${INNER} 0 0 0 ${polar(INNER, from)} Z`;
}

/**
 * A semicircular gauge placing a score against benchmark thresholds: alarm, below expected, on
 * track and good zones, a marker at the expected level, and the value as a needle and as text.
 * Thresholds come from attributes, or from a built-in model's segment (`model` + `segment`).
 *
 * @tagname benchmark-gauge
 * @summary Gauge of a score against its peer benchmark (alarm / below / on track / good).
 *
 * @fires {GaugeErrorEvent} gauge-error - Scale, thresholds, model/segment or value are inconsistent; `detail` is `{ message, issues }`.
 *
 * @csspart base - The wrapper around the gauge and its text.
 * @csspart meter - The element with `role="meter"` (or `role="img"` while there is no score).
 * @csspart needle - The needle (rotated with a CSS transition).
 * @csspart value - The value as text.
 * @csspart status - The status word.
 * @csspart thresholds - The line listing the expected and good levels.
 * @csspart error - The error message shown instead of the gauge.
 *
 * @cssprop [--ak-gauge-max-width=320px] - Maximum width of the gauge.
 * @cssprop [--ak-gauge-alarm-color=#cf222e] - Alarm zone (dark: #f85149).
 * @cssprop [--ak-gauge-below-color=#d4a72c] - Below-expected zone (dark: #d29922).
 * @cssprop [--ak-gauge-on-track-color=#6fdd8b] - On-track zone (dark: #2ea043).
 * @cssprop [--ak-gauge-good-color=#1a7f37] - Good zone (dark: #56d364).
 * @cssprop [--ak-gauge-track-color=#d0d7de] - The arc when no thresholds are given (dark: #30363d).
 * @cssprop --ak-gauge-needle-color - The needle; defaults to the text colour.
 * @cssprop [--ak-gauge-transition-duration=500ms] - How long the needle takes to move; 0s under reduced motion.
 * @cssprop --ak-color-text - Text colour and the expected marker.
 * @cssprop --ak-color-surface - Background.
 */
export class BenchmarkGauge extends ChartElement {
  static override styles = [tokens, errorBox, styles];

  static override properties = {
    value: { type: Number, attribute: 'value' },
    min: { type: Number, attribute: 'min' },
    max: { type: Number, attribute: 'max' },
    expected: { type: Number, attribute: 'expected' },
    good: { type: Number, attribute: 'good' },
    alarm: { type: Number, attribute: 'alarm' },
    label: { type: String, attribute: 'label' },
    model: { type: String, attribute: 'model' },
    segment: { type: String, attribute: 'segment' },
  };

  /** The score; without it the gauge shows its zones and "No score yet". */
  value?: number | null;

  /** Start of the scale; the model's scale minimum when `model` is set, else 1. */
  min?: number;

  /** End of the scale; the model's scale maximum when `model` is set, else 5. */
  max?: number;

  /** Expected level for the peer group; overrides the segment's. */
  expected?: number;

  /** "Good" threshold; overrides the segment's. */
  good?: number;

  /** "Alarm" threshold; overrides the segment's. */
  alarm?: number;

  /** Accessible name of the gauge; unset, "Benchmark" in the page's language. */
  label?: string;

  /** Id of a built-in model (e.g. `customer-marketing-5`) whose scale and segments to use. */
  override model?: string;

  /** Id of one of the model's segments (e.g. `growth`) whose thresholds to use. */
  segment?: string;

  private _resolved: Resolved | null = null;
  private _issues: Issue[] = [];
  private _reporter = new IssueReporter();
  private readonly _loc = new Localize(this, strings);

  protected override willUpdate(): void {
    this._validate();
  }

  protected override updated(): void {
    // The needle turns through its CSS transform, set through CSSOM: a strict CSP blocks a style attribute.
    const needle = this.renderRoot.querySelector<SVGGElement>('.needle');
    needle?.style.setProperty('transform', `rotate(${needle.dataset.angle}deg)`);
    // Not while the words of the problems load: the event carries them.
    if (!problemsPending(this)) {
      this._reporter.report(this, this._issues, () => new GaugeErrorEvent({ message: this._message(), issues: this._issues }));
    }
  }

  private _message(): string {
    const n = this._issues.length;
    return `${this._loc.term('gauge.cannotShow')} ${n === 1 ? this._issues[0].message : this._loc.term('gauge.problems', this._loc.number(n))}`;
  }

  /** A figure of the scale as shown: one decimal. */
  private _fixed1(v: number): string {
    return this._loc.number(v, FIXED1);
  }

  /** A bound or threshold as given, in the element's language. */
  private _fmt(v: number): string {
    return this._loc.number(v, UP_TO_2);
  }

  private _validate(): void {
    const t = this._loc;
    const f = (v: number) => this._fmt(v);
    const issues: Issue[] = [];
    // Properties can be set to anything from script; only strings are ids.
    const modelId = typeof this.model === 'string' ? this.model : undefined;
    const segmentId = typeof this.segment === 'string' ? this.segment : undefined;
    if (this.model != null && modelId === undefined) issues.push(problem(t, 'model', 'gauge.error.modelId'));
    if (this.segment != null && segmentId === undefined) issues.push(problem(t, 'segment', 'gauge.error.segmentId'));
    const model = modelId ? modelFacts(modelId) : undefined;
    if (modelId && !model) issues.push(problem(t, 'model', model === null ? 'model.notLoaded' : 'model.unknown', modelId));

    let segmentLabel = '';
    let fromSegment: BenchmarkThresholds | undefined;
    if (segmentId) {
      if (!modelId) {
        issues.push(problem(t, 'segment', 'gauge.error.segmentNeedsModel', segmentId));
      } else if (model) {
        const seg = model.segments?.find((s) => s.id === segmentId);
        if (!seg) {
          const known = (model.segments ?? []).map((s) => s.id).join(', ');
          issues.push(problem(t, 'segment', 'gauge.error.noSegment', model.id, segmentId, known));
        } else {
          fromSegment = { alarm: seg.alarm, expected: seg.expected, good: seg.good };
          // "Growth ($5M-$50M ARR)" reads as "Growth" in a sentence.
          segmentLabel = seg.label.replace(/\s*\([^)]*\)\s*$/, '');
        }
      }
    }

    const min = this.min ?? model?.scale.min ?? 1;
    const max = this.max ?? model?.scale.max ?? 5;
    const scaleOk = isNumber(min) && isNumber(max) && min < max;
    if (!isNumber(min)) issues.push(problem(t, 'min', 'scale.minNaN'));
    if (!isNumber(max)) issues.push(problem(t, 'max', 'scale.maxNaN'));
    if (isNumber(min) && isNumber(max) && min >= max) {
      issues.push(problem(t, 'max', 'scale.order', f(max), f(min)));
    }

    const given = {
      alarm: this.alarm ?? fromSegment?.alarm,
      expected: this.expected ?? fromSegment?.expected,
      good: this.good ?? fromSegment?.good,
    };
    const names = ['alarm', 'expected', 'good'] as const;
    const present = names.filter((k) => given[k] !== undefined && given[k] !== null);
    let thresholds: BenchmarkThresholds | null = null;
    if (present.length > 0 && present.length < 3) {
      const missing = names.filter((k) => given[k] === undefined || given[k] === null);
      issues.push(problem(t, missing[0], 'gauge.error.together', missing));
    } else if (present.length === 3) {
      let ok = true;
      for (const k of names) {
        const v = given[k];
        if (!isNumber(v)) {
          issues.push(problem(t, k, 'gauge.error.notNumber', k));
          ok = false;
        } else if (scaleOk && (v < min || v > max)) {
          issues.push(problem(t, k, 'gauge.error.outside', k, f(v), f(min), f(max)));
          ok = false;
        }
      }
      if (ok) {
        const g = given as BenchmarkThresholds;
        if (!(g.alarm <= g.expected && g.expected <= g.good)) {
          issues.push(problem(t, 'expected', 'gauge.error.rise', f(g.alarm), f(g.expected), f(g.good)));
        } else thresholds = g;
      }
    }

    let value: number | null = null;
    if (this.value !== undefined && this.value !== null) {
      if (!isNumber(this.value)) issues.push(problem(t, 'value', 'gauge.error.notNumber', 'value'));
      else if (scaleOk && (this.value < min || this.value > max)) {
        issues.push(problem(t, 'value', 'gauge.error.outside', 'value', f(this.value), f(min), f(max)));
      } else value = this.value;
    }

    this._issues = issues;
    this._resolved = issues.length ? null : { min, max, value, thresholds, segmentLabel };
  }

  private _label(): string {
    return typeof this.label === 'string' && this.label ? this.label : this._loc.term('gauge.benchmark');
  }

  private _valueText(d: Resolved, value: number): string {
    const t = this._loc;
    const head = t.term('gauge.valueOf', this._fixed1(value), this._fmt(d.max));
    if (!d.thresholds) return head;
    const status = t.term('gauge.statusFor', t.term(`gauge.status.${benchmarkStatus(value, d.thresholds)}`), d.segmentLabel);
    return `${head} — ${status}; ${this._thresholdText(d.thresholds)}`;
  }

  private _thresholdText(t: BenchmarkThresholds): string {
    return this._loc.term('gauge.expectedGood', this._fixed1(t.expected), this._fixed1(t.good));
  }

  protected override render(): TemplateResult | typeof nothing {
    const d = this._resolved;
    if (!d) return problemsReady(this) ? problemsBox(this._loc.term('gauge.cannotShow'), this._issues) : nothing;
    // Right to left, the scale runs from the right like any other: min on the right, the needle sweeping leftwards.
    const rtl = this._loc.dir() === 'rtl';
    const angle = linear([d.min, d.max], rtl ? [90, -90] : [-90, 90], true);
    const side = rtl ? -1 : 1;
    const t = d.thresholds;
    const zones: [string, number, number][] = t
      ? [
          ['alarm', d.min, t.alarm],
          ['below', t.alarm, t.expected],
          ['on-track', t.expected, t.good],
          ['good', t.good, d.max],
        ]
      : [['track', d.min, d.max]];
    const marker = t ? [...point(INNER - 6, angle(t.expected)), ...point(OUTER + 4, angle(t.expected))] : [];
    const drawing = svg`<svg viewBox="0 0 200 116" aria-hidden="true" focusable="false">
      ${zones
        .filter(([, from, to]) => to > from)
        .map(([kind, from, to]) => {
          const [a, b] = [angle(from), angle(to)].sort((x, y) => x - y);
          return svg`<path class="zone ${kind}" data-zone=${kind} d=${band(a!, b!)}></path>`;
        })}
      ${t
        ? svg`<line class="expected" part="expected" data-value=${t.expected}
            x1=${marker[0]} y1=${marker[1]} x2=${marker[2]} y2=${marker[3]}></line>`
        : nothing}
      <text class="scale-label" x=${CX - (side * (OUTER + INNER)) / 2} y="114" text-anchor="middle">${this._fmt(d.min)}</text>
      <text class="scale-label" x=${CX + (side * (OUTER + INNER)) / 2} y="114" text-anchor="middle">${this._fmt(d.max)}</text>
      ${d.value === null
        ? nothing
        : svg`<g class="needle" part="needle" data-angle=${angle(d.value)}>
            <path d="M ${CX - 4} ${CY} L ${CX} ${CY - NEEDLE} L ${CX + 4} ${CY} Z"></path>
            <circle cx=${CX} cy=${CY} r="7"></circle>
          </g>`}
    </svg>`;

    const thresholdsLine = t
      ? html`<p class="thresholds" part="thresholds">
          ${this._loc.term('gauge.thresholds', this._fixed1(t.expected), this._fixed1(t.good), this._fixed1(t.alarm))}${d.segmentLabel
            ? html` (${d.segmentLabel})`
            : nothing}
        </p>`
      : nothing;

    if (d.value === null) {
      const noScore = this._loc.term('gauge.noScore');
      const name = `${this._label()}: ${noScore}${t ? `; ${this._thresholdText(t)}` : ''}`;
      return html`<div class="base" part="base">
        <div part="meter" role="img" aria-label=${name}>
          ${drawing}
          <p class="readout empty">${noScore}</p>
        </div>
        ${thresholdsLine}
      </div>`;
    }
    const status = t ? benchmarkStatus(d.value, t) : null;
    return html`<div class="base" part="base">
      <div
        part="meter"
        role="meter"
        aria-label=${this._label()}
        aria-valuemin=${d.min}
        aria-valuemax=${d.max}
        aria-valuenow=${d.value}
        aria-valuetext=${this._valueText(d, d.value)}
      >
        ${drawing}
        <p class="readout">
          <span class="value" part="value">${this._fixed1(d.value)}</span>
          <span class="of">${this._loc.term('gauge.of', this._fmt(d.max))}</span>
          ${status ? html`<span class="status ${status}" part="status">${this._loc.term(`gauge.status.${status}`)}</span>` : nothing}
        </p>
      </div>
      ${thresholdsLine}
    </div>`;
  }
}

defineElement('benchmark-gauge', BenchmarkGauge);

declare global {
  interface HTMLElementTagNameMap {
    'benchmark-gauge': BenchmarkGauge;
  }
  interface HTMLElementEventMap {
    'gauge-error': GaugeErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'gauge-error': GaugeErrorEvent;
  }
}
