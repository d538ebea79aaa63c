import type { ActionId, WarningId } from '../core/rules.js';

/** A badge's band; 'unknown' when there is too little data to score. */
export type HealthBadgeBand = 'green' | 'amber' | 'red' | 'unknown';

export interface HealthChangeDetail {
  band: HealthBadgeBand;
  previousBand: HealthBadgeBand;
  score: number | null;
  /** Seed 003's early warnings that hold (from the badge's `decision`; else empty). */
  warnings: WarningId[];
  /** The most urgent decision-rule action, or null (null without `decision`). */
  recommended: ActionId | null;
}

/** Fired when the badge's band, or with `decision` its warnings or recommended action, change after its first render. */
export class HealthChangeEvent extends CustomEvent<HealthChangeDetail> {
  constructor(detail: HealthChangeDetail) {
    super('health-change', { detail, bubbles: true, composed: true });
  }
}
