import type { AssessmentResult } from '../core/index.js';

export interface AssessmentCompleteDetail {
  result: AssessmentResult;
}

/**
 * Fired once per attempt when the visitor asks for their results. Cancelable: a host that calls
 * `preventDefault()` keeps the results hidden behind its `gate` slot until it calls `showResults()`.
 */
export class AssessmentCompleteEvent extends CustomEvent<AssessmentCompleteDetail> {
  constructor(detail: AssessmentCompleteDetail) {
    super('assessment-complete', { detail, bubbles: true, composed: true, cancelable: true });
  }
}
