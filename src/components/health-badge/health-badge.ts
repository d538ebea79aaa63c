import { LitElement, html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
// From the core's modules, not its index: without a bundler the index would load every module (zod too). Only the
// bands are loaded with the badge; scoring comes with the details, when signals, a row or a decision are set.
import { healthBand } from '../../core/health-band.js';
import type { HealthConfig, HealthContribution, HealthResult, HealthSignals } from '../../core/health.js';
import type { HealthRow } from '../../core/health-row.js';
import { describeValue } from '../../core/describe.js';
import { reflectPlain } from '../../internal/converters.js';
import { defineElement } from '../../internal/define.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/health-badge.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { HealthChangeEvent, type HealthBadgeBand } from '../../events/health-change.js';
import { HealthErrorEvent } from '../../events/health-error.js';
import styles from './health-badge.styles.js';
import type { BadgeDecision } from './health-badge-details.js';
import { loadDetails, type Details } from './details-on-demand.js';
import { firstUpdateHeld, holdFirstUpdate, onDemand } from '../../internal/on-demand.js';

export type HealthBadgeSize = 'small' | 'medium' | 'large';

const canPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
/** Space between the badge and its explanation, and kept clear at the viewport's edges, in px. */
const GAP = 4;
const EDGE = 8;

/** Scores and changes are 0–100 with at most one decimal, so in English this matches Intl's output at a fraction of its cost. */
const num = (x: number): string => String(Math.round(x * 10) / 10);
const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

interface ScoredView {
  kind: 'ok';
  source: 'score' | 'signals' | 'row' | 'none';
  score: number | null;
  band: HealthBadgeBand;
  previous: number | null;
  contributions: HealthContribution[];
  missing: string[];
  /** The missing signals' labels, read once with the config, so rendering never touches host objects. */
  missingLabels: string[];
}

type View = ScoredView | { kind: 'error'; error: ErrorDetail };

/** The details module, once loaded; shared by every badge on the page. */
let details: Details | undefined;
const ensureDetails = onDemand(loadDetails, (d) => (details = d));

/** One empty list for every badge given a plain score: a thousand badges then hold no three thousand empty arrays. */
const NONE: never[] = Object.freeze([]) as never[];

function isScore(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 100;
}

/**
 * An account's health score as a compact badge: score, band word, a band-specific shape and colour, and
 * the trend since `previous`. Focus, hover or click explains the score signal by signal.
 * Built to be rendered by the thousand in account tables: one shared stylesheet, a button with one text node,
 * listeners shared by every badge in a root, no timers or observers, and the explanation rendered only while open.
 * The pill is the host element itself: its border, radius and padding take ordinary CSS on `health-badge`.
 *
 * @tagname health-badge
 * @summary Customer health score badge with band, trend and an explanation popover.
 *
 * @fires {HealthChangeEvent} health-change - The band, or (with `decision`) the early warnings or recommended action, changed after the first render. Detail `{ band, previousBand, score, warnings, recommended }`.
 * @fires {HealthErrorEvent} health-error - `score`, `previous`, `signals`, `row` or `config` cannot be used. Detail `{ message, issues }`.
 *
 * @csspart badge - The badge button: the band's shape, then the score and band word.
 * @csspart trend - The trend arrow and change.
 * @csspart warnings - The early-warning count beside the badge (with `decision`).
 * @csspart explanation - The explanation popover.
 * @csspart error - The inline error shown for bad input.
 *
 * @cssprop --ak-color-good - Healthy band colour.
 * @cssprop --ak-color-warn - At-risk band colour.
 * @cssprop --ak-color-bad - Critical band colour.
 * @cssprop --ak-color-text - Text colour.
 * @cssprop --ak-color-text-muted - Trend colour and the "No data" shape.
 * @cssprop --ak-color-surface - Badge and popover background.
 * @cssprop --ak-color-border - Borders.
 * @cssprop --ak-font-family - Font.
 */
export class HealthBadge extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    score: { type: Number, attribute: 'score' },
    previous: { type: Number, attribute: 'previous' },
    label: { type: String, attribute: 'label' },
    size: { type: String, attribute: 'size', reflect: true, converter: reflectPlain },
    signals: { attribute: false },
    row: { attribute: false },
    config: { attribute: false },
    decision: { attribute: false },
    _open: { state: true },
  };

  /** Health score 0–100, used when `signals` is not set. */
  score?: number | null;
  /** Earlier score 0–100; shows the trend. */
  previous?: number | null;
  /** Account name, used in the accessible name. */
  label?: string;
  /** `small` fits a table row; unset means `medium`. */
  size?: HealthBadgeSize;
  /** Raw signals scored with `config`; takes precedence over `score`. */
  signals?: HealthSignals | null;
  /**
   * The account's row as the warehouse scored it with `healthScoreSql` (`advocacy-kit/sql`): `health_score`,
   * `health_band`, `health_missing` and each signal's value, `<id>_points` and `<id>_contribution`. Shown as given,
   * not recomputed, with the same explanation as `signals`; checked against `config`. `signals` takes precedence.
   */
  row?: HealthRow | null;
  /** Scoring config; defaults to the core's `defaultHealthConfig`. */
  config?: HealthConfig;
  /**
   * Seed 003's decision rules for this account, as `evaluateAccount({ ...signals, health })` from
   * `advocacy-kit/core` returns them: the early warnings and the recommended action join the explanation,
   * a count shows beside the badge, and `health-change` carries them.
   */
  decision?: BadgeDecision | null;

  private _open = false;

  private _view?: View;
  private _pinned = false;
  private _lastBand?: HealthBadgeBand;
  private _decision: BadgeDecision | null = null;
  private _lastDecision = '';
  private _errorPending = false;
  private _insideClick?: Event;
  private readonly _loc = new Localize(this, strings);

  /** The scored result (from `signals` or `row`), or null for a plain `score`, no data or an error. */
  get result(): HealthResult | null {
    const v = this._view;
    if (!v || v.kind !== 'ok' || (v.source !== 'signals' && v.source !== 'row')) return null;
    return { score: v.score, band: v.band, contributions: v.contributions, missing: v.missing };
  }

  /**
   * The localizer is held in its field and called from the lifecycle below, not kept in the Set Lit makes for each
   * element with controllers: a table of 1,000 badges then holds ~100 KB less. Any other controller goes to Lit.
   */
  override addController(controller: ReactiveController): void {
    if (!(controller instanceof Localize)) super.addController(controller);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._loc.hostConnected();
    listenOn(this.getRootNode());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._loc.hostDisconnected();
    this._setOpen(false);
  }

  /** @internal Hover, focus and clicks, delegated from the badge's root; see `listenOn`. */
  _onRootEvent(e: Event): void {
    switch (e.type) {
      case 'pointerover':
      case 'focusin':
        this._setOpen(true);
        break;
      case 'pointerout':
        if (!this._pinned && !this._holds((e as PointerEvent).relatedTarget) && !this.matches(':focus-within')) {
          this._setOpen(false);
        }
        break;
      case 'focusout':
        if (!this._holds((e as FocusEvent).relatedTarget)) this._setOpen(false);
        break;
      case 'click':
        this._insideClick = e;
        if (this.renderRoot.querySelector('button')?.contains(e.composedPath()[0] as Node)) this._onClick();
    }
  }

  /**
   * @internal Escape, outside clicks, scrolling and resizing, listened to only while the explanation is open. A
   * click is inside when the badge's root saw it first: from the document, a closed shadow root hides the badge.
   */
  handleEvent(e: Event): void {
    if (e.type === 'scroll' || e.type === 'resize') this._place();
    else if (e.type === 'keydown' ? (e as KeyboardEvent).key === 'Escape' : e !== this._insideClick) this._setOpen(false);
  }

  /** Whether a (retargeted) event target is this badge or inside it. */
  private _holds(target: EventTarget | null): boolean {
    return target instanceof Node && (this === target || this.contains(target) || this.renderRoot.contains(target));
  }

  private _setOpen(open: boolean): void {
    if (!open) this._pinned = false;
    if (open === this._open) return;
    this._open = open;
    const method = open ? 'addEventListener' : 'removeEventListener';
    document[method]('click', this);
    document[method]('keydown', this);
    // The explanation sits in the top layer, fixed to the viewport: follow the badge when anything scrolls.
    window[method]('scroll', this, { capture: true, passive: true });
    window[method]('resize', this);
  }

  /**
   * Places the open explanation under the badge (above it when only that has room), aligned with its start
   * edge and inside the viewport. In the top layer (the Popover API) it is above any z-index and not clipped
   * by a scrolling table; without the API it is fixed to the viewport all the same, so no scrolling box clips it.
   */
  private _place(): void {
    const pop = this.renderRoot.querySelector<HTMLElement>('.popover');
    if (!pop) return;
    if (canPopover && !pop.matches(':popover-open')) pop.showPopover();
    const badge = this.getBoundingClientRect();
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    const { offsetWidth: w, offsetHeight: h } = pop;
    const below = badge.bottom + GAP;
    const above = badge.top - GAP - h;
    const flip = below + h > height - EDGE && above >= EDGE;
    pop.classList.toggle('above', flip);
    pop.style.setProperty('top', `${flip ? above : below}px`);
    // Aligned with the badge's start edge: its right edge in a right-to-left page.
    const start = getComputedStyle(this).direction === 'rtl' ? badge.right - w : badge.left;
    pop.style.setProperty('left', `${Math.max(EDGE, Math.min(start, width - w - EDGE))}px`);
  }

  /** Whether this badge shows more than a plain score: the details module must be loaded before it renders. */
  private _needsDetails(): boolean {
    return this.signals != null || this.row != null || this.decision != null;
  }

  /** Holds the update until the details module has arrived, so the first render already shows the scored account. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (details || !this._needsDetails()) return super.scheduleUpdate();
    // If the load fails, this update shows the error state and the next one tries again.
    return ensureDetails().then(() => super.scheduleUpdate());
  }

  protected override shouldUpdate(): boolean {
    return details !== undefined || !this._needsDetails() || holdFirstUpdate(this, ensureDetails);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return firstUpdateHeld(this) ? ensureDetails().then(() => this.getUpdateComplete()) : done;
  }

  /** Host objects may throw from a getter or a proxy trap: that is an error state, never an exception. */
  private _compute(): View {
    try {
      return this._read();
    } catch {
      return { kind: 'error', error: issue('signals', this._loc.term('health.error.unreadable')) };
    }
  }

  private _read(): View {
    const previous = this.previous ?? null;
    if (previous !== null && !isScore(previous)) {
      const got = describeValue(this.getAttribute('previous') ?? previous);
      return { kind: 'error', error: issue('previous', this._loc.term('health.error.previous', got)) };
    }
    const given = this.signals != null ? 'signals' : this.row != null ? 'row' : null;
    if (given) {
      if (!details) return { kind: 'error', error: issue(given, this._loc.term('health.error.load')) };
      const scored = given === 'signals' ? details.scoreSignals(this.signals, this.config, this._loc) : details.readRow(this.row, this.config, this._loc);
      if ('error' in scored) return { kind: 'error', error: scored.error };
      return { kind: 'ok', source: given, ...scored, previous };
    }
    const score = this.score ?? null;
    if (score === null) {
      return { kind: 'ok', source: 'none', score, band: 'unknown', contributions: NONE, missing: NONE, missingLabels: NONE, previous };
    }
    if (!isScore(score)) {
      const got = describeValue(this.getAttribute('score') ?? score);
      return { kind: 'error', error: issue('score', this._loc.term('health.error.score', got)) };
    }
    let band: HealthBadgeBand;
    try {
      band = healthBand(score, this.config);
    } catch (e) {
      return { kind: 'error', error: issue('config', e) };
    }
    return { kind: 'ok', source: 'score', score, band, contributions: NONE, missing: NONE, missingLabels: NONE, previous };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this._view || this._loc.changed() || changed.has('decision') || changed.has('score') || changed.has('signals') || changed.has('row') || changed.has('config') || changed.has('previous')) {
      this._view = this._compute();
      this._decision = null;
      if (this._view.kind === 'ok') {
        const d = this.decision == null ? null : details ? details.readDecision(this.decision, this._loc) : { error: issue('decision', this._loc.term('health.error.load')) };
        if (d && 'error' in d) this._view = { kind: 'error', error: d.error };
        else this._decision = d;
      }
      if (this._view.kind === 'error') {
        this._errorPending = true;
        this._setOpen(false);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this._loc.hostUpdated();
    // Not on the first render, where the template's "false" already holds.
    if (changed.get('_open' as keyof HealthBadge) !== undefined) this._expand(this._open);
    if (this._open) this._place();
    const view = this._view;
    if (!view) return;
    if (view.kind === 'error') {
      if (this._errorPending) {
        this._errorPending = false;
        this.dispatchEvent(new HealthErrorEvent(view.error));
      }
      return;
    }
    const previousBand = this._lastBand;
    this._lastBand = view.band;
    const d = this._decision;
    const decisionKey = d ? `${d.warnings.map((w) => w.id).join()}|${d.recommended}` : '';
    const decisionChanged = decisionKey !== this._lastDecision;
    this._lastDecision = decisionKey;
    if (previousBand !== undefined && (previousBand !== view.band || decisionChanged)) {
      this.dispatchEvent(
        new HealthChangeEvent({
          band: view.band,
          previousBand,
          score: view.score,
          warnings: d ? d.warnings.map((w) => w.id) : [],
          recommended: d ? d.recommended : null,
        }),
      );
    }
  }

  private _onClick(): void {
    if (this._pinned) {
      this._setOpen(false);
    } else {
      this._setOpen(true);
      this._pinned = true;
    }
  }

  protected override render(): TemplateResult {
    const view = this._view;
    if (!view || view.kind === 'error') {
      const message = view?.kind === 'error' ? view.error.message : '';
      return html`<span class="error" part="error" role="alert" title=${message}
        ><svg class="shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" stroke-width="1.5" /><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke-width="1.5" /></svg
        ><span aria-hidden="true">${this._loc.term('health.invalid')}</span><span class="visually-hidden">${this._name()}: ${message}</span></span
      >`;
    }
    const { band, score, previous } = view;
    const open = this._open;
    const word = this._loc.term(`health.band.${band}`);
    const text = score === null ? word : `${this._num(score)} ${word}`;
    const trend = score !== null && previous !== null ? this._trend(Math.round((score - previous) * 10) / 10, previous) : null;
    // One text node, and the name in aria-label: every extra element costs style and layout a thousand times over.
    // The name holds the visible text word for word (WCAG 2.5.3) and speaks the trend beside the button in words,
    // e.g. "Acme health: 80 Healthy, up 4 from 76".
    return html`<button
        type="button"
        class="badge ${band}"
        part="badge"
        aria-label=${`${this._name()}: ${text}${trend ? `, ${trend.spoken}` : ''}${this._decision && details ? details.spokenWarnings(this._decision, this._loc) : ''}`}
        aria-expanded="false"
      >${text}</button
      >${trend || this._decision?.warnings.length || open ? this._renderExtras(view, trend, open) : nothing}`;
  }

  /** What follows the button, when there is any: one part in the badge's template instead of three per badge. */
  private _renderExtras(view: ScoredView, trend: { shown: string } | null, open: boolean): TemplateResult {
    return html`${trend ? html`<span class="trend" part="trend" aria-hidden="true">${trend.shown}</span>` : nothing}${this._decision?.warnings.length
      ? html`<span class="warn" part="warnings" aria-hidden="true">⚠ ${this._decision.warnings.length}</span>`
      : nothing}${open
      ? html`<div class="popover" id="explanation" part="explanation" popover=${canPopover ? 'manual' : nothing}>${this._renderExplanation(view)}</div>`
      : nothing}`;
  }

  /**
   * The button's expanded state and its link to the explanation, set when the explanation opens or closes rather
   * than bound in the template: three bindings fewer per badge is ~130 KB less heap in a table of 1,000.
   */
  private _expand(open: boolean): void {
    const button = this.renderRoot.querySelector('button');
    if (!button) return;
    button.setAttribute('aria-expanded', String(open));
    for (const name of ['aria-controls', 'aria-describedby']) {
      if (open) button.setAttribute(name, 'explanation');
      else button.removeAttribute(name);
    }
  }

  private _name(): string {
    return this._loc.term('health.name', typeof this.label === 'string' ? this.label : '');
  }

  /** A score or change in the element's language; English keeps the cheap path, as a table of a thousand badges renders it. */
  private _num(x: number): string {
    return this._loc.isEnglish() ? num(x) : this._loc.number(Math.round(x * 10) / 10, ONE_DECIMAL);
  }

  /** The change since `previous` (already rounded to one decimal), as the arrow shown and the words spoken. */
  private _trend(delta: number, previous: number): { shown: string; spoken: string } {
    const t = this._loc;
    const from = this._num(previous);
    const abs = this._num(Math.abs(delta));
    // English keeps its typographic minus; other languages take Intl's sign for the language.
    const signed = (sign: string) => (t.isEnglish() ? `${sign}${abs}` : t.number(delta, { ...ONE_DECIMAL, signDisplay: 'always' }));
    if (delta > 0) return { shown: `▲ ${signed('+')}`, spoken: t.term('health.up', abs, from) };
    if (delta < 0) return { shown: `▼ ${signed('−')}`, spoken: t.term('health.down', abs, from) };
    return { shown: `▶ ${this._num(0)}`, spoken: t.term('health.unchanged', from) };
  }

  private _renderExplanation(view: ScoredView): TemplateResult {
    const t = this._loc;
    const header = html`<p class="heading">${t.term(`health.band.${view.band}`)}${view.score === null ? '' : `: ${t.term('health.outOf100', this._num(view.score))}`}</p>
      <p>${t.term(`health.advice.${view.band}`)}</p>
      ${this._decision && details ? details.renderDecision(this._decision, t) : nothing}`;
    if (view.source === 'none') {
      return html`${header}<p>${t.term('health.noInput')}</p>`;
    }
    if (view.source === 'score') {
      return html`${header}<p>${t.term('health.direct')}</p>`;
    }
    return html`${header}${details ? details.renderBreakdown(view, t, (x) => this._num(x)) : nothing}`;
  }
}

const listening = new WeakSet<Node>();

/**
 * Every badge in a document or shadow root shares one set of listeners on that root, so a table of a
 * thousand badges adds five listeners instead of five thousand. Listening on the badge's own root, not the
 * document, keeps badges inside closed shadow roots working.
 */
function listenOn(root: Node): void {
  if (listening.has(root)) return;
  listening.add(root);
  const route = (e: Event) => {
    for (const node of e.composedPath()) {
      if (node instanceof HealthBadge) {
        node._onRootEvent(e);
        return;
      }
    }
  };
  for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'click']) root.addEventListener(type, route);
}

function issue(path: string, cause: unknown): ErrorDetail {
  const message = cause instanceof Error ? cause.message : String(cause);
  return { message, issues: [{ path, message }] };
}

defineElement('health-badge', HealthBadge);

declare global {
  interface HTMLElementTagNameMap {
    'health-badge': HealthBadge;
  }
  interface HTMLElementEventMap {
    'health-change': HealthChangeEvent;
    'health-error': HealthErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'health-change': HealthChangeEvent;
    'health-error': HealthErrorEvent;
  }
}
