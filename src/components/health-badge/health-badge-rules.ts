import { html, nothing, type TemplateResult } from 'lit';
import type { ActionId, Decision, WarningId } from '../../core/rules.js';
import type { ErrorDetail } from '../../events/error-detail.js';

/** What the badge shows for seed 003's decision rules; the strings here are every one it adds. */
export const ACTION_LABELS: Record<ActionId, string> = {
  'retention-advocacy': 'Start retention advocacy',
  'churn-review': 'Run a churn review',
  'sales-handoff': 'Hand off to Sales within 48 hours',
  'expansion-playbook': 'Start a prioritized expansion playbook',
};

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
export function readDecision(input: unknown): BadgeDecision | { error: ErrorDetail } | null {
  if (input === undefined || input === null) return null;
  const bad = (path: string, message: string) => ({ error: { message: `Invalid decision: ${path} ${message}`, issues: [{ path, message }] } });
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
    if (recommended !== null && (typeof recommended !== 'string' || !hasOwn(ACTION_LABELS, recommended))) {
      return bad('decision.recommended', `must be null or one of ${Object.keys(ACTION_LABELS).join(', ')}.`);
    }
    return { warnings: out, recommended: recommended as ActionId | null };
  } catch {
    return bad('decision', 'could not be read.');
  }
}

/** The explanation's warnings and recommended action. */
export function renderDecision(d: BadgeDecision | null): TemplateResult | typeof nothing {
  if (!d || (!d.warnings.length && !d.recommended)) return nothing;
  return html`${d.warnings.length
      ? html`<p class="heading">Early warnings</p>
          <ul class="warnings">
            ${d.warnings.map((w) => html`<li>${w.rule.charAt(0).toUpperCase()}${w.rule.slice(1)}.</li>`)}
          </ul>`
      : nothing}${d.recommended ? html`<p class="recommended">Recommended: ${ACTION_LABELS[d.recommended]}.</p>` : nothing}`;
}

/** Spoken after the score in the badge's name, e.g. ", 2 early warnings". */
export function spokenWarnings(d: BadgeDecision | null): string {
  const n = d?.warnings.length ?? 0;
  return n === 0 ? '' : `, ${n} early warning${n === 1 ? '' : 's'}`;
}
