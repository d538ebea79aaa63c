import type { RoiProjection, RoiScenario } from '../core/roi.js';

export interface RoiChangeDetail {
  /** The adoption case shown: low 60 %, base 80 %, high 100 % (seed 003). */
  scenario: RoiScenario;
  /** The projection now shown, with every input it was computed from and its formula. */
  projection: RoiProjection;
}

/** Fired by `roi-calculator` when the user changes an assumption or the adoption case and the projection is recomputed. */
export class RoiChangeEvent extends CustomEvent<RoiChangeDetail> {
  constructor(detail: RoiChangeDetail) {
    super('roi-change', { detail, bubbles: true, composed: true });
  }
}
