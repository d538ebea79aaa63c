/** English strings of health-badge: the default, bundled with the element so it ships only its own words. */
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
  'health.signal': 'Signal',
  'health.value': 'Value',
  'health.points': 'Points',
  'health.contribution': 'Contribution',
  'health.tooFew': 'Too few signals are present to score this account.',
  'health.missing': (labels: string) => `Missing: ${labels}.`,
  'health.noneMissing': 'No signals are missing.',
  'health.earlyWarnings': 'Early warnings',
  'health.warningCount': (n: number, count: string) => `${count} early warning${n === 1 ? '' : 's'}`,
  // English shows the core's own sentence (`rule`); other languages word it from the figures.
  'health.warning.usage-drop': (_value: string, _threshold: string, rule: string) => sentence(rule),
  'health.warning.ticket-rise': (_value: string, _threshold: string, rule: string) => sentence(rule),
  'health.warning.nps-drop': (_value: string, _threshold: string, rule: string) => sentence(rule),
  'health.warning.billing-dispute': (_value: string, _threshold: string, rule: string) => sentence(rule),
  'health.recommended': (action: string) => `Recommended: ${action}.`,
  'health.action.retention-advocacy': 'Start retention advocacy',
  'health.action.churn-review': 'Run a churn review',
  'health.action.sales-handoff': 'Hand off to Sales within 48 hours',
  'health.action.expansion-playbook': 'Start a prioritized expansion playbook',
  'health.error.unreadable': 'The health signals or config could not be read (a property threw while being accessed).',
  'health.error.previous': (got: string) => `Previous score must be a number from 0 to 100, got ${got}.`,
  'health.error.score': (got: string) => `Health score must be a number from 0 to 100, got ${got}.`,
  'health.error.signalsObject': 'Health signals must be an object of signal id → number.',
  'health.error.unknownSignal': (id: string, known: string) => `Unknown signal "${id}"; expected one of ${known}.`,
  'health.error.signalNumber': (id: string, got: string) => `Signal "${id}" must be a finite number, got ${got}.`,
  'health.error.signals': (details: string) => `Invalid health signals: ${details}`,
  'health.error.row': (details: string) => `Invalid health row: ${details}`,
  'health.error.load': 'The health score breakdown could not be loaded.',
  'health.error.decision': (path: string) => `Invalid decision: ${path} must be the result of evaluateAccount().`,
};

/** The core's lower-case rule as a sentence. */
function sentence(rule: string): string {
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}

export default strings;
