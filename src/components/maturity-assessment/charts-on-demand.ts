// The result's radar and gauge are modules of their own (each also an element a page may show alone), fetched once a
// visitor starts answering or a result shows: a page where nobody has started pays for no chart. The one-file CDN
// build swaps this module for charts-static.ts (vite.config.ts), which holds them already.

export function loadCharts(): Promise<unknown> {
  return Promise.all([import('../score-radar/score-radar.js'), import('../benchmark-gauge/benchmark-gauge.js')]);
}
