/**
 * advocacy-kit: registers all six elements and re-exports their classes, event types and the scoring core.
 * Import `advocacy-kit/core` instead for headless scoring, or `advocacy-kit/<tag>` for one element.
 */
import { getModelFacts } from './core/models/facts.js';
import { provideFacts } from './internal/model-facts.js';
import { provideProblemWords } from './internal/error-box.js';
import problemWords from './translations/en/chart-problems.js';

export * from './core/index.js';

export { MaturityAssessment } from './components/maturity-assessment/maturity-assessment.js';
export { ScoreRadar, type RadarAxis, type RadarSeries } from './components/score-radar/score-radar.js';
export { BenchmarkGauge } from './components/benchmark-gauge/benchmark-gauge.js';
export { HealthBadge, type HealthBadgeSize } from './components/health-badge/health-badge.js';
export { NpsSurvey } from './components/nps-survey/nps-survey.js';
export { RoiCalculator } from './components/roi-calculator/roi-calculator.js';
export { registerTranslation, type KitTranslation, type PartialTranslation, type TranslationKey } from './translations/index.js';

export type { ErrorDetail } from './events/error-detail.js';
export * from './events/assessment-change.js';
export * from './events/assessment-complete.js';
export * from './events/assessment-reset.js';
export * from './events/assessment-error.js';
export * from './events/radar-error.js';
export * from './events/gauge-error.js';
export * from './events/health-change.js';
export * from './events/health-error.js';
export * from './events/nps-select.js';
export * from './events/nps-submit.js';
export * from './events/nps-dismiss.js';
export * from './events/nps-error.js';
export * from './events/roi-change.js';
export * from './events/roi-error.js';

// The core's models are here already (core/index.js): the gauge and the radar need fetch none of their numbers. Nor
// the words of their problems, so a server, which cannot wait for a module, renders those too.
provideFacts(getModelFacts);
provideProblemWords(problemWords);
