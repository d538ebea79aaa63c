export interface AssessmentChangeDetail {
  /** Every answer given so far, dimension id → score. */
  answers: Record<string, number>;
  answered: number;
  total: number;
  /** answered / total, 0..1. */
  progress: number;
  /** The dimension that was just answered. */
  dimensionId: string;
  score: number;
}

/** Fired by `<maturity-assessment>` each time the visitor picks a level for a dimension. */
export class AssessmentChangeEvent extends CustomEvent<AssessmentChangeDetail> {
  constructor(detail: AssessmentChangeDetail) {
    super('assessment-change', { detail, bubbles: true, composed: true });
  }
}
