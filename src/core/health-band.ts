import { scaleThreshold, type ScaleThreshold } from 'd3-scale';

// Apart from health.ts so that a badge given only a score loads the bands, not the scoring.

export interface HealthBands {
  /** Lowest green score. */
  green: number;
  /** Lowest amber score; below it is red. */
  amber: number;
}

export type HealthBand = 'green' | 'amber' | 'red';

export const DEFAULT_BANDS: HealthBands = Object.freeze({ green: 80, amber: 50 });

/** green / amber / red for a 0–100 score (80–100 / 50–79.x / below 50 by default). */
export function healthBand(score: number, config?: { bands?: HealthBands }): HealthBand {
  if (typeof score !== 'number' || !(score >= 0 && score <= 100)) {
    throw new Error(`Health score must be a number from 0 to 100, got ${String(score)}.`);
  }
  const bands = config?.bands ?? DEFAULT_BANDS;
  return bandOf(score, bands);
}

// One threshold scale per bands object (the defaults, or a compiled config's), so a batch builds it once.
const bandScales = new WeakMap<HealthBands, ScaleThreshold<number, HealthBand>>();

/** Red below `amber`, amber from `amber`, green from `green` (each threshold belongs to the band above it). */
export function bandOf(score: number, bands: HealthBands): HealthBand {
  let scale = bandScales.get(bands);
  if (!scale) {
    scale = scaleThreshold<number, HealthBand>().domain([bands.amber, bands.green]).range(['red', 'amber', 'green']);
    bandScales.set(bands, scale);
  }
  return scale(score);
}
