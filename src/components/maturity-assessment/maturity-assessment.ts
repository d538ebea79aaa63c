import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { modelSegments, scoreAssessment, type AssessmentResult } from '../../core/assessment.js';
import {
  builtInModelIds,
  type BuiltInModelId,
  builtInModelNow,
  isBuiltInModelId,
  loadBuiltInModel,
  validateModel,
  validateModelNow,
} from '../../core/models/builtin.js';
import type { AssessmentModel, ModelDimension, SafeParseModelResult } from '../../core/models/schema.js';
import { defineElement } from '../../internal/define.js';
import { readJSON, writeJSON } from '../../internal/storage.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/maturity-assessment.js';
import { AssessmentChangeEvent } from '../../events/assessment-change.js';
import { AssessmentCompleteEvent } from '../../events/assessment-complete.js';
import { AssessmentResetEvent } from '../../events/assessment-reset.js';
import { AssessmentErrorEvent } from '../../events/assessment-error.js';
import { decodeShare, encodeShare, hasShareParam, sharedAnswers, withoutShareParam } from './share.js';
import type { CsvHeaders } from './export.js';
import { loadReport, type Report } from './report-on-demand.js';
import { onDemand } from '../../internal/on-demand.js';
import { HISTORY_LIMIT, mergeStored, parseStored, sameAnswers, sameContent, storageKey, type StoredAssessment, type StoredAttempt } from './persist.js';
import { record } from '../../core/records.js';
import { renderCover } from './cover-view.js';
import { issueWords, renderError, renderLinkNotice, type Issue, type Words } from './error-view.js';
import { renderSegment, type SegmentViewActions } from './segment-view.js';
import { renderStep, type StepViewActions } from './step-view.js';
import { renderReview, type ReviewViewActions } from './review-view.js';
import { renderGate } from './gate-view.js';
import { renderResult, type ResultViewActions } from './result-view.js';
import styles from './maturity-assessment.styles.js';
import { loadCharts } from './charts-on-demand.js';

type View = 'error' | 'loading' | 'segment' | 'step' | 'review' | 'gate' | 'result' | 'shared';

/** How long a chosen level stays on screen before `auto-advance` moves on (ms). */
const ADVANCE_DELAY = 350;
const ADVANCE_DELAY_REDUCED = 150;

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';


/** A copy of a null-prototype record with one more entry (state changes need a new object). */
function withEntry(from: Record<string, number>, id: string, value: number): Record<string, number> {
  const out = record(from);
  out[id] = value;
  return out;
}

/** The report's actions (Print, Download), once loaded; shared by every assessment on the page. */
let report: Report | undefined;
const ensureReport = onDemand(loadReport, (r) => (report = r));

/** Whether the result's radar and gauge are defined; until then a result shows them as they arrive. */
let charts = false;
const ensureCharts = onDemand(loadCharts, () => (charts = true));

