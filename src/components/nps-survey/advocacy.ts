import { html, type TemplateResult } from 'lit';
import { parseAskHistory, permissionTiers, shouldAsk, type AskRecord, type PermissionTier } from '../../core/advocacy.js';
import { hostArray } from '../../core/records.js';
import type { Localize } from '../../internal/localize.js';
import { wordsOf } from '../../internal/module-words.js';
import words from '../../translations/en/nps-survey-advocacy.js';

// What a survey needs only with `advocacy`: the ask rules, the permission tiers and their words. A survey without
// it never loads this module (advocacy-on-demand.ts).

const term = wordsOf(words);

/** The asks kept in localStorage, read defensively: junk entries are dropped. */
export function storedAsks(stored: unknown): AskRecord[] {
  return parseAskHistory(stored);
}

/** Whether a promoter may be invited now, given the host's asks (e.g. from its CRM) and those kept locally. */
export function mayAsk(hostAsks: unknown, stored: unknown, now: number): boolean {
  let asks: AskRecord[];
  try {
    asks = parseAskHistory([...(hostArray(hostAsks) ?? []), ...storedAsks(stored)]);
  } catch {
    // A host array that throws when read counts as no host history.
    asks = storedAsks(stored);
  }
  return shouldAsk(asks, now).ask;
}

/** The chosen tiers in the seed's order. */
export function inOrder(chosen: ReadonlySet<string>): PermissionTier[] {
  return permissionTiers.map((t) => t.id).filter((t) => chosen.has(t));
}

export interface InviteState {
  chosen: ReadonlySet<string>;
  disabled: boolean;
  onTier: (e: Event) => void;
  onDecline: () => void;
}

/** The invitation: one checkbox per permission tier, in the seed's words, and "No thanks". */
export function renderInvite(t: Localize<object>, { chosen, disabled, onTier, onDecline }: InviteState): TemplateResult {
  return html`<fieldset class="advocacy" part="advocacy" ?disabled=${disabled}>
    <legend>${term(t, 'nps.invite')}</legend>
    <p class="consent">${term(t, 'nps.consent')}</p>
    ${permissionTiers.map(
      (tier) =>
        html`<label class="tier"
          ><input type="checkbox" name="tier" value=${tier.id} .checked=${chosen.has(tier.id)} @change=${onTier} /><span
            >${term(t, `nps.tier.${tier.id}`)}</span
          ></label
        >`,
    )}
    <div class="actions">
      <button type="button" class="decline" part="decline" @click=${onDecline}>${term(t, 'nps.noThanks')}</button>
    </div>
  </fieldset>`;
}

/** Shown after "No thanks". */
export function declinedWords(t: Localize<object>): string {
  return term(t, 'nps.declined');
}

/** Shown after a submission with consent to at least one tier. */
export function thanksWords(t: Localize<object>): string {
  return term(t, 'nps.thanksAdvocacy');
}
