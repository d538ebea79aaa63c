import { scaleThreshold } from 'd3-scale';

// Apart from assessment.ts so that a gauge loads the status rule, not assessment scoring.

export type BenchmarkStatus = 'alarm' | 'below' | 'on-track' | 'good';

export interface BenchmarkThresholds {
  alarm: number;
  expected: number;
  good: number;
}

const STATUSES: BenchmarkStatus[] = ['alarm', 'below', 'on-track', 'good'];

const bits = new Float64Array(1);
const bitsAsInt = new BigInt64Array(bits.buffer);

/** The least double above a finite `x`: `y >= above(x)` is exactly `y > x`. */
function above(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  bits[0] = x;
  bitsAsInt[0] += x > 0 ? 1n : -1n;
  return bits[0];
}

/**
 * The one rule for benchmark status, shared by the assessment and the gauge element.
 * Alarm at or below `alarm`, below under `expected`, on track under `good`, else good, for rising thresholds (the
 * gauge and parseModel check them). A threshold scale puts each boundary in the status above it, so alarm's
 * boundary is the next double above `alarm`, which keeps `alarm` itself alarm.
 */
export function benchmarkStatus(value: number, thresholds: BenchmarkThresholds): BenchmarkStatus {
  const alarm = above(thresholds.alarm);
  // With expected (or good) equal to alarm, nothing above alarm is below expected: those boundaries move up with it.
  return scaleThreshold<number, BenchmarkStatus>()
    .domain([alarm, Math.max(alarm, thresholds.expected), Math.max(alarm, thresholds.good)])
    .range(STATUSES)
    .unknown<BenchmarkStatus>('good')(value);
}
