import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { projectRoi, roiAdoptionScenarios, type RoiProjection, type RoiScenario } from '../../core/roi.js';
import { InputError } from '../../core/inputs.js';
import { hostArray } from '../../core/records.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/roi-calculator.js';
import { defineElement } from '../../internal/define.js';
import { errorBox, IssueReporter } from '../../internal/error-box.js';
import { linear } from '../../internal/scale.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { RoiChangeEvent } from '../../events/roi-change.js';
import { RoiErrorEvent } from '../../events/roi-error.js';
import styles from './roi-calculator.styles.js';

type Issue = ErrorDetail['issues'][number];
type FieldKey = 'customers' | 'arrPerCustomer' | 'baselineChurn' | 'programChurn' | 'expansionShare' | 'expansionUplift' | 'setupInvestment';
type Unit = 'count' | 'money' | 'percent';

interface Field {
  key: FieldKey;
  attr: string;
  unit: Unit;
  max?: number;
}

/** The form's inputs, in reading order; percentages are entered and given as attributes in percent. */
const FIELDS: readonly Field[] = [
  { key: 'customers', attr: 'customers', unit: 'count' },
  { key: 'arrPerCustomer', attr: 'arr-per-customer', unit: 'money' },
  { key: 'baselineChurn', attr: 'baseline-churn', unit: 'percent', max: 100 },
  { key: 'programChurn', attr: 'program-churn', unit: 'percent', max: 100 },
  { key: 'expansionShare', attr: 'expansion-share', unit: 'percent', max: 100 },
  { key: 'expansionUplift', attr: 'expansion-uplift', unit: 'percent', max: 1000 },
  { key: 'setupInvestment', attr: 'setup-investment', unit: 'money' },
];
const YEARS = 3;
const FORMULA = ['roi.formula1', 'roi.formula2', 'roi.formula3', 'roi.formula4', 'roi.formula5', 'roi.formula6'] as const;
const SCENARIOS: readonly RoiScenario[] = ['low', 'base', 'high'];
// A Set, not Array.prototype.includes, which a host page may have replaced.
const SCENARIO_SET: ReadonlySet<string> = new Set(SCENARIOS);

// Taken when the module loads, so a host that later replaces these cannot change what the element shows.
const NumberFormat = Intl.NumberFormat;
const isFiniteNumber = Number.isFinite;

/** Chart geometry in viewBox units. */
const W = 320;
const H = 170;
const PAD = { top: 18, right: 8, bottom: 24, left: 8 };

/** Attribute lists like "500000 600000 750000" or "500000,600000,750000". */
const numberList = {
  fromAttribute: (value: string | null) => (value == null ? undefined : value.trim() === '' ? [] : value.split(/[\s,;]+/).map(Number)),
  toAttribute: (value: unknown) => (Array.isArray(value) ? value.join(' ') : null),
};

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && isFiniteNumber(v);
}

/**
 * The three-year ROI of a customer advocacy program (seed 003's model), from the visitor's own
 * assumptions: customers, ARR, churn with and without the program, expansion, and the investment. Shows
 * the low, base or high adoption case as a table and a chart, and the formula on request. Rates are in
 * percent, in attributes as in the form.
 *
 * @tagname roi-calculator
 * @summary Three-year ROI projection of an advocacy program, from editable assumptions.
 *
 * @fires {RoiChangeEvent} roi-change - The user changed an assumption or the adoption case; `detail` is `{ scenario, projection }`.
 * @fires {RoiErrorEvent} roi-error - The assumptions cannot be used; `detail` is `{ message, issues }`.
 *
 * @slot - Replaces the heading text (e.g. a heading of the host's own level).
 *
 * @csspart base - The wrapper around the form and the projection.
 * @csspart form - The assumptions form.
 * @csspart input - Each number input.
 * @csspart scenarios - The adoption case radio group.
 * @csspart summary - The sentence with the ROI and the breakeven month.
 * @csspart chart - The chart (`role="img"`).
 * @csspart table - The yearly table.
 * @csspart formula - The "How this is calculated" disclosure.
 * @csspart error - The error shown instead of the projection.
 *
 * @cssprop [--ak-roi-revenue-color=#0b5cad] - Cumulative revenue bars (dark: #58a6ff).
 * @cssprop [--ak-roi-investment-color=#6e7781] - Cumulative investment bars (dark: #6e7681).
 * @cssprop --ak-color-text - Text colour.
 * @cssprop --ak-color-surface - Background.
 * @cssprop --ak-color-border - Input and table borders.
 */
