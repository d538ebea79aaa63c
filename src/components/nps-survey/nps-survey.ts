import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// From the core's modules, not its index: without a bundler the index would load every module (zod too).
import type { AskRecord, PermissionTier } from '../../core/advocacy.js';
import { isNpsScore, npsCategory, type NpsCategory } from '../../core/nps.js';
import { surveyThrottle, RESURVEY_QUIET_DAYS } from '../../core/resurvey.js';
import { describeValue } from '../../core/describe.js';
import { reflectPlain } from '../../internal/converters.js';
import { defineElement } from '../../internal/define.js';
import { readJSON, writeJSON } from '../../internal/storage.js';
import { tokens } from '../../internal/tokens.js';
import { Localize } from '../../internal/localize.js';
import strings from '../../translations/en/nps-survey.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { NpsDismissEvent } from '../../events/nps-dismiss.js';
import { NpsErrorEvent } from '../../events/nps-error.js';
import { NpsSelectEvent } from '../../events/nps-select.js';
import { NpsSubmitEvent, type NpsSubmitDetail } from '../../events/nps-submit.js';
import styles from './nps-survey.styles.js';
import { loadAdvocacy, type Advocacy } from './advocacy-on-demand.js';
import { firstUpdateHeld, holdFirstUpdate, onDemand } from '../../internal/on-demand.js';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/** The advocacy invitation's module, once loaded; shared by every survey on the page. */
let invite: Advocacy | undefined;
const ensureInvite = onDemand(loadAdvocacy, (m) => (invite = m));

/** localStorage key of one respondent's advocacy-ask history. */
export function askHistoryKey(respondentId: string): string {
  return `advocacy-kit:asks:${respondentId}`;
}

/** localStorage key of when one respondent last answered or dismissed the survey (epoch ms). */
export function surveyedKey(respondentId: string): string {
  return `advocacy-kit:surveyed:${respondentId}`;
}

/**
 * The 0–10 "would you recommend us" question, with a follow-up comment, an advocacy invitation for
 * promoters that respects earlier answers, and a closed-loop note for detractors. It sends nothing
 * anywhere: the host listens to `nps-submit`. Inside a `<form>` with `name` it submits the score as `name`,
 * the comment as `name-comment` and each chosen advocacy tier as `name-tier`. A respondent who answered or
 * dismissed it is not surveyed again for `resurvey-days` (90); the element then renders nothing.
 *
 * @tagname nps-survey
 * @summary Net Promoter Score survey with advocacy consent and form participation.
 *
 * @fires {NpsSelectEvent} nps-select - The respondent chose a score. Detail `{ score, category }`.
 * @fires {NpsSubmitEvent} nps-submit - The respondent submitted. Detail `{ score, category, comment, surveyId, respondentId, submittedAt, advocacy }`.
 * @fires {NpsDismissEvent} nps-dismiss - The respondent closed the survey; the element collapses to a visually hidden "Survey dismissed." note and focus moves to `dismiss-focus` or back where it came from. Detail `{ score }`.
 * @fires {NpsErrorEvent} nps-error - An attribute (e.g. `value`) is invalid. Detail `{ message, issues }`.
 *
 * @csspart base - The survey card.
 * @csspart question - The question text.
 * @csspart scale - The 0–10 radio group.
 * @csspart option - Each score option.
 * @csspart follow-up - The comment section shown after a score is chosen.
 * @csspart comment - The comment textarea.
 * @csspart advocacy - The advocacy invitation fieldset shown to promoters.
 * @csspart submit - The submit button.
 * @csspart dismiss - The close button.
 * @csspart status - The live region holding the thank-you message.
 * @csspart error - The inline error message.
 *
 * @cssprop --ak-color-accent - Selected option and submit button.
 * @cssprop --ak-color-on-accent - Text on the accent colour.
 * @cssprop --ak-color-surface - Card background.
 * @cssprop --ak-color-text - Text colour.
 * @cssprop --ak-color-text-muted - Secondary text.
 * @cssprop --ak-color-border - Borders.
 * @cssprop --ak-radius - Corner radius.
 * @cssprop --ak-font-family - Font.
 */
