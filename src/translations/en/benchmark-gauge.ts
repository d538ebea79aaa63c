/** English strings of benchmark-gauge: the default, bundled with the element so it ships only its own words. */
const strings = {
  'gauge.benchmark': 'Benchmark',
  'gauge.status.alarm': 'alarm',
  'gauge.status.below': 'below',
  'gauge.status.on-track': 'on track',
  'gauge.status.good': 'good',
  'gauge.of': (max: string) => `of ${max}`,
  'gauge.valueOf': (value: string, max: string) => `${value} of ${max}`,
  'gauge.statusFor': (status: string, segment: string) => (segment ? `${status} for ${segment}` : status),
  'gauge.expectedGood': (expected: string, good: string) => `expected ${expected}, good ${good}`,
  'gauge.noScore': 'No score yet',
  'gauge.thresholds': (expected: string, good: string, alarm: string) => `Expected ${expected} · Good ${good} · Alarm ${alarm}`,
  'gauge.cannotShow': 'The benchmark gauge cannot be shown:',
  'gauge.problems': (n: string) => `${n} problems with its settings.`,
  'gauge.error.modelId': 'model must be a model id.',
  'gauge.error.segmentId': 'segment must be a segment id.',
  'gauge.error.segmentNeedsModel': (segment: string) => `Segment "${segment}" needs a model to look its thresholds up.`,
  'gauge.error.noSegment': (model: string, segment: string, known: string) =>
    `Model "${model}" has no segment "${segment}" (segments: ${known || 'none'}).`,
  'gauge.error.together': (missing: string[]) =>
    `alarm, expected and good go together; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
  'gauge.error.notNumber': (name: string) => `${name} is not a number.`,
  'gauge.error.outside': (name: string, value: string, min: string, max: string) => `${name} (${value}) is outside the scale ${min}–${max}.`,
  'gauge.error.rise': (alarm: string, expected: string, good: string) =>
    `Thresholds must rise: alarm (${alarm}) ≤ expected (${expected}) ≤ good (${good}).`,
};

export default strings;
