import type { ActionId, WarningId } from '../core/rules.js';

/** A badge's band; 'unknown' when there is too little data to score. */
export type HealthBadgeBand = 'green' | 'amber' | 'red' | 'unknown';

export interface HealthChangeDetail {
  band: HealthBadgeBand;
  previousBand: HealthBadgeBand;
  score: number | null;
  /** Seed 003's early warnings that hold (only when the badge has `account`; else empty). */
  warnings: WarningId[];
  /** The most urgent decision-rule action, or null (always null without `account`). */
  recommended: ActionId | null;
}

/** Fired when the badge's band, or with `account` its warnings or recommended action, change after its first render. */
export class HealthChangeEvent extends CustomEvent<HealthChangeDetail> {
  constructor(detail: HealthChangeDetail) {
    super('health-change', { detail, bubbles: true, composed: true });
  }
}
