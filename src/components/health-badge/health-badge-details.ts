import { html, nothing, type TemplateResult } from 'lit';
import { describeValue } from '../../core/describe.js';
import { defaultHealthConfig, HealthConfigError, scoreHealth, type HealthConfig, type HealthResult, type HealthSignal, type HealthSignals } from '../../core/health.js';
import { readHealthRow } from '../../core/health-row.js';
import { hostArray } from '../../core/records.js';
import type { ActionId, Decision, WarningId } from '../../core/rules.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import { termOr, type Localize } from '../../internal/localize.js';
import { wordsOf } from '../../internal/module-words.js';
import type badgeWords from '../../translations/en/health-badge.js';
import words from '../../translations/en/health-badge-details.js';

// What a badge needs only for `signals`, a warehouse `row` or a `decision`: scoring, row checks, the rules' words
// and the signal-by-signal table. A badge given a plain score never loads it (details-on-demand.ts).

type T = Localize<typeof badgeWords>;
const term = wordsOf(words);

// Taken when the module loads: a host that later replaces them cannot make junk look valid.
const hasOwn = Object.hasOwn;
const isArray = Array.isArray;

/** A scored account as the badge shows it; the missing signals' labels are read once with the config. */
export type Scored = HealthResult & { missingLabels: string[] };

/** Scores host-given signals with `config`, naming each bad signal. */
export function scoreSignals(signals: unknown, config: HealthConfig = defaultHealthConfig, t: T): Scored | { error: ErrorDetail } {
  if (typeof signals !== 'object' || signals === null || isArray(signals)) {
    return { error: issue('signals', term(t, 'health.error.signalsObject')) };
  }
  const list = hostArray(config?.signals) as (HealthSignal | null)[] | null;
  const known = list && new Set(list.map((s) => s?.id));
  const issues: ErrorDetail['issues'] = [];
  for (const [id, value] of Object.entries(signals)) {
    if (known && !known.has(id)) {
      issues.push({ path: `signals.${id}`, message: term(t, 'health.error.unknownSignal', id, [...known].join(', ')) });
    } else if (value !== null && value !== undefined && (typeof value !== 'number' || value === Infinity || value === -Infinity)) {
      issues.push({ path: `signals.${id}`, message: term(t, 'health.error.signalNumber', id, describeValue(value)) });
    }
  }
  if (issues.length > 0) {
    return { error: { message: term(t, 'health.error.signals', issues.map((i) => i.message).join(' ')), issues } };
  }
  try {
    const r = scoreHealth(signals as HealthSignals, config);
    return { ...r, missingLabels: signalLabels(r.missing, config) };
  } catch (e) {
    return { error: e instanceof HealthConfigError ? issue('config', configWords(e, t)) : issue('signals', e) };
  }
}

/** A warehouse row, checked against `config` and shown as given. */
export function readRow(row: unknown, config: HealthConfig = defaultHealthConfig, t: T): Scored | { error: ErrorDetail } {
  const read = readHealthRow(row, config);
  if (!read.success) {
    const issues = read.issues.map((i) => ({
      path: i.path === 'config' || i.path === 'row' ? i.path : `row.${i.path}`,
      message: i.path === 'config' ? configWords(i, t) : coreWords('health.row', i, t),
    }));
    const details = issues.map((i) => i.message).join(' ');
    const message = issues.every((i) => i.path === 'config') ? details : term(t, 'health.error.row', details);
    return { error: { message, issues } };
  }
  return { ...read.result, missingLabels: signalLabels(read.result.missing, config) };
}

type CoreIssue = { code?: string; params?: Readonly<Record<string, string>>; message: string };

/**
 * An issue the core reported, in the badge's language: worded from its code (`<prefix>.<code>`). English, and a
 * language without that code, show the core's message, the one source of the English wording.
 */
function coreWords(prefix: 'health.config' | 'health.row', { code, params, message }: CoreIssue, t: T): string {
  return code ? termOr(t, `${prefix}.${code}`, message, params ?? {}) : message;
}

/** A config issue, worded as above, after the lead-in "Invalid health config:" in the badge's language. */
function configWords(issue: CoreIssue, t: T): string {
  const said = coreWords('health.config', issue, t);
  return said === issue.message ? said : termOr(t, 'health.configIssue', said, said);
}

/** The labels of missing signals, as the config names them (the id where it has no such signal). */
function signalLabels(missing: readonly string[], config: HealthConfig): string[] {
  const labels = new Map(((hostArray(config.signals) ?? []) as HealthSignal[]).map((sig) => [sig.id, sig.label]));
  return missing.map((id) => labels.get(id) ?? id);
}

function issue(path: string, cause: unknown): ErrorDetail {
  const message = cause instanceof Error ? cause.message : String(cause);
  return { message, issues: [{ path, message }] };
}

