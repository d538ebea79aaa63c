/** English strings of health-badge's details (health-badge-details.ts), loaded with them: breakdown, rules, checks. */
const strings = {
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
  'health.error.signalsObject': 'Health signals must be an object of signal id → number.',
  'health.error.unknownSignal': (id: string, known: string) => `Unknown signal "${id}"; expected one of ${known}.`,
  'health.error.signalNumber': (id: string, got: string) => `Signal "${id}" must be a finite number, got ${got}.`,
  'health.error.signals': (details: string) => `Invalid health signals: ${details}`,
  'health.error.row': (details: string) => `Invalid health row: ${details}`,
  'health.error.decision': (path: string) => `Invalid decision: ${path} must be the result of evaluateAccount().`,
};

/** The core's lower-case rule as a sentence. */
function sentence(rule: string): string {
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}

export default strings;
