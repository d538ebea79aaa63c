import type { NpsCategory } from '../core/index.js';

export interface NpsSelectDetail {
  score: number;
  category: NpsCategory;
}

/** Fired when the respondent chooses a score (by pointer or keyboard). */
export class NpsSelectEvent extends CustomEvent<NpsSelectDetail> {
  constructor(detail: NpsSelectDetail) {
    super('nps-select', { detail, bubbles: true, composed: true });
  }
}
