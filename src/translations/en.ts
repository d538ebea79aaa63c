import chartProblems from './en/chart-problems.js';
import healthBadge from './en/health-badge.js';
import healthBadgeDetails from './en/health-badge-details.js';
import npsSurvey from './en/nps-survey.js';
import npsSurveyAdvocacy from './en/nps-survey-advocacy.js';
import scoreRadar from './en/score-radar.js';
import benchmarkGauge from './en/benchmark-gauge.js';
import roiCalculator from './en/roi-calculator.js';
import maturityAssessment from './en/maturity-assessment.js';
import type { ModelIssueCode } from '../core/models/schema.js';
import type { HealthConfigIssueCode } from '../core/health.js';
import type { HealthRowIssueCode } from '../core/health-row.js';

/**
 * English, whole: every string the kit writes, by key. Each element bundles only its own part (`./en/<tag>.js`)
 * as its fallback; this table is the reference a new language is written against (its type is `KitTranslation`).
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  ...chartProblems,
  ...maturityAssessment,
  ...healthBadge,
  ...healthBadgeDetails,
  ...npsSurvey,
  ...npsSurveyAdvocacy,
  ...scoreRadar,
  ...benchmarkGauge,
  ...roiCalculator,
};

export default en;

/** An issue's figures and ids, numbers already written in the element's language. */
export type IssueParams = Readonly<Record<string, string>>;

/**
 * The core's issues with a custom model, a health config or a warehouse row, by code (`ModelIssue.code`,
 * `HealthConfigError.code`, `HealthRowIssue.code`),
 * and the lead-in of a config issue. English has no table of them: it shows the core's own `message`, the one
 * source of that wording, so these keys are types only here and every other language must word each code.
 */
export type CoreIssueStrings = { [C in ModelIssueCode as `ma.issue.${C}`]: IssueWording } & {
  [C in HealthConfigIssueCode as `health.config.${C}`]: IssueWording;
} & { [C in HealthRowIssueCode as `health.row.${C}`]: IssueWording } & { 'health.configIssue': (detail: string) => string };

/** A fixed sentence, or one built from the issue's figures and ids. */
type IssueWording = string | ((p: IssueParams) => string);
