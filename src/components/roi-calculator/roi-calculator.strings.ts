/**
 * Every string `roi-calculator` shows or announces, in one table, so localization can swap the table per
 * language. Functions take the already-formatted figures.
 */
export const roiStrings = {
  heading: 'Advocacy program ROI',
  assumptions: 'Your assumptions',
  customers: 'Customers',
  arrPerCustomer: 'Average ARR per customer',
  baselineChurn: 'Churn without the program',
  programChurn: 'Churn with the program',
  expansionShare: 'Accounts that expand',
  expansionUplift: 'ARR uplift when an account expands',
  setupInvestment: 'Setup investment (year 0)',
  annualInvestment: (year: number) => `Investment, year ${year}`,
  percentUnit: '%',
  adoption: 'Adoption',
  scenarios: { low: 'Low', base: 'Base', high: 'High' },
  scenarioOption: (name: string, adoption: string) => `${name} (${adoption} adoption)`,
  table: 'Projection by year',
  year: 'Year',
  setupYear: 'Setup',
  investment: 'Investment',
  churnRevenue: 'Churn-reduction revenue',
  expansionRevenue: 'Expansion revenue',
  totalRevenue: 'Total incremental revenue',
  cumulativeRoi: 'Cumulative ROI',
  total: 'Total',
  notApplicable: '—',
  summary: (years: number, roi: string, breakeven: string) => `${years}-year ROI ${roi}; ${breakeven}.`,
  breakevenIn: (month: number) => `breakeven in month ${month}`,
  noBreakeven: (years: number) => `no breakeven within ${years} years`,
  chart: (summary: string) => `Chart of cumulative revenue against cumulative investment by year. ${summary} The table below has the figures.`,
  legendRevenue: 'Cumulative revenue',
  legendInvestment: 'Cumulative investment',
  showFormula: 'How this is calculated',
  formulaSource: 'Model and base case from seed 003’s three-year ROI projection; the churn and expansion revenue accumulate as kept and expanded accounts keep paying.',
  formula: [
    'Saved customers a year = customers × (churn without − churn with the program) × adoption',
    'Churn-reduction revenue in year y = y × saved customers a year × ARR per customer',
    'Expanded ARR a year = customers × accounts that expand × adoption × ARR per customer × uplift',
    'Expansion revenue in year y = y × expanded ARR a year',
    'Cumulative ROI = (cumulative revenue − cumulative investment) ÷ cumulative investment × 100',
    'Breakeven: setup is spent before month 1; each year’s investment and revenue accrue evenly over its months',
  ],
  errorTitle: 'The ROI cannot be calculated:',
  errorMessage: (n: number, first: string) => `The ROI calculator cannot show a projection: ${n === 1 ? first : `${n} problems with its assumptions.`}`,
  /** Issue texts by input, for the inline list and the event. */
  issue: (label: string, message: string) => `${label}: ${message}`,
} as const;

export type RoiStrings = typeof roiStrings;
