import type { NpsCategory, PermissionTier } from '../core/index.js';

export interface NpsAdvocacyConsent {
  /** The permission tiers the promoter opted in to. */
  tiers: PermissionTier[];
  /** ISO 8601 time the consent was given. */
  consentedAt: string;
}

export interface NpsSubmitDetail {
  score: number;
  category: NpsCategory;
  comment: string;
  surveyId: string | null;
  respondentId: string | null;
  /** ISO 8601 time of submission. */
  submittedAt: string;
  /** Null unless a promoter opted in to at least one tier. */
  advocacy: NpsAdvocacyConsent | null;
}

/** Fired when the respondent submits; the element sends nothing anywhere, the host does. */
export class NpsSubmitEvent extends CustomEvent<NpsSubmitDetail> {
  constructor(detail: NpsSubmitDetail) {
    super('nps-submit', { detail, bubbles: true, composed: true });
  }
}
