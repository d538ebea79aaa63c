import { html, nothing, type TemplateResult } from 'lit';
import type { ActionId, Decision, WarningId } from '../../core/rules.js';
import type { ErrorDetail } from '../../events/error-detail.js';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/health-badge.js';

/** The actions the badge has words for (`health.action.<id>` in the translations). */
const ACTION_IDS: readonly string[] = ['retention-advocacy', 'churn-review', 'sales-handoff', 'expansion-playbook'];
// A Set, not Array.prototype.includes, which a host page may have replaced.
const ACTIONS: ReadonlySet<string> = new Set(ACTION_IDS);

/** The warnings the badge knows; each is shown as its rule with the figures, e.g. "Active usage fell 40 % (…)". */
const WARNING_IDS: readonly string[] = ['usage-drop', 'ticket-rise', 'nps-drop', 'billing-dispute'];

// Taken when the module loads: a host that later replaces it cannot make junk look valid.
const hasOwn = Object.hasOwn;

/** The part of `evaluateAccount`'s result the badge shows. */
export type BadgeDecision = Pick<Decision, 'warnings' | 'recommended'>;

/**
 * Checks a host-given decision (from `evaluateAccount`) without importing the rules, so a page of a thousand
 * badges does not ship them twice; every id must be one the badge has words for.
 */
export function readDecision(input: unknown, t: Localize<typeof en>): BadgeDecision | { error: ErrorDetail } | null {
  if (input === undefined || input === null) return null;
  // The detail names what was expected, for the developer; the message is the sentence shown.
  const bad = (path: string, detail: string) => ({ error: { message: t.term('health.error.decision', path), issues: [{ path, message: detail }] } });
  try {
    if (typeof input !== 'object') return bad('decision', 'must be the result of evaluateAccount().');
    const d = input as Record<string, unknown>;
    const warnings = hasOwn(d, 'warnings') ? d.warnings : [];
    const recommended = hasOwn(d, 'recommended') ? d.recommended : null;
    if (!Array.isArray(warnings)) return bad('decision.warnings', 'must be an array.');
    const out: BadgeDecision['warnings'] = [];
    for (let i = 0; i < warnings.length; i++) {
      const w = warnings[i] as Record<string, unknown> | null;
      const id = w && typeof w === 'object' && hasOwn(w, 'id') ? w.id : undefined;
      const rule = w && typeof w === 'object' && hasOwn(w, 'rule') ? w.rule : undefined;
      if (typeof id !== 'string' || !WARNING_IDS.includes(id) || typeof rule !== 'string') {
        return bad(`decision.warnings[${i}]`, `must be a warning from evaluateAccount() (${WARNING_IDS.join(', ')}).`);
      }
      out.push({ id: id as WarningId, rule, value: Number(w!.value), threshold: Number(w!.threshold) });
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
function figure(t: Localize<typeof en>, id: WarningId, x: number): string {
  return id === 'nps-drop' ? t.number(x) : t.number(x, { style: 'percent', maximumFractionDigits: 1 });
}

/** The explanation's warnings and recommended action. */
export function renderDecision(d: BadgeDecision | null, t: Localize<typeof en>): TemplateResult | typeof nothing {
  if (!d || (!d.warnings.length && !d.recommended)) return nothing;
  return html`${d.warnings.length
      ? html`<p class="heading">${t.term('health.earlyWarnings')}</p>
          <ul class="warnings">
            ${d.warnings.map((w) => html`<li>${t.term(`health.warning.${w.id}`, figure(t, w.id, w.value), figure(t, w.id, w.threshold), w.rule)}</li>`)}
          </ul>`
      : nothing}${d.recommended ? html`<p class="recommended">${t.term('health.recommended', t.term(`health.action.${d.recommended}`))}</p>` : nothing}`;
}

/** Spoken after the score in the badge's name, e.g. ", 2 early warnings". */
export function spokenWarnings(d: BadgeDecision | null, t: Localize<typeof en>): string {
  const n = d?.warnings.length ?? 0;
  return n === 0 ? '' : `, ${t.term('health.warningCount', n, t.number(n))}`;
}
