// `npm run bench:warehouse`: scoring 1M and 10M accounts with defaultHealthConfig three ways — scoreHealthBatch in
// Node, healthScoreSql's SQL on embedded DuckDB, and on a throwaway PostgreSQL server — and prints one table.
// Each engine generates its own accounts (12 % of values missing, the rest uniform over each signal's usual range),
// so only the scoring is timed: in Node the call, in the engines `CREATE TABLE … AS <the SELECT>`, which writes every
// output column (score, band, missing list, points and contributions), where scoreHealthBatch returns scores only.
// Adds the run to bench/warehouse-results.json, which keeps every run and the best figure of each (the machine is
// shared, so the best is the least disturbed). Needs `npm run build` first (it imports dist/). SIZES=1000000 narrows it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultHealthConfig, scoreHealthBatch } from '../dist/core/index.js';
import { healthScoreSql } from '../dist/sql/index.js';
import { random, startPostgres } from '../scripts/warehouse.mjs';

const sizes = (process.env.SIZES ?? '1000000,10000000').split(',').map(Number);
const signals = defaultHealthConfig.signals;
/** Each signal's usual range: [low, high]. */
const ranges = { dau_mau: [0, 1], seat_utilization: [0, 1], ticket_reopen_rate: [0, 0.6], csm_sentiment: [1, 10], nps: [-60, 100], payment_overdue_days: [0, 90], mrr_trend: [-0.2, 0.2] };
const MISSING = 0.12;
const seconds = (ms) => Math.round(ms / 10) / 100;

function nodeBatch(n) {
  const r = random(7);
  const columns = {};
  for (const s of signals) {
    const [lo, hi] = ranges[s.id];
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = r() < MISSING ? NaN : lo + (hi - lo) * r();
    columns[s.id] = col;
  }
  const t = performance.now();
  const scores = scoreHealthBatch(columns);
  const ms = performance.now() - t;
  if (scores.length !== n) throw new Error('scoreHealthBatch returned the wrong number of rows');
  return ms;
}

/** A SELECT generating `n` accounts in SQL: `series` is the engine's row source with a column i. */
const generate = (series, rand) =>
  `SELECT i AS id, ${signals
    .map((s) => {
      const [lo, hi] = ranges[s.id];
      return `CASE WHEN ${rand} < ${MISSING} THEN NULL ELSE ${lo} + ${hi - lo} * ${rand} END AS ${s.id}`;
    })
    .join(', ')} FROM ${series}`;

async function duckdb(n) {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`CREATE TABLE accounts AS ${generate(`range(${n}) AS t(i)`, 'random()')}`);
  const sql = healthScoreSql(defaultHealthConfig, { dialect: 'duckdb', table: 'accounts', keep: ['id'] });
  const t = performance.now();
  await connection.run(`CREATE TABLE scored AS ${sql}`);
  const ms = performance.now() - t;
  const count = (await connection.runAndReadAll('SELECT count(*) AS n FROM scored')).getRowObjectsJS()[0].n;
  if (Number(count) !== n) throw new Error(`DuckDB scored ${count} rows`);
  connection.closeSync();
  return ms;
}

function postgres(pg, n) {
  pg.query('DROP TABLE IF EXISTS accounts; DROP TABLE IF EXISTS scored');
  pg.query(`CREATE UNLOGGED TABLE accounts AS ${generate(`generate_series(1, ${n}) AS t(i)`, 'random()')}`);
  pg.query('VACUUM ANALYZE accounts');
  const sql = healthScoreSql(defaultHealthConfig, { dialect: 'postgres', table: 'accounts', keep: ['id'] });
  const t = performance.now();
  pg.query(`CREATE UNLOGGED TABLE scored AS ${sql}`);
  const ms = performance.now() - t;
  const count = pg.query('SELECT count(*) FROM scored').trim();
  if (Number(count) !== n) throw new Error(`PostgreSQL scored ${count} rows`);
  return ms;
}

const machine = { cpu: cpus()[0]?.model?.trim() ?? 'unknown', cores: cpus().length, node: process.version };
const results = { date: new Date().toISOString(), loadAverageAtStart: Math.round(loadavg()[0] * 10) / 10, seconds: [] };
const pg = await startPostgres();
try {
  machine.postgres = pg.query('SHOW server_version').trim();
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  machine.duckdb = (await duck.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0].v;
  duck.closeSync();
  for (const n of sizes) {
    const row = { accounts: n, scoreHealthBatch: seconds(nodeBatch(n)), duckdb: seconds(await duckdb(n)), postgres: seconds(postgres(pg, n)) };
    results.seconds.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  pg.stop();
}
console.log(`\nScoring defaultHealthConfig (${machine.cpu}, ${machine.cores} cores, load ${results.loadAverageAtStart} at start; DuckDB ${machine.duckdb}, PostgreSQL ${machine.postgres})`);
console.log('| Accounts | scoreHealthBatch (Node) | DuckDB (embedded) | PostgreSQL |\n| ---: | ---: | ---: | ---: |');
for (const r of results.seconds) console.log(`| ${r.accounts.toLocaleString('en-US')} | ${r.scoreHealthBatch} s | ${r.duckdb} s | ${r.postgres} s |`);
const file = new URL('./warehouse-results.json', import.meta.url);
const runs = [...(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).runs ?? [] : []), results];
const best = new Map();
for (const run of runs) {
  for (const row of run.seconds) {
    const b = best.get(row.accounts) ?? { ...row };
    for (const k of ['scoreHealthBatch', 'duckdb', 'postgres']) b[k] = Math.min(b[k], row[k]);
    best.set(row.accounts, b);
  }
}
writeFileSync(file, JSON.stringify({ machine, best: [...best.values()].sort((a, b) => a.accounts - b.accounts), runs }, null, 2) + '\n');
