import type { ErrorDetail } from './error-detail.js';

/** Fired when an attribute of the survey (e.g. `value`) cannot be used. */
export class NpsErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('nps-error', { detail, bubbles: true, composed: true });
  }
}
