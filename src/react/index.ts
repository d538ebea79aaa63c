// Generated from custom-elements.json by scripts/framework-types.mjs (`npm run analyze`); do not edit.
/**
 * React wrappers, made with `@lit/react`: `<HealthBadge score={72} onHealthChange={(e) => e.detail.band} />`.
 * Importing this module registers every element. React is an optional peer dependency of advocacy-kit.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { BenchmarkGauge as BenchmarkGaugeElement } from '../components/benchmark-gauge/benchmark-gauge.js';
import { HealthBadge as HealthBadgeElement } from '../components/health-badge/health-badge.js';
import { MaturityAssessment as MaturityAssessmentElement } from '../components/maturity-assessment/maturity-assessment.js';
import { NpsSurvey as NpsSurveyElement } from '../components/nps-survey/nps-survey.js';
import { RoiCalculator as RoiCalculatorElement } from '../components/roi-calculator/roi-calculator.js';
import { ScoreRadar as ScoreRadarElement } from '../components/score-radar/score-radar.js';
import type { AssessmentChangeEvent, AssessmentCompleteEvent, AssessmentErrorEvent, AssessmentResetEvent, GaugeErrorEvent, HealthChangeEvent, HealthErrorEvent, NpsDismissEvent, NpsErrorEvent, NpsSelectEvent, NpsSubmitEvent, RadarErrorEvent, RoiChangeEvent, RoiErrorEvent } from '../index.js';

/** React wrapper of `<benchmark-gauge>`: Gauge of a score against its peer benchmark (alarm / below / on track / good). */
export const BenchmarkGauge = createComponent({
  tagName: 'benchmark-gauge',
  elementClass: BenchmarkGaugeElement,
  react: React,
  events: {
    onGaugeError: 'gauge-error' as EventName<GaugeErrorEvent>,
  },
  displayName: 'BenchmarkGauge',
});

/** React wrapper of `<health-badge>`: Customer health score badge with band, trend and an explanation popover. */
export const HealthBadge = createComponent({
  tagName: 'health-badge',
  elementClass: HealthBadgeElement,
  react: React,
  events: {
    onHealthChange: 'health-change' as EventName<HealthChangeEvent>,
    onHealthError: 'health-error' as EventName<HealthErrorEvent>,
  },
  displayName: 'HealthBadge',
});

/** React wrapper of `<maturity-assessment>`: Step-by-step maturity assessment with a scored, benchmarked result. */
export const MaturityAssessment = createComponent({
  tagName: 'maturity-assessment',
  elementClass: MaturityAssessmentElement,
  react: React,
  events: {
    onAssessmentChange: 'assessment-change' as EventName<AssessmentChangeEvent>,
    onAssessmentComplete: 'assessment-complete' as EventName<AssessmentCompleteEvent>,
    onAssessmentReset: 'assessment-reset' as EventName<AssessmentResetEvent>,
    onAssessmentError: 'assessment-error' as EventName<AssessmentErrorEvent>,
  },
  displayName: 'MaturityAssessment',
});

/** React wrapper of `<nps-survey>`: Net Promoter Score survey with advocacy consent and form participation. */
export const NpsSurvey = createComponent({
  tagName: 'nps-survey',
  elementClass: NpsSurveyElement,
  react: React,
  events: {
    onNpsSelect: 'nps-select' as EventName<NpsSelectEvent>,
    onNpsSubmit: 'nps-submit' as EventName<NpsSubmitEvent>,
    onNpsDismiss: 'nps-dismiss' as EventName<NpsDismissEvent>,
    onNpsError: 'nps-error' as EventName<NpsErrorEvent>,
  },
  displayName: 'NpsSurvey',
});

/** React wrapper of `<roi-calculator>`: Three-year ROI projection of an advocacy program, from editable assumptions. */
export const RoiCalculator = createComponent({
  tagName: 'roi-calculator',
  elementClass: RoiCalculatorElement,
  react: React,
  events: {
    onRoiChange: 'roi-change' as EventName<RoiChangeEvent>,
    onRoiError: 'roi-error' as EventName<RoiErrorEvent>,
  },
  displayName: 'RoiCalculator',
});

/** React wrapper of `<score-radar>`: Radar chart of scores per dimension, with overlays such as an expected level or a previous attempt. */
export const ScoreRadar = createComponent({
  tagName: 'score-radar',
  elementClass: ScoreRadarElement,
  react: React,
  events: {
    onRadarError: 'radar-error' as EventName<RadarErrorEvent>,
  },
  displayName: 'ScoreRadar',
});