/** The explanation's signal-by-signal table, then what is missing; `num` formats a score as the badge does. */
export function renderBreakdown(scored: Scored, t: T, num: (x: number) => string): TemplateResult {
  return html`${scored.contributions.length > 0
      ? html`<table>
          <thead>
            <tr>
              <th scope="col">${term(t, 'health.signal')}</th>
              <th scope="col">${term(t, 'health.value')}</th>
              <th scope="col">${term(t, 'health.points')}</th>
              <th scope="col">${term(t, 'health.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            ${scored.contributions.map(
              (c) => html`<tr>
                <th scope="row">${c.label}</th>
                <td>${t.number(c.raw, { maximumFractionDigits: 3 })}</td>
                <td>${num(c.points)}</td>
                <td>${num(c.contribution)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${scored.score === null ? html`<p>${term(t, 'health.tooFew')}</p>` : nothing}
    <p class="missing">
      ${scored.missing.length > 0 ? term(t, 'health.missing', scored.missingLabels.join(', ')) : term(t, 'health.noneMissing')}
    </p>`;
}

/** The actions the badge has words for (`health.action.<id>` in the translations). */
const ACTION_IDS: readonly string[] = ['retention-advocacy', 'churn-review', 'sales-handoff', 'expansion-playbook'];
// A Set, not Array.prototype.includes, which a host page may have replaced.
const ACTIONS: ReadonlySet<string> = new Set(ACTION_IDS);

/** The warnings the badge knows; each is shown as its rule with the figures, e.g. "Active usage fell 40 % (…)". */
const WARNING_IDS: readonly string[] = ['usage-drop', 'ticket-rise', 'nps-drop', 'billing-dispute'];
const WARNINGS: ReadonlySet<string> = new Set(WARNING_IDS);

/** The part of `evaluateAccount`'s result the badge shows. */
export type BadgeDecision = Pick<Decision, 'warnings' | 'recommended'>;

/**
 * Checks a host-given decision (from `evaluateAccount`) without importing the rules, so a page of a thousand
 * badges does not ship them twice; every id must be one the badge has words for.
 */
export function readDecision(input: unknown, t: T): BadgeDecision | { error: ErrorDetail } | null {
  if (input === undefined || input === null) return null;
  // The detail names what was expected, for the developer; the message is the sentence shown.
  const bad = (path: string, detail: string) => ({ error: { message: term(t, 'health.error.decision', path), issues: [{ path, message: detail }] } });
  try {
    if (typeof input !== 'object') return bad('decision', 'must be the result of evaluateAccount().');
    const d = input as Record<string, unknown>;
    const warnings = hasOwn(d, 'warnings') ? hostArray(d.warnings) : [];
    const recommended = hasOwn(d, 'recommended') ? d.recommended : null;
    if (!warnings) return bad('decision.warnings', 'must be an array.');
    const out: BadgeDecision['warnings'] = [];
    for (let i = 0; i < warnings.length; i++) {
      const w = warnings[i] as Record<string, unknown> | null;
      const read = (key: string) => (w && typeof w === 'object' && hasOwn(w, key) ? w[key] : undefined);
      const [id, rule, value, threshold] = [read('id'), read('rule'), read('value'), read('threshold')];
      if (typeof id !== 'string' || !WARNINGS.has(id) || typeof rule !== 'string' || typeof value !== 'number' || typeof threshold !== 'number') {
        return bad(`decision.warnings[${i}]`, `must be a warning from evaluateAccount() (${WARNING_IDS.join(', ')}).`);
      }
      out.push({ id: id as WarningId, rule, value, threshold });
    }
    if (recommended !== null && (typeof recommended !== 'string' || !ACTIONS.has(recommended))) {
      return bad('decision.recommended', `must be null or one of ${ACTION_IDS.join(', ')}.`);
    }
    return { warnings: out, recommended: recommended as ActionId | null };
  } catch {
    return bad('decision', 'could not be read.');
  }
}

/** Rates as percentages and the NPS floor as a score, in the element's language. */
function figure(t: T, id: WarningId, x: number): string {
  return id === 'nps-drop' ? t.number(x) : t.number(x, { style: 'percent', maximumFractionDigits: 1 });
}

/** The explanation's warnings and recommended action. */
export function renderDecision(d: BadgeDecision | null, t: T): TemplateResult | typeof nothing {
  if (!d || (!d.warnings.length && !d.recommended)) return nothing;
  return html`${d.warnings.length
      ? html`<p class="heading">${term(t, 'health.earlyWarnings')}</p>
          <ul class="warnings">
            ${d.warnings.map((w) => html`<li>${term(t, `health.warning.${w.id}`, figure(t, w.id, w.value), figure(t, w.id, w.threshold), w.rule)}</li>`)}
          </ul>`
      : nothing}${d.recommended ? html`<p class="recommended">${term(t, 'health.recommended', term(t, `health.action.${d.recommended}`))}</p>` : nothing}`;
}

/** Spoken after the score in the badge's name, e.g. ", 2 early warnings". */
export function spokenWarnings(d: BadgeDecision | null, t: T): string {
  const n = d?.warnings.length ?? 0;
  return n === 0 ? '' : `, ${term(t, 'health.warningCount', n, t.number(n))}`;
}
