import type { ErrorDetail } from './error-detail.js';

export type { ErrorDetail } from './error-detail.js';

/** Fired by `roi-calculator` when its assumptions cannot be used (from attributes, properties or the form); the element shows the same issues inline. */
export class RoiErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('roi-error', { detail, bubbles: true, composed: true });
  }
}
