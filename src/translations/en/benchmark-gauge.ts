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
};

export default strings;
