/**
 * The NPS resurvey throttle: once a respondent has answered or dismissed the survey, it stays away for a
 * number of days. 90 is ours (issue 16), not a seed's: long enough not to nag, short enough for a quarterly pulse.
 */
export const RESURVEY_QUIET_DAYS = 90;

const DAY = 86_400_000;
const isFiniteNumber = Number.isFinite;

export interface SurveyThrottle {
  show: boolean;
  /** When the survey may show again (epoch ms); null when it may show now. */
  nextAt: number | null;
}

/**
 * Whether to show the survey at `now` (epoch ms), given when this respondent last answered or dismissed it
 * (null or an unusable value: never). `quietDays` of 0 turns the throttle off; a negative or non-finite one
 * falls back to 90.
 */
export function surveyThrottle(lastSurveyedAt: number | null | undefined, now: number, quietDays: number = RESURVEY_QUIET_DAYS): SurveyThrottle {
  const days = typeof quietDays === 'number' && isFiniteNumber(quietDays) && quietDays >= 0 ? quietDays : RESURVEY_QUIET_DAYS;
  if (typeof lastSurveyedAt !== 'number' || !isFiniteNumber(lastSurveyedAt) || !isFiniteNumber(now)) return { show: true, nextAt: null };
  const nextAt = lastSurveyedAt + days * DAY;
  return now < nextAt ? { show: false, nextAt } : { show: true, nextAt: null };
}
