export interface NpsDismissDetail {
  /** The score chosen before dismissing, or null. */
  score: number | null;
}

/** Fired when the respondent closes the survey with its dismiss button. */
export class NpsDismissEvent extends CustomEvent<NpsDismissDetail> {
  constructor(detail: NpsDismissDetail) {
    super('nps-dismiss', { detail, bubbles: true, composed: true });
  }
}
