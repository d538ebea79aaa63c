/**
 * Rounds half-up to one decimal. The tiny relative nudge absorbs binary noise (1.95 is stored as
 * 1.9499999…), so values that read as x.x5 round up as people expect; it avoids string conversion
 * because batch health scoring calls this once per row.
 */
export function round1(value: number): number {
  const y = value * 10;
  const r = Math.round(y + Math.abs(y) * 1e-12) / 10;
  return r === 0 ? 0 : r;
}
