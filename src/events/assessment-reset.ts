export interface AssessmentResetDetail {
  modelId: string;
}

/** Fired by `<maturity-assessment>` when the visitor (or `reset()`) starts the assessment over. */
export class AssessmentResetEvent extends CustomEvent<AssessmentResetDetail> {
  constructor(detail: AssessmentResetDetail) {
    super('assessment-reset', { detail, bubbles: true, composed: true });
  }
}
