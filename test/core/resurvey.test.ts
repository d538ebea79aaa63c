import { expect } from '@open-wc/testing';
import { RESURVEY_QUIET_DAYS, surveyThrottle } from '../../src/core/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

describe('surveyThrottle', () => {
  it('keeps the survey away for 90 days after the last answer or dismissal', () => {
    expect(RESURVEY_QUIET_DAYS).to.equal(90);
    expect(surveyThrottle(T0, T0 + 90 * DAY - 1)).to.deep.equal({ show: false, nextAt: T0 + 90 * DAY });
    expect(surveyThrottle(T0, T0 + 90 * DAY)).to.deep.equal({ show: true, nextAt: null });
  });

  it('shows it to a respondent never surveyed, or with an unusable date', () => {
    for (const last of [null, undefined, Number.NaN, Infinity]) expect(surveyThrottle(last, T0).show).to.equal(true);
  });

  it('takes a configurable period; 0 turns it off; a bad one falls back to 90', () => {
    expect(surveyThrottle(T0, T0 + 8 * DAY, 7).show).to.equal(true);
    expect(surveyThrottle(T0, T0, 0).show).to.equal(true);
    expect(surveyThrottle(T0, T0 + 30 * DAY, -1).nextAt).to.equal(T0 + 90 * DAY);
    expect(surveyThrottle(T0, T0 + 30 * DAY, Number.NaN).show).to.equal(false);
  });
});
