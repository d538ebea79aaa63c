/**
 * English strings of health-badge: the default, bundled with the element so it ships only its own words. The words
 * of its breakdown, warnings and input checks are in ./health-badge-details.ts, loaded with them.
 */
const strings = {
  'health.band.green': 'Healthy',
  'health.band.amber': 'At risk',
  'health.band.red': 'Critical',
  'health.band.unknown': 'No data',
  'health.advice.green': 'Low churn risk: nurture with upsell opportunities.',
  'health.advice.amber': 'Medium risk: schedule a CSM check-in, offer training.',
  'health.advice.red': 'High risk: escalate to the executive sponsor.',
  'health.advice.unknown': 'Not enough data to judge churn risk.',
  'health.invalid': 'Invalid',
  'health.name': (account: string) => (account ? `${account} health` : 'Health'),
  'health.up': (delta: string, from: string) => `up ${delta} from ${from}`,
  'health.down': (delta: string, from: string) => `down ${delta} from ${from}`,
  'health.unchanged': (from: string) => `unchanged from ${from}`,
  'health.outOf100': (score: string) => `${score} / 100`,
  'health.noInput': 'No score or signals were given for this account.',
  'health.direct': 'The score was given directly, so there is no signal breakdown.',
  'health.error.unreadable': 'The health signals or config could not be read (a property threw while being accessed).',
  'health.error.previous': (got: string) => `Previous score must be a number from 0 to 100, got ${got}.`,
  'health.error.score': (got: string) => `Health score must be a number from 0 to 100, got ${got}.`,
  'health.error.load': 'The health score breakdown could not be loaded.',
};

export default strings;
