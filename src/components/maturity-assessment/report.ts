// What the result page's Print and Download buttons need: loaded when the result first shows (report-on-demand.ts),
// so a page with an assessment does not fetch it before anyone has finished one.
export { resultToCSV, resultToJSON } from './export.js';
export { printOnly } from './print.js';