export class NpsSurvey extends LitElement {
  static formAssociated = true;
  static override styles = [tokens, styles];

  static override properties = {
    question: { type: String, attribute: 'question' },
    product: { type: String, attribute: 'product' },
    name: { type: String, attribute: 'name', reflect: true, converter: reflectPlain },
    surveyId: { type: String, attribute: 'survey-id' },
    respondentId: { type: String, attribute: 'respondent-id' },
    advocacy: { type: Boolean, attribute: 'advocacy' },
    followUp: { type: Boolean, attribute: 'follow-up' },
    required: { type: Boolean, attribute: 'required', reflect: true },
    value: { type: Number, attribute: 'value', reflect: true, converter: reflectPlain },
    dismissFocus: { type: String, attribute: 'dismiss-focus' },
    dismissed: { type: Boolean, attribute: 'dismissed', reflect: true },
    resurveyDays: { type: Number, attribute: 'resurvey-days' },
    lastSurveyedAt: { attribute: false },
    askHistory: { attribute: false },
    now: { attribute: false },
    _comment: { state: true },
    _tiers: { state: true },
    _declined: { state: true },
    _submitted: { state: true },
    _error: { state: true },
    _disabled: { state: true },
  };

  /** The question; `{product}` is replaced by `product`. */
  question?: string;
  /** What is being recommended, used in the default question; unset, the question says "us" in the page's language. */
  product?: string;
  /** Form field name under which the score is submitted. */
  name?: string;
  surveyId?: string;
  /** Identifies the respondent; enables remembering advocacy asks in localStorage. */
  respondentId?: string;
  /** Invite promoters (9–10) to opt in to advocacy permission tiers. */
  advocacy = false;
  /** Tell detractors (0–6) that the team will follow up. */
  followUp = false;
  /** A score is required for the surrounding form to be valid. */
  required = false;
  /** The chosen score, 0–10, or null. */
  value: number | null = null;
  /**
   * The id of the element to focus after the respondent dismisses the survey, looked up in the survey's
   * document or shadow root. Without it, focus goes back to where it was before it entered the survey.
   */
  dismissFocus?: string;
  /** Set when the respondent dismissed the survey: it collapses to a visually hidden "Survey dismissed." note. */
  dismissed = false;
  /** Days before the same respondent is surveyed again after answering or dismissing; 0 turns this off. Ours: 90. */
  resurveyDays = RESURVEY_QUIET_DAYS;
  /** When the host last surveyed this respondent (epoch ms, e.g. from its CRM); wins over the time kept locally. */
  lastSurveyedAt?: number | null;
  /** Advocacy asks the host knows of (e.g. from its CRM), counted with those kept in localStorage. */
  askHistory?: readonly AskRecord[] | null;
  /** Clock in epoch milliseconds; inject one in tests. */
  now: () => number = Date.now;

  private _comment = '';
  private _tiers: PermissionTier[] = [];
  private _declined = false;
  private _submitted: NpsSubmitDetail | null = null;
  private _error: ErrorDetail | null = null;
  private _disabled = false;