export class RoiCalculator extends LitElement {
  static override styles = [tokens, errorBox, styles];

  static override properties = {
    customers: { type: Number, attribute: 'customers' },
    arrPerCustomer: { type: Number, attribute: 'arr-per-customer' },
    baselineChurn: { type: Number, attribute: 'baseline-churn' },
    programChurn: { type: Number, attribute: 'program-churn' },
    expansionShare: { type: Number, attribute: 'expansion-share' },
    expansionUplift: { type: Number, attribute: 'expansion-uplift' },
    setupInvestment: { type: Number, attribute: 'setup-investment' },
    annualInvestment: { attribute: 'annual-investment', converter: numberList },
    scenario: { type: String, attribute: 'scenario' },
    currency: { type: String, attribute: 'currency' },
    label: { type: String, attribute: 'label' },
  };

  /** Customers in the base. Seed 003: 1,000. */
  customers = 1000;

  /** Average ARR per customer, in `currency`. Seed 003: 10,000. */
  arrPerCustomer = 10_000;

  /** Yearly churn without the program, in percent. Seed 003: 10. */
  baselineChurn = 10;

  /** Yearly churn of accounts the program reaches, in percent. Seed 003: 7. */
  programChurn = 7;

  /** Share of accounts that expand, in percent. Seed 003: 30. */
  expansionShare = 30;

  /** ARR uplift of an expanded account, in percent. Seed 003: 20. */
  expansionUplift = 20;

  /** Setup investment (year 0). Seed 003: 500,000. */
  setupInvestment = 500_000;

  /** Investment in years 1–3 (attribute: space- or comma-separated). Seed 003: 500,000 600,000 750,000. */
  annualInvestment: number[] = [500_000, 600_000, 750_000];

  /** Adoption case: `low` (60 %), `base` (80 %) or `high` (100 %), seed 003's sensitivity cases. */
  scenario: RoiScenario = 'base';

  /** ISO 4217 currency code for the figures. */
  currency = 'USD';

  /** Heading text; the default slot replaces it. Unset, "Advocacy program ROI" in the page's language. */
  label?: string;

  private _projection: RoiProjection | null = null;
  private _issues: Issue[] = [];
  private _invalid = new Set<string>();
  private _reporter = new IssueReporter();
  /** What the user typed, by input id, so an unfinished or invalid entry is not overwritten on re-render. */
  private _drafts = new Map<string, string>();
  private _userChange = false;
  private _money: Intl.NumberFormat | null = null;
  private _percent: Intl.NumberFormat | null = null;
  private _formatKey: string | null = null;
  private readonly _loc = new Localize(this, strings);

