import type { ErrorDetail } from './error-detail.js';

/** Fired when the badge's score, previous score, signals or config cannot be used. */
export class HealthErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('health-error', { detail, bubbles: true, composed: true });
  }
}
