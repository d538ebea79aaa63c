/** A badge's band; 'unknown' when there is too little data to score. */
export type HealthBadgeBand = 'green' | 'amber' | 'red' | 'unknown';

export interface HealthChangeDetail {
  band: HealthBadgeBand;
  previousBand: HealthBadgeBand;
  score: number | null;
}

/** Fired when the badge's band changes after its first render. */
export class HealthChangeEvent extends CustomEvent<HealthChangeDetail> {
  constructor(detail: HealthChangeDetail) {
    super('health-change', { detail, bubbles: true, composed: true });
  }
}