  /** The projection shown, or null while the assumptions are invalid. */
  get projection(): RoiProjection | null {
    return this._projection;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this._userChange) {
      for (const f of FIELDS) if (changed.has(f.key)) this._drafts.delete(f.key);
      if (changed.has('annualInvestment')) for (let y = 1; y <= YEARS; y++) this._drafts.delete(`annualInvestment${y}`);
    }
    this._compute();
  }

  protected override updated(): void {
    this._reporter.report(this, this._issues, () => new RoiErrorEvent({ message: this._loc.term('roi.errorMessage', this._issues.length, this._issues[0]?.message ?? ''), issues: this._issues }));
    if (this._userChange && this._projection) {
      this.dispatchEvent(new RoiChangeEvent({ scenario: this.scenario, projection: this._projection }));
    }
    this._userChange = false;
  }

  private _compute(): void {
    const issues: Issue[] = [];
    const invalid = new Set<string>();
    const bad = (id: string, label: string, message: string) => {
      invalid.add(id);
      issues.push({ path: id, message: this._loc.term('roi.issue', label, message) });
    };
    const values = Object.create(null) as Record<FieldKey, number>;
    for (const f of FIELDS) {
      const v: unknown = this[f.key];
      if (!isNumber(v)) bad(f.key, this._loc.term(`roi.${f.key}`), this._loc.term('roi.enterNumber'));
      else if (v < 0) bad(f.key, this._loc.term(`roi.${f.key}`), this._loc.term('roi.notNegative'));
      else if (f.max !== undefined && v > f.max) bad(f.key, this._loc.term(`roi.${f.key}`), this._loc.term('roi.atMost', this._loc.number(f.max)));
      else if (f.unit === 'count' && !Number.isInteger(v)) bad(f.key, this._loc.term(`roi.${f.key}`), this._loc.term('roi.enterWholeNumber'));
      else values[f.key] = f.unit === 'percent' ? v / 100 : v;
    }
    // Our copy, so a hole reads as missing, never as an inherited Array.prototype[i].
    const list = hostArray(this.annualInvestment);
    const annual: number[] = [];
    if (!list?.length) bad('annualInvestment1', this._loc.term('roi.annualInvestment', this._loc.number(1)), this._loc.term('roi.enterNumber'));
    else {
      for (let y = 1; y <= YEARS; y++) {
        const v: unknown = list[Math.min(y, list.length) - 1];
        if (!isNumber(v)) bad(`annualInvestment${y}`, this._loc.term('roi.annualInvestment', this._loc.number(y)), this._loc.term('roi.enterNumber'));
        else if (v < 0) bad(`annualInvestment${y}`, this._loc.term('roi.annualInvestment', this._loc.number(y)), this._loc.term('roi.notNegative'));
        else annual.push(v);
      }
    }
    const scenario: unknown = this.scenario;
    if (typeof scenario !== 'string' || !SCENARIO_SET.has(scenario)) {
      issues.push({ path: 'scenario', message: this._loc.term('roi.badScenario') });
    }
    this._formatters(issues);

    let projection: RoiProjection | null = null;
    if (!issues.length) {
      try {
        projection = projectRoi({ ...values, annualInvestment: annual, years: YEARS, adoption: roiAdoptionScenarios[scenario as RoiScenario] });
      } catch (e) {
        // The checks above mirror the core's; this only catches a rule added there later.
        for (const i of e instanceof InputError ? e.issues : [{ path: 'inputs', message: String(e) }]) issues.push(i);
      }
    }
    this._issues = issues;
    this._invalid = invalid;
    this._projection = issues.length ? null : projection;
  }

  /** Formatters for the element's language (its own or nearest `lang`, else the document's) and currency. */
  private _formatters(issues: Issue[]): void {
    const lang = this._loc.lang();
    const currency: unknown = this.currency;
    // Only a string can be a currency code; String() of a host's object may itself throw.
    const key = typeof currency === 'string' ? `${lang}|${currency}` : null;
    if (key !== null && key === this._formatKey && this._money) return;
    this._money = null;
    try {
      if (typeof currency !== 'string') throw new RangeError();
      this._money = new NumberFormat(lang, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 });
      this._percent = new NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
      this._formatKey = key;
    } catch {
      try {
        // An unknown language falls back to the default locale; only the currency is the host's to fix.
        if (typeof currency !== 'string') throw new RangeError();
        this._money = new NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 });
        this._percent = new NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
        this._formatKey = key;
      } catch {
        issues.push({ path: 'currency', message: this._loc.term('roi.badCurrency') });
      }
    }
  }

  private _fmtMoney(v: number): string {
    if (!this._money) return String(v);
    // WebKit's ICU writes a compact zero as "$ 0"; a zero has no magnitude to compact, so strip that space.
    return v === 0 ? this._money.format(0).replace(/(?<=\p{Sc})\s+(?=\d)/u, '') : this._money.format(v);
  }

  private _fmtPercent(v: number | null): string {
    return v === null ? this._loc.term('roi.notApplicable') : this._percent ? this._percent.format(v / 100) : `${v}${this._loc.term('roi.percentUnit')}`;
  }

  private _onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const id = input.dataset.field;
    if (!id) return;
    this._drafts.set(id, input.value);
    const v = input.value.trim() === '' ? NaN : input.valueAsNumber;
    this._userChange = true;
    if (id.startsWith('annualInvestment')) {
      const year = Number(id.slice('annualInvestment'.length));
      const list = hostArray(this.annualInvestment);
      const next = Array.from({ length: YEARS }, (_, i) => (list?.length ? (list[Math.min(i + 1, list.length) - 1] as number) : NaN));
      next[year - 1] = v;
      this.annualInvestment = next;
    } else {
      (this as unknown as Record<FieldKey, number>)[id as FieldKey] = v;
    }
  }

  private _onScenario(e: Event): void {
    const input = e.target as HTMLInputElement;
    this._userChange = true;
    this.scenario = input.value as RoiScenario;
  }

  private _input(id: string, label: string, value: unknown, unit: Unit, max?: number): TemplateResult {
    const shown = this._drafts.get(id) ?? (isNumber(value) ? String(value) : '');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <div class="control ${unit}">
        <input
          part="input"
          id=${id}
          data-field=${id}
          type="number"
          inputmode="decimal"
          min="0"
          max=${max ?? nothing}
          step=${unit === 'percent' ? '0.1' : '1'}
          .value=${shown}
          aria-invalid=${this._invalid.has(id) ? 'true' : 'false'}
          @input=${this._onInput}
        />
        ${unit === 'percent' ? html`<span class="unit" aria-hidden="true">${this._loc.term('roi.percentUnit')}</span>` : nothing}
      </div>
    </div>`;
  }

  private _form(): TemplateResult {
    const list = hostArray(this.annualInvestment);
    const annualAt = (y: number) => (list?.length ? list[Math.min(y, list.length) - 1] : undefined);
    const scenario: unknown = this.scenario;
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset class="assumptions">
        <legend>${this._loc.term('roi.assumptions')}</legend>
        <div class="grid">
          ${FIELDS.map((f) => this._input(f.key, this._loc.term(`roi.${f.key}`), this[f.key], f.unit, f.max))}
          ${Array.from({ length: YEARS }, (_, i) => this._input(`annualInvestment${i + 1}`, this._loc.term('roi.annualInvestment', this._loc.number(i + 1)), annualAt(i + 1), 'money'))}
        </div>
      </fieldset>
      <fieldset class="scenarios" part="scenarios">
        <legend>${this._loc.term('roi.adoption')}</legend>
        ${SCENARIOS.map(
          (s) => html`<label class="scenario">
            <input type="radio" name="scenario" value=${s} .checked=${scenario === s} @change=${this._onScenario} />
            ${this._loc.term('roi.scenarioOption', this._loc.term(`roi.scenario.${s}`), this._fmtPercent(roiAdoptionScenarios[s] * 100))}
          </label>`,
        )}
      </fieldset>
    </form>`;
  }

  private _summary(p: RoiProjection): string {
    const breakeven = p.breakevenMonth === null ? this._loc.term('roi.noBreakeven', this._loc.number(p.inputs.years)) : this._loc.term('roi.breakevenIn', this._loc.number(p.breakevenMonth));
    return this._loc.term('roi.summary', this._loc.number(p.inputs.years), this._fmtPercent(p.total.roi), breakeven);
  }

  private _chart(p: RoiProjection, summary: string): TemplateResult {
    const top = Math.max(1, ...p.rows.map((r) => Math.max(r.cumulativeRevenue, r.cumulativeInvestment)));
    const y = linear([0, top], [H - PAD.bottom, PAD.top]);
    const slot = (W - PAD.left - PAD.right) / p.rows.length;
    const bar = Math.min(28, slot / 3);
    const base = H - PAD.bottom;
    return html`<div class="chart" part="chart" role="img" aria-label=${this._loc.term('roi.chart', summary)}>
      <svg viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
        <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${base} y2=${base}></line>
        <line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(top)} y2=${y(top)}></line>
        <text class="tick top" x=${W - PAD.right} y=${y(top) - 3} text-anchor="end">${this._fmtMoney(top)}</text>
        ${p.rows.map((r, i) => {
          const cx = PAD.left + slot * (i + 0.5);
          return svg`<g data-year=${r.year}>
            <rect class="investment" x=${cx - bar - 1} y=${y(r.cumulativeInvestment)} width=${bar} height=${base - y(r.cumulativeInvestment)}></rect>
            <rect class="revenue" x=${cx + 1} y=${y(r.cumulativeRevenue)} width=${bar} height=${base - y(r.cumulativeRevenue)}></rect>
            <text class="tick" x=${cx} y=${H - 6} text-anchor="middle">${this._loc.number(r.year)}</text>
          </g>`;
        })}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="item"><span class="key investment"></span>${this._loc.term('roi.legendInvestment')}</span>
        <span class="item"><span class="key revenue"></span>${this._loc.term('roi.legendRevenue')}</span>
      </p>
    </div>`;
  }

  private _table(p: RoiProjection): TemplateResult {
    const m = (v: number) => this._fmtMoney(v);
    return html`<div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table">
        <caption id="caption">${this._loc.term('roi.table')}</caption>
        <thead>
          <tr>
            <th scope="col">${this._loc.term('roi.year')}</th>
            <th scope="col">${this._loc.term('roi.investment')}</th>
            <th scope="col">${this._loc.term('roi.churnRevenue')}</th>
            <th scope="col">${this._loc.term('roi.expansionRevenue')}</th>
            <th scope="col">${this._loc.term('roi.totalRevenue')}</th>
            <th scope="col">${this._loc.term('roi.cumulativeRoi')}</th>
          </tr>
        </thead>
        <tbody>
          ${p.rows.map(
            (r) => html`<tr>
              <th scope="row">${r.year === 0 ? this._loc.term('roi.setupYear') : this._loc.number(r.year)}</th>
              <td>${m(r.investment)}</td>
              <td>${m(r.churnRevenue)}</td>
              <td>${m(r.expansionRevenue)}</td>
              <td>${m(r.totalRevenue)}</td>
              <td>${this._fmtPercent(r.cumulativeRoi)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this._loc.term('roi.total')}</th>
            <td>${m(p.total.investment)}</td>
            <td>${m(p.total.churnRevenue)}</td>
            <td>${m(p.total.expansionRevenue)}</td>
            <td>${m(p.total.totalRevenue)}</td>
            <td>${this._fmtPercent(p.total.roi)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  protected override render(): TemplateResult {
    const p = this._projection;
    const heading = typeof this.label === 'string' && this.label ? this.label : this._loc.term('roi.heading');
    let result: TemplateResult;
    if (!p) {
      result = html`<div class="error" role="alert" part="error">
        <p>${this._loc.term('roi.errorTitle')}</p>
        <ul>
          ${this._issues.map((i) => html`<li>${i.message}</li>`)}
        </ul>
      </div>`;
    } else {
      const summary = this._summary(p);
      result = html`<p class="summary" part="summary" aria-live="polite">${summary}</p>
        ${this._chart(p, summary)} ${this._table(p)}
        <details part="formula">
          <summary>${this._loc.term('roi.showFormula')}</summary>
          <ol>
            ${FORMULA.map((key) => html`<li>${this._loc.term(key)}</li>`)}
          </ol>
          <p class="source">${this._loc.term('roi.formulaSource')}</p>
        </details>`;
    }
    return html`<section class="base" part="base" aria-labelledby="heading">
      <h2 id="heading"><slot>${heading}</slot></h2>
      ${this._form()}
      <div class="result">${result}</div>
    </section>`;
  }
}

defineElement('roi-calculator', RoiCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'roi-calculator': RoiCalculator;
  }
  interface HTMLElementEventMap {
    'roi-change': RoiChangeEvent;
    'roi-error': RoiErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'roi-change': RoiChangeEvent;
    'roi-error': RoiErrorEvent;
  }
}
