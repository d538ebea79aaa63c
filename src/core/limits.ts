/**
 * The largest model `parseModel` accepts. The bounds keep every view of an accepted model quick to render
 * (a step, the review and the result each under 100 ms, tested at these limits) and huge input cheap to
 * reject; the built-in models use a fraction of them (11 dimensions, 4–5 levels, 6 evidence lines, 352 characters).
 */
export const modelLimits = Object.freeze({
  /** Characters in an id or version. */
  id: 64,
  /** Characters in a title or label. */
  label: 150,
  /** Characters in a description, evidence line, red flag, interpretation or next step. */
  text: 500,
  dimensions: 24,
  /** Points on the scale, and so levels per dimension. */
  scalePoints: 11,
  /** Evidence lines per level, red flags per dimension. */
  listItems: 8,
  bands: 20,
  segments: 12,
});

/** The largest chart `<score-radar>` draws; past these it shows its error state. Any model's dimensions fit. */
export const radarLimits = Object.freeze({
  axes: modelLimits.dimensions,
  series: 6,
});
