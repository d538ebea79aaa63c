export {
  ModelError,
  parseModel,
  safeParseModel,
  modelJsonSchema,
  type AssessmentModel,
  type ModelScale,
  type ModelDimension,
  type DimensionLevel,
  type ModelBand,
  type ModelSegment,
  type ModelIssue,
  type SafeParseModelResult,
} from './models/schema.js';
export { builtInModels, getModel, type BuiltInModelId } from './models/index.js';
export { modelLimits, radarLimits } from './limits.js';
export { reservedIds } from './records.js';
export {
  scoreAssessment,
  benchmarkStatus,
  findBand,
  type AssessmentResult,
  type AssessmentAnswers,
  type ScoreAssessmentOptions,
  type DimensionResult,
  type LevelSummary,
  type BandSummary,
  type BenchmarkResult,
  type BenchmarkStatus,
  type BenchmarkThresholds,
} from './assessment.js';
export {
  defaultHealthConfig,
  scoreHealth,
  scoreHealthBatch,
  healthBand,
  normalizeSignal,
  normalCdf,
  erf,
  validateHealthConfig,
  type HealthConfig,
  type HealthSignal,
  type HealthSignals,
  type HealthNormalizer,
  type HealthCategory,
  type HealthBands,
  type HealthBand,
  type HealthResult,
  type HealthContribution,
  type LogisticHealthModel,
} from './health.js';
export { npsCategory, summarizeNps, isNpsScore, type NpsCategory, type NpsSummary } from './nps.js';
export {
  permissionTiers,
  shouldAsk,
  parseAskHistory,
  MAX_ASKS_PER_QUARTER,
  DECLINE_QUIET_MONTHS,
  type PermissionTier,
  type PermissionTierInfo,
  type TierVisibility,
  type AskRecord,
  type AskOutcome,
  type AskDecision,
} from './advocacy.js';
export { round1 } from './round.js';
