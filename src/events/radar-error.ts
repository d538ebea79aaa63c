import type { ErrorDetail } from './error-detail.js';

export type { ErrorDetail } from './error-detail.js';

/** Fired by `score-radar` when its axes, series or scale cannot be drawn honestly; the element shows the same issues inline. */
export class RadarErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('radar-error', { detail, bubbles: true, composed: true });
  }
}
