// Writes test/fixtures/warehouse-rows.ts: accounts scored by DuckDB with healthScoreSql, which the health-badge
// browser test feeds to `row` and compares with the badge's own scoring of the same signals. Browsers cannot run
// DuckDB, so the rows are recorded here; test/node/warehouse-sql.test.mjs checks they are still what DuckDB returns.
// Run after `npm run build`: node scripts/warehouse-fixture.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultHealthConfig } from '../dist/core/index.js';
import { healthScoreSql } from '../dist/sql/index.js';

export const fixturePath = fileURLToPath(new URL('../test/fixtures/warehouse-rows.ts', import.meta.url));

const logistic = {
  ...defaultHealthConfig,
  model: { kind: 'logistic', intercept: 0.4, coefficients: { dau_mau: -3.1, ticket_reopen_rate: 2.4, payment_overdue_days: 0.05, nps: -0.012 } },
};
const cases = [
  ['seed example, three signals missing', defaultHealthConfig, { dau_mau: 0.3, ticket_reopen_rate: 0.05, nps: 45, payment_overdue_days: 10 }],
  ['every signal, some past their ranges', defaultHealthConfig, { dau_mau: 1.4, seat_utilization: 0.92, ticket_reopen_rate: -0.1, csm_sentiment: 8, nps: 71, payment_overdue_days: 44, mrr_trend: 0.05 }],
  ['too few signals to score', defaultHealthConfig, { nps: 50, mrr_trend: -0.3 }],
  ['logistic churn model', logistic, { dau_mau: 0.55, seat_utilization: 0.4, ticket_reopen_rate: 0.12, nps: 12, payment_overdue_days: 20 }],
];

/** Each case with the row DuckDB returns for its signals. */
export async function fixtureCases() {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const out = [];
  for (const [name, config, signals] of cases) {
    const ids = config.signals.map((s) => s.id);
    const values = ids.map((id) => (signals[id] === undefined ? 'NULL' : `CAST(${signals[id]} AS DOUBLE)`));
    const sql = healthScoreSql(config, { dialect: 'duckdb', table: { sql: `(SELECT ${values.map((v, i) => `${v} AS "${ids[i]}"`).join(', ')})` } });
    const [row] = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    // The default config plus, for the churn case, its model: the test rebuilds the config from these.
    out.push({ name, model: config.model ?? null, signals, row: { ...row, health_missing: [...row.health_missing] } });
  }
  return out;
}

export function fixtureSource(data) {
  return `// Written by scripts/warehouse-fixture.mjs from DuckDB's output; checked by test/node/warehouse-sql.test.mjs.\nexport const warehouseRows = ${JSON.stringify(data, null, 2)} as const;\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(fixturePath, fixtureSource(await fixtureCases()));
  console.log(`wrote ${fixturePath}`);
}
