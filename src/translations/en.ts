import shared from './en/shared.js';
import healthBadge from './en/health-badge.js';
import npsSurvey from './en/nps-survey.js';
import scoreRadar from './en/score-radar.js';
import benchmarkGauge from './en/benchmark-gauge.js';
import roiCalculator from './en/roi-calculator.js';
import maturityAssessment from './en/maturity-assessment.js';

/**
 * English, whole: every string the kit writes, by key. Each element bundles only its own part (`./en/<tag>.js`)
 * as its fallback; this table is the reference a new language is written against (its type is `KitTranslation`).
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  ...shared,
  ...maturityAssessment,
  ...healthBadge,
  ...npsSurvey,
  ...scoreRadar,
  ...benchmarkGauge,
  ...roiCalculator,
};

export default en;
