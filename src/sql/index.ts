export { healthScoreSql, sqlDialects, type HealthScoreSqlOptions, type SqlDialect } from './health-sql.js';
export { readHealthRow, type HealthRow, type HealthRowIssue, type ReadHealthRowResult } from '../core/health-row.js';