/**
 * A self-scoring maturity assessment: one dimension per step, a review, then a scored result with
 * band, benchmark, radar and next steps. Answers can persist in localStorage and be shared in the URL fragment.
 *
 * @tagname maturity-assessment
 * @summary Step-by-step maturity assessment with a scored, benchmarked result.
 *
 * @fires {AssessmentChangeEvent} assessment-change - A dimension was answered. Detail: `{ answers, answered, total, progress, dimensionId, score }`.
 * @fires {AssessmentCompleteEvent} assessment-complete - The visitor asked for results (once per attempt). Cancelable: call `preventDefault()` to show the `gate` slot until `showResults()`.
 * @fires {AssessmentResetEvent} assessment-reset - The assessment was started over. Detail `{ modelId }`.
 * @fires {AssessmentErrorEvent} assessment-error - The model or segment is invalid. Detail: `{ message, issues }`.
 *
 * @slot cover - A cover (title, intro, image) shown before the first question, above the kit's Start button.
 * @slot model - Not rendered: a `<script type="application/json" slot="model">` child holding a custom model, for hosts
 *   that cannot set the `model` property (a CMS with no script). The `model` attribute or property wins when set.
 * @slot cta - A call to action shown right after the top priorities (e.g. "Book a workshop" or an "Email me my results" form).
 * @slot cta-<band-id> - A call to action for one band (e.g. `cta-developing`, `cta-advanced`); when filled for the visitor's band it replaces `cta`.
 * @slot logo - A logo printed at the top of the report (not shown on screen).
 * @slot gate - Shown instead of the results when the host cancels `assessment-complete` (e.g. an email form), above a "Back to my answers" button.
 *
 * @csspart error - The error state.
 * @csspart loading - Shown while a built-in model's text (or, for a model object, the validator) is fetched, the first time.
 * @csspart notice - The note that a share link could not be opened, with its Dismiss button.
 * @csspart shared-note - The label of a shared result: read-only and self-reported.
 * @csspart cover - The cover: the `cover` slot and the Start button.
 * @csspart start - The cover's Start button (also part `button`).
 * @csspart segment - The ARR band question.
 * @csspart step - A dimension step.
 * @csspart progress - The progress indicator.
 * @csspart choices - The radio group of levels.
 * @csspart choice - One level.
 * @csspart evidence-toggle - A level's "What this looks like" button, which shows its evidence.
 * @csspart review - The review step.
 * @csspart gate - The container of the gate slot.
 * @csspart back-to-answers - The gate's "Back to my answers" button (also part `button`).
 * @csspart result - The result view.
 * @csspart score - The overall score.
 * @csspart band - The band label.
 * @csspart hero - The score, band, interpretation and (with a segment) the benchmark gauge.
 * @csspart bands-note - Where the model's bands come from, when the model says (e.g. derived bands).
 * @csspart trend - The dates and overall scores of the visitor's attempts (with two or more).
 * @csspart priorities - "Your top priorities": the weakest dimensions and their next steps.
 * @csspart cta - The container of the `cta` and `cta-<band id>` slots.
 * @csspart dimension - One dimension's disclosure (collapsed on screen, expanded in print).
 * @csspart report-header - The printed header: `logo` slot and `report-title`.
 * @csspart actions - The row of result actions.
 * @csspart button - Every button.
 *
 * @cssprop --ak-color-text - Text colour.
 * @cssprop --ak-color-text-muted - Secondary text colour.
 * @cssprop --ak-color-surface - Background.
 * @cssprop --ak-color-border - Borders.
 * @cssprop --ak-color-accent - Primary buttons and the selected level.
 * @cssprop --ak-color-on-accent - Text on the accent colour.
 * @cssprop --ak-color-bad - Red flags.
 * @cssprop --ak-focus-ring-color - Focus outline.
 * @cssprop --ak-font-family - Font.
 * @cssprop --ak-radius - Corner radius.
 */
