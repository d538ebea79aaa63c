import { html, nothing, type TemplateResult } from 'lit';
import { InputError } from '../../core/inputs.js';
import { evaluateAccount, type AccountSignals, type ActionId, type Decision, type DecisionThresholds, type WarningId } from '../../core/rules.js';
import type { ErrorDetail } from '../../events/error-detail.js';

/** What the badge shows for seed 003's decision rules; the strings here are every one it adds. */
export const ACTION_LABELS: Record<ActionId, string> = {
  'retention-advocacy': 'Start retention advocacy',
  'churn-review': 'Run a churn review',
  'sales-handoff': 'Hand off to Sales within 48 hours',
  'expansion-playbook': 'Start a prioritized expansion playbook',
};

const WARNING_LABELS: Record<WarningId, string> = {
  'usage-drop': 'Active usage dropped',
  'ticket-rise': 'Support tickets rose',
  'nps-drop': 'NPS fell',
  'billing-dispute': 'Billing disputed',
};

export interface BadgeDecision {
  warnings: Decision['warnings'];
  recommended: ActionId | null;
}

/**
 * Seed 003's rules for the badge's account: its own score as `health`, with the host's other signals. Only
 * when the host gives `account` (an empty object applies the health rule alone), so badges without it keep
 * firing `health-change` on band changes only.
 */
export function decide(account: unknown, rules: unknown, health: number | null): BadgeDecision | { error: ErrorDetail } | null {
  if (account === undefined || account === null) return null;
  try {
    if (typeof account !== 'object' || Array.isArray(account)) {
      return { error: { message: 'Invalid account signals: account must be an object.', issues: [{ path: 'account', message: 'must be an object.' }] } };
    }
    const signals: AccountSignals = { ...(account as AccountSignals), health };
    const d = evaluateAccount(signals, (rules ?? {}) as Partial<DecisionThresholds>);
    return { warnings: d.warnings, recommended: d.recommended };
  } catch (e) {
    const issues = e instanceof InputError ? e.issues.map((i) => ({ path: `account.${i.path}`, message: i.message })) : [{ path: 'account', message: String(e) }];
    return { error: { message: `Invalid account signals: ${issues.map((i) => `${i.path} ${i.message}`).join(' ')}`, issues } };
  }
}

/** The explanation's warnings and recommended action. */
export function renderDecision(d: BadgeDecision | null): TemplateResult | typeof nothing {
  if (!d || (!d.warnings.length && !d.recommended)) return nothing;
  return html`${d.warnings.length
      ? html`<p class="heading">Early warnings</p>
          <ul class="warnings">
            ${d.warnings.map((w) => html`<li>${WARNING_LABELS[w.id]}: ${w.rule}.</li>`)}
          </ul>`
      : nothing}${d.recommended ? html`<p class="recommended">Recommended: ${ACTION_LABELS[d.recommended]}.</p>` : nothing}`;
}

/** Spoken after the score in the badge's name, e.g. ", 2 early warnings". */
export function spokenWarnings(d: BadgeDecision | null): string {
  const n = d?.warnings.length ?? 0;
  return n === 0 ? '' : `, ${n} early warning${n === 1 ? '' : 's'}`;
}
