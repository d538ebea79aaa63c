import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { AssessmentModel, AssessmentResult } from '../../core/index.js';
import { ChartElement } from '../../internal/chart-element.js';
import { modelFacts } from '../../internal/model-facts.js';
import { radarLimits } from '../../core/limits.js';
import { hostArray, own, record } from '../../core/records.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/score-radar.js';
import { defineElement } from '../../internal/define.js';
import { errorBox, IssueReporter, problem, problemsBox, problemsPending, problemsReady } from '../../internal/error-box.js';
import { linear } from '../../internal/scale.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { RadarErrorEvent } from '../../events/radar-error.js';
import styles from './score-radar.styles.js';
import { axisAngle, layoutRadar, LABEL_FONT_SIZE, LINE_HEIGHT, POINT_RADIUS, type RadarLayout } from './layout.js';

/** One spoke of the radar. */
export interface RadarAxis {
  id: string;
  label: string;
}

/** One polygon: a value per axis id; an axis it lacks is drawn as a gap, never as zero. */
export interface RadarSeries {
  label: string;
  values: Record<string, number | null | undefined>;
}

type Issue = ErrorDetail['issues'][number];

interface Resolved {
  axes: RadarAxis[];
  series: RadarSeries[];
  min: number;
  max: number;
  levels: number;
}

/** Dash patterns paired with the colours so a series is told apart without colour vision. */
const DASHES = ['', '8 5', '2 4', '10 4 2 4'];
const FALLBACK_WIDTH = 320;

const TWO_DECIMALS: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

// Taken when the module loads: a host that later replaces it cannot make junk look valid.
const isArray = Array.isArray;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !isArray(v);
}

/** A host object's own `key`: junk a host page put on Object.prototype never passes for its data. */
function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? own(o, key) : undefined;
}

/**
 * A radar (spider) chart of scores on a common scale, one polygon per series, drawn as SVG that fits
 * its container's width. Values are readable by hovering or focusing a point, and the same data is
 * given to screen readers as a table.
 *
 * Set `.axes` and `.series`, or `.result` (an `AssessmentResult` from the core; it supplies the axes
 * when `.axes` is not set and a first series labelled by `result-label`, before any `.series`),
 * with `.model` supplying the scale.
 *
 * @tagname score-radar
 * @summary Radar chart of scores per dimension, with overlays such as an expected level or a previous attempt.
 *
 * @fires {RadarErrorEvent} radar-error - The axes, series or scale cannot be drawn; `detail` is `{ message, issues }`.
 *
 * @csspart base - The wrapper around chart and legend.
 * @csspart svg - The chart's `<svg>`.
 * @csspart ring-outer - The outer grid ring (the top of the scale).
 * @csspart key - In a container too narrow for the axis labels, the list naming each numbered axis.
 * @csspart legend - The list naming each series with its colour and line style.
 * @csspart tooltip - The value shown for the hovered or focused point.
 * @csspart error - The error message shown instead of the chart.
 *
 * @cssprop [--ak-radar-series-1=#0b5cad] - Colour of the first series (dark: #58a6ff).
 * @cssprop [--ak-radar-series-2=#a14a00] - Colour of the second series (dark: #f0883e).
 * @cssprop [--ak-radar-series-3=#7a3fc7] - Colour of the third series (dark: #d2a8ff).
 * @cssprop [--ak-radar-series-4=#1a7f37] - Colour of the fourth series (dark: #3fb950); further series reuse the four.
 * @cssprop [--ak-radar-grid-color=#afb8c1] - Grid rings and spokes (dark: #484f58).
 * @cssprop [--ak-radar-transition-duration=400ms] - How long a change of values animates; 0s under reduced motion.
 * @cssprop --ak-color-text - Text colour.
 * @cssprop --ak-color-surface - Background, also the fill of unfocused points.
 * @cssprop --ak-color-border - The outer ring.
 */
export class ScoreRadar extends ChartElement {
  static override styles = [tokens, errorBox, styles];

  static override properties = {
    axes: { attribute: false },
    series: { attribute: false },
    result: { attribute: false },
    model: { attribute: false },
    min: { type: Number, attribute: 'min' },
    max: { type: Number, attribute: 'max' },
    levels: { type: Number, attribute: 'levels' },
    label: { type: String, attribute: 'label' },
    resultLabel: { type: String, attribute: 'result-label' },
    _width: { state: true },
    _active: { state: true },
  };

  /** The spokes, in drawing order (the first points up, the rest clockwise). */
  axes?: RadarAxis[];

  /** The polygons. With `.result` they are drawn after the result's series. */
  series?: RadarSeries[];

