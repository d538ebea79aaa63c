import '../score-radar/score-radar.js';
import '../benchmark-gauge/benchmark-gauge.js';

// charts-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the radar and the gauge already.

export function loadCharts(): Promise<unknown> {
  return Promise.resolve();
}