  /** Whether the advocacy invitation may be shown this session; decided once, on the first promoter score. */
  private _mayAsk: boolean | null = null;
  private _inviteSeen = false;
  private _askRecorded = false;
  private _errorPending = false;
  private _focusAfterUpdate: string | null = null;
  /** Where focus was before it entered the survey, to return it there on dismissal. */
  private _focusOrigin: Element | null = null;
  private _throttled = false;
  private readonly _internals: ElementInternals;
  private readonly _loc = new Localize(this, strings);

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('focusin', (e) => {
      const from = e.relatedTarget;
      if (from instanceof Element && !this.contains(from) && from !== this) this._focusOrigin = from;
    });
  }

  /** True while the respondent is within the resurvey period: the survey shows nothing and submits nothing. */
  get throttled(): boolean {
    return this._throttled;
  }

  /** The chosen score when valid, else null. */
  get score(): number | null {
    return isNpsScore(this.value) ? this.value : null;
  }

  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  get validity(): ValidityState {
    return this._internals.validity;
  }

  get validationMessage(): string {
    return this._internals.validationMessage;
  }

  checkValidity(): boolean {
    return this._internals.checkValidity();
  }

  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = null;
    this._comment = '';
    this._tiers = [];
    this._declined = false;
    this._submitted = null;
    this._error = null;
  }

  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    const n = typeof restored === 'string' ? Number(restored) : NaN;
    if (isNpsScore(n)) this.value = n;
  }

  /**
   * With `advocacy`, holds the update until the invitation's module has arrived, so a promoter's first render can
   * already invite. If it cannot load, the survey works without the invitation and the next update tries again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (invite || !this.advocacy) return super.scheduleUpdate();
    return ensureInvite().then(() => super.scheduleUpdate());
  }

  protected override shouldUpdate(): boolean {
    return invite !== undefined || !this.advocacy || holdFirstUpdate(this, ensureInvite);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return firstUpdateHeld(this) ? ensureInvite().then(() => this.getUpdateComplete()) : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || (this._error && this._loc.changed())) {
      const v = this.value;
      if (v === null || v === undefined || isNpsScore(v)) {
        this._error = null;
      } else {
        const message = this._loc.term('nps.error.value', describeValue(this.getAttribute('value') ?? v));
        this._error = { message, issues: [{ path: 'value', message }] };
        this._errorPending = changed.has('value');
      }
    }
    // Decided until the respondent interacts, so a host may supply the CRM's date after creating the element.
    if (this.value === null && this._submitted === null) {
      const respondent = this._respondent();
      const local = respondent ? readJSON(surveyedKey(respondent)) : undefined;
      const last = typeof this.lastSurveyedAt === 'number' ? this.lastSurveyedAt : typeof local === 'number' ? local : null;
      this._throttled = !surveyThrottle(last, this._time(), this.resurveyDays).show;
    }
    const score = this.score;
    if (this.advocacy && this._mayAsk === null && score !== null && npsCategory(score) === 'promoter') {
      this._mayAsk = this._decideAsk();
    }
  }

  protected override updated(): void {
    const score = this.score;
    this._internals.setFormValue(...this._formValue(score));
    if (this.required && score === null && !this._disabled && !this._throttled) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('[role="radio"]') ?? undefined;
      this._internals.setValidity({ valueMissing: true }, this._loc.term('nps.valueMissing'), anchor);
    } else {
      this._internals.setValidity({});
    }
    if (this._showInvite()) this._inviteSeen = true;
    if (this._errorPending && this._error) {
      this._errorPending = false;
      this.dispatchEvent(new NpsErrorEvent(this._error));
    }
    if (this._focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this._focusAfterUpdate)?.focus();
      this._focusAfterUpdate = null;
    }
  }

  /** The score alone, or with the comment and tiers as FormData entries when the element has a name. */
  private _formValue(score: number | null): [string | FormData | null, string?] {
    const name = typeof this.name === 'string' ? this.name : '';
    if (score === null || this._throttled) return [null];
    if (!name) return [String(score)];
    const data = new FormData();
    data.append(name, String(score));
    const comment = this._comment.trim();
    if (comment) data.append(`${name}-comment`, comment);
    if (this._showInvite()) for (const tier of this._tiers) data.append(`${name}-tier`, tier);
    return [data, String(score)];
  }

  /** The respondent's id, for the localStorage keys; properties can be set to anything from script. */
  private _respondent(): string | null {
    return typeof this.respondentId === 'string' && this.respondentId ? this.respondentId : null;
  }

  private _markSurveyed(): void {
    const respondent = this._respondent();
    if (respondent) writeJSON(surveyedKey(respondent), this._time());
  }

  private _time(): number {
    let t = NaN;
    try {
      t = this.now();
    } catch {
      // A broken injected clock falls back to the real one below.
    }
    return Number.isFinite(t) ? t : Date.now();
  }

  /** The asks kept in localStorage for this respondent, as stored (the invitation's module reads them). */
  private _stored(): unknown {
    const respondent = this._respondent();
    return respondent ? readJSON(askHistoryKey(respondent)) : undefined;
  }

  /** Local asks and the host's decide; only local ones are written back. */
  private _decideAsk(): boolean {
    return invite ? invite.mayAsk(this.askHistory, this._stored(), this._time()) : false;
  }

  private _recordAsk(outcome: AskRecord['outcome']): void {
    if (this._askRecorded || !invite) return;
    this._askRecorded = true;
    const respondent = this._respondent();
    if (!respondent) return;
    const history = invite.storedAsks(this._stored());
    history.push({ at: this._time(), outcome });
    writeJSON(askHistoryKey(respondent), history);
  }

  private _showInvite(): boolean {
    const score = this.score;
    return (
      this.advocacy &&
      this._mayAsk === true &&
      !this._declined &&
      this._submitted === null &&
      score !== null &&
      npsCategory(score) === 'promoter'
    );
  }

  private _select(score: number, focus: boolean): void {
    if (this._disabled || this._submitted) return;
    if (focus) this._focusAfterUpdate = `[role="radio"][data-score="${score}"]`;
    if (score === this.value) {
      this.requestUpdate();
      return;
    }
    this.value = score;
    this.dispatchEvent(new NpsSelectEvent({ score, category: npsCategory(score) }));
  }

  private _onKeydown(e: KeyboardEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (!target || this._disabled) return;
    const i = Number(target.dataset.score);
    // Right-to-left, 0 is on the right: the arrow keys follow what the respondent sees.
    const rtl = this._loc.dir() === 'rtl';
    const key = rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : e.key;
    let next: number;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (i + 1) % 11;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (i + 10) % 11;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = 10;
        break;
      case ' ':
      case 'Enter':
        next = i;
        break;
      default:
        return;
    }
    e.preventDefault();
    this._select(next, true);
  }

  private _onClick(e: Event): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (target) this._select(Number(target.dataset.score), true);
  }

  private _onTier(e: Event): void {
    const box = e.target as HTMLInputElement;
    const chosen = new Set<string>(this._tiers);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    this._tiers = invite ? invite.inOrder(chosen) : [];
  }

  private _decline(): void {
    this._recordAsk('declined');
    this._declined = true;
    this._tiers = [];
    this._focusAfterUpdate = '.declined';
  }

  private _submit(): void {
    const score = this.score;
    if (score === null || this._disabled || this._submitted) return;
    const category = npsCategory(score);
    const submittedAt = new Date(this._time()).toISOString();
    const invited = this._showInvite();
    const tiers = invited ? [...this._tiers] : [];
    if (this._inviteSeen) this._recordAsk(tiers.length > 0 ? 'accepted' : 'dismissed');
    const detail: NpsSubmitDetail = {
      score,
      category,
      comment: this._comment.trim(),
      surveyId: this.surveyId ?? null,
      respondentId: this._respondent(),
      submittedAt,
      advocacy: tiers.length > 0 ? { tiers, consentedAt: submittedAt } : null,
    };
    this._submitted = detail;
    this._markSurveyed();
    this._focusAfterUpdate = '.status';
    this.dispatchEvent(new NpsSubmitEvent(detail));
  }

  private _dismiss(): void {
    if (this._inviteSeen && this._submitted === null) this._recordAsk('dismissed');
    if (this._submitted === null) this._markSurveyed();
    this.dispatchEvent(new NpsDismissEvent({ score: this.score }));
    this.dismissed = true;
    // Focus must not fall to <body> with the button that held it: the host's choice, else where it came from.
    const root = this.getRootNode() as Document | ShadowRoot;
    const chosen = this.dismissFocus ? root.getElementById?.(this.dismissFocus) : null;
    const target = chosen ?? (this._focusOrigin?.isConnected ? this._focusOrigin : null);
    if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
  }

  private _questionText(): string {
    // Properties can be set to anything from script; only non-empty strings are used.
    const product = typeof this.product === 'string' && this.product ? this.product : '';
    if (typeof this.question === 'string' && this.question) return this.question.split('{product}').join(product || this._loc.term('nps.us'));
    return product ? this._loc.term('nps.question', product) : this._loc.term('nps.questionUs');
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this._throttled) return nothing;
    const submitted = this._submitted;
    // The status region stays in place when dismissed, so the change of its text is announced.
    if (this.dismissed) {
      return html`<div class="survey" part="base">
        <div class="status" part="status" role="status" tabindex="-1">${this._loc.term('nps.dismissed')}</div>
      </div>`;
    }
    return html`<div class="survey" part="base">
      <button type="button" class="dismiss" part="dismiss" aria-label=${this._loc.term('nps.dismiss')} @click=${this._dismiss}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
      ${this._error ? html`<p class="error" role="alert" part="error">${this._error.message}</p>` : nothing}
      ${submitted ? nothing : this._renderQuestion()}
      <div class="status" part="status" role="status" tabindex="-1">${submitted ? this._renderThanks(submitted) : nothing}</div>
    </div>`;
  }

  private _renderQuestion(): TemplateResult {
    const t = this._loc;
    const score = this.score;
    const tabStop = score ?? 0;
    return html`<p class="question" part="question" id="question">${this._questionText()}</p>
      <div
        class="scale"
        part="scale"
        role="radiogroup"
        aria-labelledby="question"
        aria-required=${this.required ? 'true' : 'false'}
        aria-disabled=${this._disabled ? 'true' : 'false'}
        @keydown=${this._onKeydown}
        @click=${this._onClick}
      >
        ${SCORES.map(
          (n) =>
            html`<div
              class="option"
              part="option"
              role="radio"
              data-score=${n}
              aria-checked=${n === score ? 'true' : 'false'}
              tabindex=${!this._disabled && n === tabStop ? '0' : '-1'}
            >
              ${t.number(n)}${n === 0
                ? html`<span class="visually-hidden">, ${t.term('nps.notLikely')}</span>`
                : n === 10
                  ? html`<span class="visually-hidden">, ${t.term('nps.veryLikely')}</span>`
                  : nothing}
            </div>`,
        )}
      </div>
      <div class="ends" aria-hidden="true"><span>${t.term('nps.notLikely')}</span><span>${t.term('nps.veryLikely')}</span></div>
      ${score === null ? nothing : this._renderFollowUp(npsCategory(score))}`;
  }

  private _renderFollowUp(category: NpsCategory): TemplateResult {
    const t = this._loc;
    return html`<div class="follow-up" part="follow-up">
      <label class="prompt" for="comment">${t.term(`nps.prompt.${category}`)} <span class="note">${t.term('nps.optional')}</span></label>
      <textarea
        id="comment"
        part="comment"
        rows="3"
        .value=${this._comment}
        ?disabled=${this._disabled}
        @input=${(e: Event) => (this._comment = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${category === 'detractor' && this.followUp
        ? html`<p class="note">${t.term('nps.followUp')}</p>`
        : nothing}
      ${invite && this._showInvite()
        ? // Lit calls the listeners with the survey as `this`.
          invite.renderInvite(t, { chosen: new Set(this._tiers), disabled: this._disabled, onTier: this._onTier, onDecline: this._decline })
        : nothing}
      ${invite && this._declined && category === 'promoter' ? html`<p class="note declined" tabindex="-1">${invite.declinedWords(t)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="submit" part="submit" ?disabled=${this._disabled} @click=${this._submit}>
          ${t.term('nps.submit')}
        </button>
      </div>
    </div>`;
  }

  private _renderThanks(d: NpsSubmitDetail): TemplateResult {
    const t = this._loc;
    return html`<p class="thanks">${t.term('nps.thanks')}</p>
      ${d.category === 'detractor' && this.followUp ? html`<p>${t.term('nps.followUp')}</p>` : nothing}
      ${invite && d.advocacy ? html`<p>${invite.thanksWords(t)}</p>` : nothing}`;
  }
}

defineElement('nps-survey', NpsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey': NpsSurvey;
  }
  interface HTMLElementEventMap {
    'nps-select': NpsSelectEvent;
    'nps-submit': NpsSubmitEvent;
    'nps-dismiss': NpsDismissEvent;
    'nps-error': NpsErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'nps-select': NpsSelectEvent;
    'nps-submit': NpsSubmitEvent;
    'nps-dismiss': NpsDismissEvent;
    'nps-error': NpsErrorEvent;
  }
}