  /** An assessment result from the core: supplies axes (unless `.axes` is set) and a first series. */
  result?: AssessmentResult | null;

  /** The assessment model (object or built-in id) whose scale sets min, max and the rings. */
  override model?: AssessmentModel | string;

  /** Value at the centre. Defaults to the model's scale minimum, else 1. */
  min?: number;

  /** Value on the outer ring. Defaults to the model's scale maximum, else 5. */
  max?: number;

  /** Number of grid rings counting the centre; defaults to one per integer of the scale. */
  levels?: number;

  /** Accessible name of the chart and caption of its data table. */
  label = '';

  /** Name of the series made from `.result`; unset, "Your score" in the page's language. */
  resultLabel?: string;

  private _width = 0;
  private _active: { series: number; axis: number } | null = null;

  private _observer?: ResizeObserver;
  private _frame = 0;
  private _drawnWidth = 0;
  private _resized = false;
  private _serverRendered = false;
  private _resolved: Resolved | null = null;
  private _issues: Issue[] = [];
  private _reporter = new IssueReporter();
  private readonly _loc = new Localize(this, strings);

  override connectedCallback(): void {
    // A declarative shadow root already holding the chart means a server drew it at FALLBACK_WIDTH.
    this._serverRendered = !this.hasUpdated && !!this.shadowRoot?.firstElementChild;
    super.connectedCallback();
    this._observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (Math.abs(width - this._width) < 0.5) return;
      // Redrawing changes the host's height; doing it inside the observer callback would make the
      // observer report that change in the same frame ("ResizeObserver loop" error), so wait a frame.
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => {
        this._width = width;
      });
    });
    this._observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
    cancelAnimationFrame(this._frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs: PropertyKey[] = ['axes', 'series', 'result', 'model', 'min', 'max', 'levels', 'resultLabel'];
    if (inputs.some((k) => changed.has(k as keyof ScoreRadar)) || this._resolved === null || this._loc.changed()) {
      try {
        this._validate();
      } catch {
        // A getter or proxy trap in the host's data threw: an error state like any other bad input.
        this._issues = [problem(this._loc, 'axes', 'radar.error.unreadable')];
        this._resolved = null;
      }
    }
  }

  protected override updated(): void {
    // The tooltip is placed through CSSOM: a strict CSP blocks a style attribute.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) for (const name of ['left', 'top', 'transform']) tip.style.setProperty(name, tip.dataset[name] ?? '');
    // Not while the words of the problems load: the event carries them.
    if (!problemsPending(this)) {
      this._reporter.report(this, this._issues, () => new RadarErrorEvent({ message: this._message(), issues: this._issues }));
    }
  }

  private _message(): string {
    const n = this._issues.length;
    return `${this._loc.term('radar.cannotDraw')} ${n === 1 ? this._issues[0].message : this._loc.term('radar.problems', this._loc.number(n))}`;
  }

  /** A value as shown: at most two decimals, in the element's language. */
  private _fmt(v: number): string {
    return this._loc.number(v, TWO_DECIMALS);
  }

  private _validate(): void {
    const t = this._loc;
    const f = (v: number) => this._fmt(v);
    const issues: Issue[] = [];
    // Only the model's scale is used here, so only the scale is checked (full validation would bundle zod).
    let scale: { min: number; max: number } | undefined;
    if (typeof this.model === 'string') {
      const facts = modelFacts(this.model);
      scale = facts?.scale;
      if (!scale) issues.push(problem(t, 'model', facts === null ? 'model.notLoaded' : 'model.unknown', this.model));
    } else if (this.model != null) {
      const s = field(this.model, 'scale');
      const [low, high] = [field(s, 'min'), field(s, 'max')];
      if (typeof low === 'number' && typeof high === 'number') scale = { min: low, max: high };
      else issues.push(problem(t, 'model.scale', 'radar.error.noScale'));
    }

    // Anything but a number becomes NaN here, so no comparison below coerces it (an object whose toString is
    // not a function throws when coerced).
    const asNumber = (x: unknown) => (typeof x === 'number' ? x : NaN);
    const min = asNumber(this.min ?? scale?.min ?? 1);
    const max = asNumber(this.max ?? scale?.max ?? 5);
    if (!Number.isFinite(min)) issues.push(problem(t, 'min', 'scale.minNaN'));
    if (!Number.isFinite(max)) issues.push(problem(t, 'max', 'scale.maxNaN'));
    if (Number.isFinite(min) && Number.isFinite(max) && min >= max) {
      issues.push(problem(t, 'max', 'scale.order', f(max), f(min)));
    }
    const span = max - min;
    const levels = this.levels ?? (Number.isInteger(span) && span >= 1 && span <= 10 ? span + 1 : 5);
    if (!Number.isInteger(levels) || levels < 2 || levels > 51) {
      issues.push(problem(t, 'levels', 'radar.error.levels'));
    }

    let axes: unknown = this.axes;
    const fromResult: RadarSeries[] = [];
    if (this.result != null) {
      // The host's lists are read once, into copies of our own: see hostArray.
      const dims = hostArray(field(this.result, 'dimensions'));
      if (!dims) {
        issues.push(problem(t, 'result.dimensions', 'radar.error.noDimensions'));
      } else {
        const rows = dims
          .map((d) => ({ id: field(d, 'id'), title: field(d, 'title'), score: field(d, 'score') }))
          .filter((d): d is { id: string; title: unknown; score: unknown } => typeof d.id === 'string');
        if (rows.length !== dims.length) {
          issues.push(problem(t, 'result.dimensions', 'radar.error.dimensionIds'));
        }
        if (axes === undefined) axes = rows.map((d) => ({ id: d.id, label: d.title }));
        const values: RadarSeries['values'] = record();
        // Checked with the series below, like any other value.
        for (const d of rows) values[d.id] = d.score as number;
        fromResult.push({ label: typeof this.resultLabel === 'string' && this.resultLabel ? this.resultLabel : t.term('radar.yourScore'), values });
      }
    }

    if (axes === undefined) {
      this._issues = issues;
      this._resolved = issues.length ? null : { axes: [], series: [], min, max, levels };
      return;
    }

    const validAxes: RadarAxis[] = [];
    const axisList = hostArray(axes);
    if (!axisList) {
      issues.push(problem(t, 'axes', 'radar.error.axesList'));
    } else {
      const seen = new Set<string>();
      axisList.forEach((a, i) => {
        const [id, label] = [field(a, 'id'), field(a, 'label')];
        if (typeof id !== 'string' || id === '') {
          issues.push(problem(t, `axes[${i}].id`, 'radar.error.axisNoId', t.number(i + 1)));
          return;
        }
        if (seen.has(id)) {
          issues.push(problem(t, `axes[${i}].id`, 'radar.error.axisTwice', id));
          return;
        }
        seen.add(id);
        validAxes.push({ id, label: typeof label === 'string' && label.trim() ? label : id });
      });
      if (axisList.length < 3) {
        issues.push(problem(t, 'axes', 'radar.error.fewAxes', t.number(axisList.length)));
      } else if (axisList.length > radarLimits.axes) {
        issues.push(problem(t, 'axes', 'radar.error.manyAxes', t.number(radarLimits.axes), t.number(axisList.length)));
      }
    }

    const allSeries: unknown[] = [...fromResult];
    if (this.series !== undefined) {
      const series = hostArray(this.series);
      if (series) allSeries.push(...series);
      else issues.push(problem(t, 'series', 'radar.error.seriesList'));
    }
    if (allSeries.length > radarLimits.series) {
      issues.push(problem(t, 'series', 'radar.error.manySeries', t.number(radarLimits.series), t.number(allSeries.length)));
    }
    const axisIds = new Set(validAxes.map((a) => a.id));
    const validSeries: RadarSeries[] = [];
    allSeries.forEach((s, i) => {
      const path = fromResult.length ? (i === 0 ? 'result' : `series[${i - 1}]`) : `series[${i}]`;
      const [given, label] = [field(s, 'values'), field(s, 'label')];
      if (!isRecord(given)) {
        issues.push(problem(t, `${path}.values`, 'radar.error.seriesNoValues', t.number(i + 1)));
        return;
      }
      const name = typeof label === 'string' && label.trim() ? label : t.term('radar.series', t.number(i + 1));
      // Read once into a record of our own: rendering never touches the host's object again.
      const values = record<number>();
      const entries = Object.entries(given).filter(([, v]) => v !== null && v !== undefined);
      if (entries.length === 0) {
        issues.push(problem(t, `${path}.values`, 'radar.error.noValues', name));
        return;
      }
      for (const [id, v] of entries) {
        if (!axisIds.has(id)) {
          issues.push(problem(t, `${path}.values.${id}`, 'radar.error.unknownAxis', name, id));
        } else if (typeof v !== 'number' || !Number.isFinite(v)) {
          issues.push(problem(t, `${path}.values.${id}`, 'radar.error.notNumber', name, id));
        } else if (v < min || v > max) {
          issues.push(problem(t, `${path}.values.${id}`, 'radar.error.outside', name, f(v), id, f(min), f(max)));
        } else {
          values[id] = v;
        }
      }
      validSeries.push({ label: name, values });
    });

    this._issues = issues;
    this._resolved = issues.length ? null : { axes: validAxes, series: validSeries, min, max, levels };
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this._issues.length) return problemsReady(this) ? problemsBox(this._loc.term('radar.cannotDraw'), this._issues) : nothing;
    const data = this._resolved;
    if (!data || data.axes.length === 0) {
      return html`<p class="empty">${this._label() ? `${this._label()}: ` : ''}${this._loc.term('radar.noData')}</p>`;
    }
    // Before the observer's first report, read the width once so the first drawing already fits; hydration must
    // first redraw what the server drew, at the server's width, and the observer's report then redraws to fit.
    const measured = this._serverRendered && !this.hasUpdated ? 0 : this.clientWidth;
    const width = this._width || measured || FALLBACK_WIDTH;
    const layout = layoutRadar(width, data.axes.map((a) => a.label));
    // Only a change of values should animate; a resize redraws in place.
    this._resized = this._drawnWidth !== 0 && this._drawnWidth !== layout.width;
    this._drawnWidth = layout.width;
    return html`<div class="base" part="base">
      <div class="chart">${this._chart(data, layout)} ${this._tooltip(data, layout)}</div>
      ${layout.keyed ? this._key(data) : nothing} ${data.series.length ? this._legend(data) : nothing} ${this._table(data)}
    </div>`;
  }

  /** Properties can be set to anything from script; only a string is a label. */
  private _label(): string {
    return typeof this.label === 'string' ? this.label : '';
  }

  private _summary(data: Resolved): string {
    const n = data.axes.length;
    const s = data.series.length;
    const t = this._loc;
    const text = t.term('radar.summary', t.number(n), t.number(s), this._fmt(data.min), this._fmt(data.max));
    return this._label() ? `${this._label()}. ${text}` : text;
  }

  private _point(data: Resolved, layout: RadarLayout, axis: number, value: number): [number, number] {
    const r = linear([data.min, data.max], [0, layout.radius])(value);
    const a = axisAngle(axis, data.axes.length);
    return [layout.cx + r * Math.cos(a), layout.cy + r * Math.sin(a)];
  }

  /** A closed polygon when every axis has a value, otherwise one open run per stretch of present values. */
  private _path(data: Resolved, layout: RadarLayout, s: RadarSeries): { d: string; closed: boolean } {
    const n = data.axes.length;
    const present = data.axes.map((a) => typeof s.values[a.id] === 'number');
    const pt = (i: number) => this._point(data, layout, i, s.values[data.axes[i].id] as number);
    const fmt = ([x, y]: [number, number]) => `${x.toFixed(2)} ${y.toFixed(2)}`;
    if (present.every(Boolean)) {
      return { d: `M ${data.axes.map((_, i) => fmt(pt(i))).join(' L ')} Z`, closed: true };
    }
    const start = present.indexOf(false);
    const runs: number[][] = [];
    let run: number[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n;
      if (present[i]) run.push(i);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    const d = runs
      .filter((r) => r.length > 1)
      .map((r) => `M ${r.map((i) => fmt(pt(i))).join(' L ')}`)
      .join(' ');
    return { d, closed: false };
  }

  private _chart(data: Resolved, layout: RadarLayout): TemplateResult {
    const { width, height, cx, cy, radius } = layout;
    const n = data.axes.length;
    const ringRadius = linear([0, data.levels - 1], [0, radius]);
    const rings = Array.from({ length: data.levels - 1 }, (_, k) => ringRadius(k + 1));
    const baseline = (LINE_HEIGHT - LABEL_FONT_SIZE) / 2 + LABEL_FONT_SIZE * 0.8;
    const rtl = this._loc.dir() === 'rtl';
    // <title> text is set as a property: @lit-labs/ssr cannot place a text binding inside <title>.
    return html`<svg
      part="svg"
      class=${this._resized ? 'still' : ''}
      role="img"
      aria-label=${this._summary(data)}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      <g class="grid">
        ${rings.map((r, k) =>
          k === rings.length - 1
            ? svg`<circle class="ring ring-outer" part="ring-outer" cx=${cx} cy=${cy} r=${r}></circle>`
            : svg`<circle class="ring" cx=${cx} cy=${cy} r=${r}></circle>`,
        )}
        ${data.axes.map((_, i) => {
          const a = axisAngle(i, n);
          return svg`<line class="spoke" x1=${cx} y1=${cy} x2=${cx + radius * Math.cos(a)} y2=${cy + radius * Math.sin(a)}></line>`;
        })}
      </g>
      <g class="labels">
        ${layout.labels.map((b, i) => {
          const x = b.anchor === 'start' ? b.x0 : b.anchor === 'end' ? b.x1 : (b.x0 + b.x1) / 2;
          // Right-to-left, SVG's "start" is the right end: anchor at the same edge so boxes land where laid out.
          const anchor = rtl && b.anchor !== 'middle' ? (b.anchor === 'start' ? 'end' : 'start') : b.anchor;
          return svg`<text class="axis-label" data-axis=${data.axes[i].id} text-anchor=${anchor}>${
            b.truncated || layout.keyed ? svg`<title .textContent=${data.axes[i].label}></title>` : nothing
          }${b.lines.map(
            (line, k) => svg`<tspan x=${cx + x} y=${cy + b.y0 + k * LINE_HEIGHT + baseline}>${line}</tspan>`,
          )}</text>`;
        })}
      </g>
      ${data.series.map((s, si) => {
        const { d, closed } = this._path(data, layout, s);
        return svg`<g class="series s${(si % 4) + 1}" data-series=${si}>
          <path class="series-line ${closed ? 'closed' : ''}" d=${d || nothing}
            stroke-dasharray=${DASHES[si % DASHES.length] || nothing}></path>
          ${data.axes.map((axis, ai) => {
            const v = s.values[axis.id];
            if (typeof v !== 'number') return nothing;
            const [x, y] = this._point(data, layout, ai, v);
            const text = this._loc.term('radar.point', s.label, axis.label, this._fmt(v));
            const active = this._active?.series === si && this._active.axis === ai;
            return svg`<circle class="point ${active ? 'active' : ''}" tabindex="0" role="img" aria-label=${text}
              cx=${x} cy=${y} r=${POINT_RADIUS} data-axis=${axis.id} data-series=${si} data-value=${v}
              @pointerenter=${() => this._show(si, ai)} @pointerleave=${this._hide}
              @focus=${() => this._show(si, ai)} @blur=${this._hide}><title .textContent=${text}></title></circle>`;
          })}
        </g>`;
      })}
    </svg>`;
  }

  private _show(series: number, axis: number): void {
    this._active = { series, axis };
  }

  private _hide = (): void => {
    this._active = null;
  };

  private _tooltip(data: Resolved, layout: RadarLayout): TemplateResult | typeof nothing {
    const a = this._active;
    const s = a ? data.series[a.series] : undefined;
    const axis = a ? data.axes[a.axis] : undefined;
    const v = s && axis ? s.values[axis.id] : undefined;
    if (!a || !s || !axis || typeof v !== 'number') return nothing;
    const [x, y] = this._point(data, layout, a.axis, v);
    const shift = x < layout.width * 0.3 ? '0%' : x > layout.width * 0.7 ? '-100%' : '-50%';
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      data-left="${x}px"
      data-top="${y - POINT_RADIUS - 6}px"
      data-transform="translate(${shift},-100%)"
    >
      ${this._loc.term('radar.point', s.label, axis.label, this._fmt(v))}
    </div>`;
  }

  /** Names the numbered axes of a keyed layout; screen readers get the same from the table. */
  private _key(data: Resolved): TemplateResult {
    return html`<ol class="key" part="key" aria-hidden="true">
      ${data.axes.map((a, i) => html`<li><span class="key-number">${this._loc.number(i + 1)}</span> ${a.label}</li>`)}
    </ol>`;
  }

  private _legend(data: Resolved): TemplateResult {
    return html`<ul class="legend" part="legend">
      ${data.series.map(
        (s, si) =>
          html`<li class="s${(si % 4) + 1}">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke-dasharray=${DASHES[si % DASHES.length] || nothing}></line>
            </svg>
            ${s.label}
          </li>`,
      )}
    </ul>`;
  }

  /** In a visually hidden box rather than hidden itself: a table is never narrower than its content, and a
   * 1 px table would still stretch the page sideways. */
  private _table(data: Resolved): TemplateResult {
    return html`<div class="visually-hidden"><table>
      <caption>
        ${this._label() || this._loc.term('radar.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this._loc.term('radar.dimension')}</th>
          ${data.series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.axes.map(
          (a) =>
            html`<tr>
              <th scope="row">${a.label}</th>
              ${data.series.map((s) => {
                const v = s.values[a.id];
                return html`<td>${typeof v === 'number' ? this._fmt(v) : this._loc.term('radar.noValue')}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}

defineElement('score-radar', ScoreRadar);

declare global {
  interface HTMLElementTagNameMap {
    'score-radar': ScoreRadar;
  }
  interface HTMLElementEventMap {
    'radar-error': RadarErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'radar-error': RadarErrorEvent;
  }
}