export class MaturityAssessment extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    model: { attribute: 'model', converter: { fromAttribute: (v: string | null) => v ?? undefined } },
    segment: { type: String, attribute: 'segment' },
    persist: { type: String, attribute: 'persist' },
    share: { type: Boolean, attribute: 'share' },
    exports: { type: Boolean, attribute: 'exports' },
    reportTitle: { type: String, attribute: 'report-title' },
    autoAdvance: { type: Boolean, attribute: 'auto-advance' },
    _model: { state: true },
    _issues: { state: true },
    _view: { state: true },
    _step: { state: true },
    _answers: { state: true },
    _chosenSegment: { state: true },
    _history: { state: true },
    _currentAttempt: { state: true },
    _shared: { state: true },
    _announce: { state: true },
    _segmentHint: { state: true },
    _copyStatus: { state: true },
    _copyFallback: { state: true },
    _linkNotice: { state: true },
    _coverDone: { state: true },
    _evidenceOpen: { state: true },
  };

  /** A built-in model id (`customer-marketing-5`, `cma-advocacy-11`) or, as a property, a model object. */
  model?: string | AssessmentModel;

  /** The benchmark segment id (e.g. `growth`); when absent and the model has segments, the visitor is asked. */
  segment?: string;

  /** A storage key: answers and completed attempts are kept in localStorage under `advocacy-kit:assessment:<persist>`. */
  persist?: string;

  /** Adds "Copy link" and opens shared results from the URL fragment (`#ak=…`). */
  share = false;

  /** Adds "Download JSON" and "Download CSV" to the result. */
  exports = false;

  /** A title printed at the top of the report (with the `logo` slot); not shown on screen. */
  reportTitle?: string;

  /** Choosing a level (click, Space or Enter) moves on to the next step after a short transition. */
  autoAdvance = false;

  private _model: AssessmentModel | null = null;
  private _issues: Issue[] = [];
  private _view: View = 'error';
  private _step = 0;
  // Null-prototype records: a host's Object.prototype.expansion must never read as an answer.
  private _answers: Record<string, number> = record();
  private _chosenSegment: string | null = null;
  private _history: StoredAttempt[] = [];
  private _currentAttempt: number | null = null;
  private _shared: { answers: Record<string, number>; segment: string | null } | null = null;
  /** The live region's words, kept unsaid until each render so they follow a change of language. */
  private _announce: Words | null = null;
  private readonly _loc = new Localize(this, strings);
  private _segmentHint = false;
  private _copyStatus: Words | null = null;
  private _copyFallback: string | null = null;
  private _linkNotice = false;
  /** The visitor pressed Start on the cover (or there is none to show). */
  private _coverDone = false;
  private _evidenceOpen: ReadonlySet<number> = new Set();

  private _answeredAt: Record<string, number> = record();
  private _segmentAt = 0;
  private _clearedAt = 0;
  private _updatedAt = 0;
  private _completedSig: string | null = null;
  /** The host cancelled `assessment-complete` for the current answers and has not called `showResults()`. */
  private _gated = false;
  private _focusSelector: string | null = null;
  /** The fetch of the model's text or of the validator that the current `model` waits for. */
  private _loading?: Promise<void>;
  private _advanceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The text of the `slot="model"` script the model was last resolved from. */
  private _modelScript: string | null = null;
  /** Created on connection, not with the element: server rendering has no MutationObserver. */
  private _childObserver: MutationObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The cover and model children may arrive after the element upgrades (a streaming parser, a CMS script).
    this._childObserver ??= new MutationObserver(() => {
      if (this.model == null && this._readModelScript() !== this._modelScript) this._resolve();
      this.requestUpdate();
    });
    this._childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['slot'] });
    window.addEventListener('storage', this._onStorage);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
  }

  override disconnectedCallback(): void {
    this._childObserver?.disconnect();
    clearTimeout(this._advanceTimer);
    window.removeEventListener('storage', this._onStorage);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    super.disconnectedCallback();
  }

  /** Reveals the results after the host cancelled `assessment-complete` (e.g. once its gate form is submitted). */
  showResults(): void {
    if (!this._model || this._view !== 'gate' || !this._isComplete()) return;
    this._reveal();
  }

  /** Starts over: clears the answers and the stored in-progress attempt, keeps completed attempts. */
  reset(): void {
    const model = this._model;
    if (!model) return;
    this._answers = record();
    this._answeredAt = record();
    this._chosenSegment = null;
    this._segmentAt = 0;
    this._clearedAt = this._now();
    this._currentAttempt = null;
    this._completedSig = null;
    this._gated = false;
    this._shared = null;
    this._copyFallback = null;
    this._copyStatus = null;
    this._segmentHint = false;
    // Starting over goes straight to the first question, where focus can land: the cover was for a first visit.
    this._coverDone = true;
    this._save(this._clearedAt);
    this._go(this._needsSegment() ? 'segment' : 'step', 0);
    this._announce = (t) => t.term('ma.startedOver');
    this.dispatchEvent(new AssessmentResetEvent({ modelId: model.id }));
  }

  /**
   * Also waits for the model being fetched, so `await el.updateComplete` sees the assessment (or its error), and for
   * the report's actions once a result shows, so Print and Download work the moment it resolves.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this._loading) return this._loading.then(() => this.getUpdateComplete());
    if (this._view === 'result' && !report) await ensureReport();
    if (this._showsResult() && !charts) {
      await ensureCharts();
      // Defining them upgraded the result's radar and gauge, whose first update is under way.
      await Promise.all([...this.renderRoot.querySelectorAll<LitElement>('score-radar, benchmark-gauge')].map((c) => c.updateComplete));
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('model') || changed.has('persist') || changed.has('share')) this._resolve();
    else if (changed.has('segment')) this._resolveSegment();
  }

  protected override updated(): void {
    // If the load fails, Print prints the whole page and Download tries again.
    if (this._view === 'result' && !report) void ensureReport();
    // A visitor on the way to a result: the charts arrive before it shows. If they fail, the result shows without them.
    if (!charts && (this._showsResult() || this._view === 'review' || this._view === 'gate')) void ensureCharts();
    // The visitor moved to a step (not a first render or a storage sync): that is when focus goes to the heading.
    if (this._focusSelector === '#heading' && this._view === 'step') this._slideIn();
    if (!this._focusSelector) return;
    if (this._view === 'gate' && this._focusGate()) {
      this._focusSelector = null;
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(this._focusSelector);
    this._focusSelector = null;
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }

  /** A new step slides in a little, so the change of question is seen; not at all when motion is reduced. */
  private _slideIn(): void {
    const section = this.renderRoot.querySelector('[part~="step"]');
    if (!section || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    // From the side the reader moves towards: the left in a right-to-left page.
    const from = this._loc.dir() === 'rtl' ? '-0.75rem' : '0.75rem';
    section.animate([{ transform: `translateX(${from})` }, { transform: 'none' }], { duration: 180, easing: 'ease-out' });
  }

  /**
   * Focus in the gate belongs to the host's content: keep it where the host put it, else take it to the first
   * field of the gate (a host focusing from its event handler could not: the gate was not rendered yet).
   */
  private _focusGate(): boolean {
    const active = document.activeElement;
    if (active && active !== this && this.contains(active)) return true;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="gate"]');
    for (const el of slot?.assignedElements({ flatten: true }) ?? []) {
      const field = el.matches(FOCUSABLE) ? el : el.querySelector(FOCUSABLE);
      if (field instanceof HTMLElement) {
        field.focus();
        if (document.activeElement === field) return true;
      }
    }
    return false;
  }

  // ── state ────────────────────────────────────────────────────────────

  private _fail(issues: Issue[]): void {
    this._model = null;
    this._issues = issues;
    this._view = 'error';
    const t = this._loc;
    // The event's words are those of the moment; the error view says them again in each render's language.
    const said = issues.map((i) => ({ path: i.path, message: i.words(t) }));
    const message = t.term('ma.error.cannotStart', said.length === 1 ? said[0]!.message : t.term('ma.error.problems', t.number(said.length)));
    this.dispatchEvent(new AssessmentErrorEvent({ message, issues: said }));
  }

  private _segmentIssue(model: AssessmentModel): Issue | null {
    if (this.segment != null && typeof this.segment !== 'string') return { path: 'segment', words: (t) => t.term('ma.error.segmentId') };
    const segment = this.segment;
    if (!segment || modelSegments(model).some((s) => s.id === segment)) return null;
    const known = modelSegments(model).map((s) => s.id).join(', ');
    return {
      path: 'segment',
      words: (t) => (known ? t.term('ma.error.unknownSegment', segment, model.id, known) : t.term('ma.error.noSegments', model.id, segment)),
    };
  }

  /** The text of a `<script type="application/json" slot="model">` child, for hosts that cannot set a property. */
  private _readModelScript(): string | null {
    // Server rendering has no children to read.
    for (const child of this.children ?? []) {
      if (child.localName === 'script' && child.getAttribute('slot') === 'model' && child.getAttribute('type')?.toLowerCase() === 'application/json') {
        return child.textContent ?? '';
      }
    }
    return null;
  }

  private _resolve(): void {
    let input: unknown = this.model;
    this._loading = undefined;
    this._modelScript = null;
    if (input == null || input === '') {
      const script = this._readModelScript();
      this._modelScript = script;
      if (script === null) {
        this._fail([{ path: 'model', words: (t) => t.term('ma.error.noModel') }]);
        return;
      }
      try {
        input = JSON.parse(script);
      } catch (e) {
        const detail = e instanceof Error ? e.message : 'parse error';
        this._fail([{ path: 'model', words: (t) => t.term('ma.error.scriptJson', detail) }]);
        return;
      }
      if (input === null || typeof input !== 'object') {
        this._fail([{ path: 'model', words: (t) => t.term('ma.error.scriptObject') }]);
        return;
      }
    }
    let builtIn: BuiltInModelId | null = null;
    if (typeof input === 'string') {
      if (!isBuiltInModelId(input)) {
        const id = input;
        this._fail([{ path: 'model', words: (t) => t.term('ma.error.unknownModel', id, builtInModelIds.join(', ')) }]);
        return;
      }
      builtIn = input;
    }
    const now = builtIn ? builtInModelNow(builtIn) : validateModelNow(input);
    if (now) {
      this._use('id' in now ? { success: true, model: now } : now);
      return;
    }
    // The first time this model's text (or the validator, with zod) is needed: it is fetched, meanwhile a loading state.
    this._model = null;
    this._view = 'loading';
    const loading: Promise<void> = (
      builtIn ? loadBuiltInModel(builtIn).then((model): SafeParseModelResult => ({ success: true, model })) : validateModel(input)
    ).then(
      (result) => {
        if (this._loading !== loading) return;
        this._loading = undefined;
        this._use(result);
      },
      () => {
        if (this._loading !== loading) return;
        this._loading = undefined;
        this._fail([
          { path: 'model', words: (t) => (builtIn ? t.term('ma.error.modelNotLoaded', builtIn) : t.term('ma.error.validatorNotLoaded')) },
        ]);
      },
    );
    this._loading = loading;
  }

  private _use(parsed: SafeParseModelResult): void {
    if (!parsed.success) {
      this._fail(parsed.error.issues.map((i) => ({ path: i.path || '(model)', words: issueWords(i) })));
      return;
    }
    const model = parsed.model;
    const segmentIssue = this._segmentIssue(model);
    if (segmentIssue) {
      this._fail([segmentIssue]);
      return;
    }

    this._model = model;
    this._issues = [];
    this._answers = record();
    this._answeredAt = record();
    this._segmentAt = 0;
    this._clearedAt = 0;
    this._chosenSegment = null;
    this._history = [];
    this._currentAttempt = null;
    this._completedSig = null;
    this._gated = false;
    this._updatedAt = 0;
    this._shared = null;
    if (this.persist) {
      const stored = parseStored(readJSON(storageKey(this.persist)), model);
      if (stored) this._adopt(stored);
    }
    if (this.share) this._shared = this._readShared(model);
    this._view = 'step';
    this._landOnFirstOpenStep();
  }

  private _resolveSegment(): void {
    if (!this._model) {
      if (this.model != null) this._resolve();
      return;
    }
    const issue = this._segmentIssue(this._model);
    if (issue) this._fail([issue]);
    else if (this._view === 'segment' && this.segment) this._landOnFirstOpenStep();
  }

  private _readShared(model: AssessmentModel): MaturityAssessment['_shared'] {
    const hash = typeof location === 'undefined' ? '' : location.hash;
    const decoded = decodeShare(hash);
    const answers = decoded && sharedAnswers(decoded, model);
    if (answers) return { answers, segment: decoded!.segment || null };
    if (hasShareParam(hash)) {
      // A broken, truncated or foreign link: say so once and take it out of the address bar.
      this._linkNotice = true;
      this._dropShareParam();
    }
    return null;
  }

  private _dropShareParam(): void {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutShareParam(location.hash)}`);
  }

  private _adopt(stored: StoredAssessment): void {
    this._answers = stored.answers;
    this._answeredAt = stored.answeredAt;
    this._chosenSegment = stored.segment;
    this._segmentAt = stored.segmentAt;
    this._clearedAt = stored.clearedAt;
    this._history = stored.history;
    this._updatedAt = Math.max(this._updatedAt, stored.updatedAt);
    // Finished when the last attempt is no older than anything answered, chosen or cleared since.
    const changedAt = Math.max(stored.clearedAt, stored.segmentAt, ...Object.values(stored.answeredAt));
    const last = stored.history[stored.history.length - 1];
    const completed = !!last && last.completedAt >= changedAt && sameAnswers(last.answers, stored.answers) && this._isComplete();
    this._currentAttempt = completed ? last.completedAt : null;
    this._completedSig = completed ? this._signature() : null;
  }

  /** Resume point: the shared result, the finished result, the ARR question, the first unanswered step, or the review. */
  private _landOnFirstOpenStep(): void {
    const model = this._model!;
    if (this._shared) this._view = 'shared';
    else if (this._currentAttempt !== null) this._view = 'result';
    else if (this._needsSegment()) this._view = 'segment';
    else {
      const open = model.dimensions.findIndex((d) => this._answers[d.id] == null);
      this._view = open < 0 ? 'review' : 'step';
      this._step = Math.max(open, 0);
    }
  }

  private _segmentId(): string | null {
    return this.segment || this._chosenSegment || null;
  }

  private _needsSegment(): boolean {
    return !this._segmentId() && !!this._model && modelSegments(this._model).length > 0;
  }

  private _isComplete(): boolean {
    return !!this._model && this._model.dimensions.every((d) => this._answers[d.id] != null);
  }

  private _signature(): string {
    return JSON.stringify([this._segmentId(), this._model!.dimensions.map((d) => this._answers[d.id] ?? null)]);
  }

  private _score(answers: Record<string, number>, segment: string | null): AssessmentResult | null {
    try {
      return scoreAssessment(this._model!, answers, segment ? { segment } : {});
    } catch {
      return null;
    }
  }

  /** A time later than any this tab has written, so tabs can order what they write. */
  private _now(): number {
    return Math.max(Date.now(), this._updatedAt + 1);
  }

  private _record(): StoredAssessment {
    const segment = this._segmentId();
    return {
      v: 1,
      modelId: this._model!.id,
      segment,
      answers: this._answers,
      answeredAt: this._answeredAt,
      // A segment set by the attribute counts as chosen now; one the visitor chose, when they chose it.
      segmentAt: segment === null ? 0 : this.segment ? Math.max(this._segmentAt, this._clearedAt + 1) : this._segmentAt,
      clearedAt: this._clearedAt,
      updatedAt: this._updatedAt,
      history: this._history,
    };
  }

  /**
   * Writes the record stamped `at`, merged with what storage holds: another tab may have answered other
   * dimensions since this tab last heard from it, and a write must never drop them.
   */
  private _save(at = this._now()): void {
    this._updatedAt = at;
    if (!this.persist || !this._model) return;
    const key = storageKey(this.persist);
    const mine = this._record();
    const stored = parseStored(readJSON(key), this._model);
    const merged = stored ? mergeStored(mine, stored) : mine;
    if (!sameContent(merged, mine)) this._adopt(merged);
    writeJSON(key, merged);
  }

  private _onStorage = (e: StorageEvent): void => {
    const model = this._model;
    if (!model || !this.persist || e.key !== storageKey(this.persist) || e.newValue == null) return;
    let raw: unknown;
    try {
      raw = JSON.parse(e.newValue);
    } catch {
      return;
    }
    const theirs = parseStored(raw, model);
    if (!theirs) return;
    const mine = this._record();
    const merged = mergeStored(mine, theirs);
    // The other tab lacks something this one holds: write the union so every tab ends up with it.
    if (!sameContent(merged, theirs)) writeJSON(e.key, merged);
    if (sameContent(merged, mine)) {
      this._updatedAt = Math.max(this._updatedAt, theirs.updatedAt);
      return;
    }
    const step = this._step;
    this._adopt(merged);
    if (this._view === 'shared' || this._view === 'error') return;
    if (this._view === 'step' && !this._needsSegment()) this._step = step;
    else this._landOnFirstOpenStep();
  };

  /** The report prints every dimension's detail; the disclosures the visitor left closed close again afterwards. */
  private _openedForPrint: HTMLDetailsElement[] = [];

  /** Print was started from the result's Print button: the printout is the report alone, not the host page. */
  private _printingReport = false;
  private _undoPrintOnly: (() => void) | null = null;

  private _onBeforePrint = (): void => {
    this._openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of this._openedForPrint) d.open = true;
    if (this._printingReport && !this._undoPrintOnly && report) this._undoPrintOnly = report.printOnly(this);
  };

  private _onAfterPrint = (): void => {
    for (const d of this._openedForPrint) d.open = false;
    this._openedForPrint = [];
    this._undoPrintOnly?.();
    this._undoPrintOnly = null;
    this._printingReport = false;
  };

  // ── actions ──────────────────────────────────────────────────────────

  private _go(view: View, step = this._step): void {
    clearTimeout(this._advanceTimer);
    if (view !== this._view || step !== this._step) this._evidenceOpen = new Set();
    this._view = view;
    this._step = step;
    this._copyFallback = null;
    this._copyStatus = null;
    this._focusSelector = '#heading';
    const model = this._model!;
    if (view === 'step') this._announce = (t) => t.term('ma.announceStep', t.number(step + 1), t.number(model.dimensions.length), model.dimensions[step]!.title);
    else if (view === 'review') this._announce = (t) => t.term('ma.announceReview');
    else if (view === 'segment') this._announce = (t) => t.term('ma.announceSegment');
  }

  private _answer(dim: ModelDimension, score: number): void {
    const model = this._model!;
    if (this._answers[dim.id] === score) return;
    const at = this._now();
    this._answers = withEntry(this._answers, dim.id, score);
    this._answeredAt = withEntry(this._answeredAt, dim.id, at);
    this._currentAttempt = null;
    this._save(at);
    void ensureCharts();
    const total = model.dimensions.length;
    const answered = model.dimensions.filter((d) => this._answers[d.id] != null).length;
    const level = dim.levels.find((l) => l.score === score);
    this._announce = (t) => t.term('ma.selected', level?.label ?? t.number(score), t.number(answered), t.number(total));
    this.dispatchEvent(
      new AssessmentChangeEvent({ answers: { ...this._answers }, answered, total, progress: answered / total, dimensionId: dim.id, score }),
    );
  }

  private _next(): void {
    const model = this._model!;
    if (this._step >= model.dimensions.length - 1 || this._isComplete()) this._go('review');
    else this._go('step', this._step + 1);
  }

  private _back(): void {
    if (this._step > 0) this._go('step', this._step - 1);
    else if (this._model && modelSegments(this._model).length && !this.segment) this._go('segment');
  }

  private _continueFromSegment(): void {
    if (!this._segmentId()) {
      this._segmentHint = true;
      return;
    }
    this._segmentHint = false;
    const model = this._model!;
    const open = model.dimensions.findIndex((d) => this._answers[d.id] == null);
    if (open < 0) this._go('review');
    else this._go('step', open);
  }

  private _finish(): void {
    const model = this._model!;
    if (!this._isComplete()) return;
    const signature = this._signature();
    if (this._completedSig !== signature) {
      const result = this._score(this._answers, this._segmentId());
      if (!result) return;
      this._completedSig = signature;
      const event = new AssessmentCompleteEvent({ result });
      this.dispatchEvent(event);
      this._gated = event.defaultPrevented;
    }
    if (this._gated) {
      this._go('gate');
      this._announce = (t) => t.term('ma.readyTitled', model.title);
      return;
    }
    this._reveal();
  }

  private _reveal(): void {
    this._gated = false;
    if (this._currentAttempt === null) {
      const result = this._score(this._answers, this._segmentId());
      if (!result || result.overall === null) return;
      const completedAt = this._now();
      const attempt: StoredAttempt = { completedAt, answers: record(this._answers), overall: result.overall };
      this._history = [...this._history, attempt].slice(-HISTORY_LIMIT);
      this._currentAttempt = completedAt;
      // The attempt and the stored record share one timestamp, which is how a reload recognises a finished attempt.
      this._save(completedAt);
    }
    this._go('result');
    this._announce = (t) => t.term('ma.ready');
  }

  private _startOwn(): void {
    this._shared = null;
    if (typeof location !== 'undefined' && hasShareParam(location.hash)) this._dropShareParam();
    this._landOnFirstOpenStep();
    this._go(this._view);
  }

  private _shareUrl(): string | null {
    const model = this._model!;
    const fragment = encodeShare({
      modelId: model.id,
      segment: this._segmentId() ?? '',
      scores: model.dimensions.map((d) => this._answers[d.id] ?? -1),
    });
    return fragment ? `${location.href.split('#')[0]}#${fragment}` : null;
  }

  private async _copyLink(): Promise<void> {
    const url = this._shareUrl();
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this._copyFallback = null;
      this._copyStatus = (t) => t.term('ma.linkCopied');
      this._announce = this._copyStatus;
    } catch {
      this._copyStatus = null;
      this._copyFallback = url;
      this._focusSelector = '#share-url';
    }
  }

  private async _download(kind: 'json' | 'csv', result: AssessmentResult): Promise<void> {
    if (!report) await ensureReport();
    const actions = report;
    if (!actions) return;
    const model = this._model!;
    const meta = { model, exportedAt: new Date().toISOString() };
    const t = this._loc;
    const headers: CsvHeaders = {
      dimensionId: t.term('ma.csv.dimensionId'),
      dimension: t.term('ma.csv.dimension'),
      score: t.term('ma.csv.score'),
      level: t.term('ma.csv.level'),
      nextLevel: t.term('ma.csv.nextLevel'),
      redFlags: t.term('ma.csv.redFlags'),
    };
    const text = kind === 'json' ? actions.resultToJSON(result, meta) : actions.resultToCSV(result, meta, headers);
    const blob = new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${model.id}-result.${kind}`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private _onChoiceKey(e: KeyboardEvent, dim: ModelDimension): void {
    const radio = (e.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (!radio) return;
    const levels = dim.levels;
    const index = levels.findIndex((l) => String(l.score) === radio.dataset.score);
    let target = -1;
    // Right-to-left, the arrow keys follow what the visitor sees: the right arrow goes back.
    const rtl = this._loc.dir() === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward || e.key === 'ArrowDown') target = (index + 1) % levels.length;
    else if (e.key === backward || e.key === 'ArrowUp') target = (index - 1 + levels.length) % levels.length;
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = levels.length - 1;
    else if (e.key === ' ' || e.key === 'Spacebar' || e.key === 'Enter') target = index;
    if (target < 0) return;
    e.preventDefault();
    const score = levels[target]!.score;
    this._answer(dim, score);
    this._focusSelector = `#choice-${score}`;
    this.requestUpdate();
    // Arrows only move within the group; Space moves on with auto-advance, Enter always does.
    if (e.key === 'Enter' || (this.autoAdvance && target === index)) this._advanceSoon();
  }

  /** Moves to the next step once the visitor has seen their choice register (at once when motion is reduced). */
  private _advanceSoon(): void {
    clearTimeout(this._advanceTimer);
    const step = this._step;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this._advanceTimer = setTimeout(
      () => {
        if (this._view === 'step' && this._step === step) this._next();
      },
      reduced ? ADVANCE_DELAY_REDUCED : ADVANCE_DELAY,
    );
  }

  private _showsResult(): boolean {
    return this._view === 'result' || this._view === 'shared';
  }

  private _showsCover(): boolean {
    const fresh =
      (this._view === 'step' || this._view === 'segment') && !this._chosenSegment && !this._model!.dimensions.some((d) => this._answers[d.id] != null);
    return !this._coverDone && fresh && this._hasSlotted('cover');
  }

  private _start(): void {
    this._coverDone = true;
    this._go(this._view);
  }

  // ── rendering ────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`${this._linkNotice && this._view !== 'error' ? renderLinkNotice(this._loc, this._dismissLinkNotice) : nothing}${this._renderView()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announce?.(this._loc) ?? ''}</div>`;
  }

  private _renderView(): TemplateResult {
    const t = this._loc;
    if (this._view === 'loading') return html`<p part="loading" class="loading" role="status">${t.term('ma.loading')}</p>`;
    const model = this._model;
    if (this._view === 'error' || !model) return renderError(t, this._issues);
    if (this._showsCover()) return renderCover(t, () => this._start());
    switch (this._view) {
      case 'segment':
        return renderSegment(t, { model, chosen: this._segmentId(), hint: this._segmentHint }, this._segmentActions);
      case 'review':
        return renderReview(
          t,
          { model, answers: this._answers, asksSegment: modelSegments(model).length > 0 && !this.segment, segmentId: this._segmentId() },
          this._reviewActions,
        );
      case 'gate':
        return renderGate(t, model, () => this._go('review'));
      case 'result':
        return this._renderResult(this._answers, this._segmentId(), false);
      case 'shared':
        return this._renderResult(this._shared!.answers, this._shared!.segment, true);
      default:
        return renderStep(
          t,
          {
            model,
            answers: this._answers,
            step: this._step,
            last: this._step >= model.dimensions.length - 1 || this._isComplete(),
            canGoBack: this._step > 0 || (modelSegments(model).length > 0 && !this.segment),
            evidenceOpen: this._evidenceOpen,
          },
          this._stepActions,
        );
    }
  }

  private _dismissLinkNotice = (): void => {
    this._linkNotice = false;
    this._focusSelector = '#heading';
  };

  private _segmentActions: SegmentViewActions = {
    choose: (id) => {
      this._chosenSegment = id;
      this._segmentAt = this._now();
      this._segmentHint = false;
      this._save(this._segmentAt);
    },
    continue: () => this._continueFromSegment(),
  };

  private _stepActions: StepViewActions = {
    choose: (dim, score) => {
      this._answer(dim, score);
      this._focusSelector = `#choice-${score}`;
      if (this.autoAdvance) this._advanceSoon();
    },
    choiceKey: (e, dim) => this._onChoiceKey(e, dim),
    toggleEvidence: (score) => {
      const open = new Set(this._evidenceOpen);
      if (!open.delete(score)) open.add(score);
      this._evidenceOpen = open;
    },
    next: () => this._next(),
    back: () => this._back(),
    goTo: (i) => this._go('step', i),
  };

  private _reviewActions: ReviewViewActions = {
    changeSegment: () => this._go('segment'),
    changeStep: (i) => this._go('step', i),
    finish: () => this._finish(),
    back: () => this._go('step', this._model!.dimensions.length - 1),
  };

  private _previousAttempt(): StoredAttempt | undefined {
    const earlier = this._history.filter((h) => h.completedAt !== this._currentAttempt);
    return earlier[earlier.length - 1];
  }

  private _renderResult(answers: Record<string, number>, segmentId: string | null, readonly: boolean): TemplateResult {
    const model = this._model!;
    const result = this._score(answers, segmentId);
    return renderResult(
      this._loc,
      {
        model,
        answers,
        result,
        previous: readonly ? undefined : this._previousAttempt(),
        history: readonly ? [] : this._history,
        readonly,
        canCopyLink: this.share && !readonly && encodeShare({ modelId: model.id, segment: segmentId ?? '', scores: [model.scale.min] }) !== null,
        copyStatus: this._copyStatus?.(this._loc) ?? '',
        copyFallback: this._copyFallback,
        bandCta: !!result?.band && this._hasSlotted(`cta-${result.band.id}`),
        exports: this.exports,
        reportTitle: this.reportTitle || undefined,
      },
      this._resultActions,
    );
  }

  private _resultActions: ResultViewActions = {
    copyLink: () => void this._copyLink(),
    download: (kind, result) => void this._download(kind, result),
    print: () => {
      this._printingReport = true;
      window.print();
    },
    startOwn: () => this._startOwn(),
    changeAnswers: () => this._go('review'),
    startOver: () => this.reset(),
    ctaChanged: () => this.requestUpdate(),
  };

  private _hasSlotted(slot: string): boolean {
    return [...(this.children ?? [])].some((c) => c.getAttribute('slot') === slot);
  }
}

defineElement('maturity-assessment', MaturityAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'maturity-assessment': MaturityAssessment;
  }
  interface HTMLElementEventMap {
    'assessment-change': AssessmentChangeEvent;
    'assessment-complete': AssessmentCompleteEvent;
    'assessment-reset': AssessmentResetEvent;
    'assessment-error': AssessmentErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'assessment-change': AssessmentChangeEvent;
    'assessment-complete': AssessmentCompleteEvent;
    'assessment-reset': AssessmentResetEvent;
    'assessment-error': AssessmentErrorEvent;
  }
}
