import type { ErrorDetail } from './error-detail.js';

export type AssessmentErrorDetail = ErrorDetail;

/** Fired by `<maturity-assessment>` when its model or segment is invalid; the element shows the issues inline. */
export class AssessmentErrorEvent extends CustomEvent<AssessmentErrorDetail> {
  constructor(detail: AssessmentErrorDetail) {
    super('assessment-error', { detail, bubbles: true, composed: true });
  }
}
