/**
 * A linear map from `domain` to `range`, as d3-scale's `scaleLinear` computes it for numbers, optionally clamped
 * to the range. The charts need nothing more, and `scaleLinear` brings d3-interpolate, d3-color and d3-format
 * along: 8.8 KB gzip bundled by Vite (10.8 KB by esbuild), where `scaleThreshold` costs 0.6 KB, on pages whose
 * budgets are 13–15 KB (README, dependency notes).
 */
export function linear(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  clamp = false,
): (value: number) => number {
  return (value) => {
    // A one-point domain maps to the middle of the range, as in d3.
    let t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    if (clamp) t = Math.min(1, Math.max(0, t));
    return r0 + t * (r1 - r0);
  };
}
