import type { ErrorDetail } from './error-detail.js';

export type { ErrorDetail } from './error-detail.js';

/** Fired by `benchmark-gauge` when its scale, thresholds, model/segment or value are inconsistent; the element shows the same issues inline. */
export class GaugeErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('gauge-error', { detail, bubbles: true, composed: true });
  }
}
