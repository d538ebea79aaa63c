// `advocacy-kit/sql` on real engines: the SQL that healthScoreSql writes is executed on embedded DuckDB and on a
// PostgreSQL server started here, over 100,000 generated accounts, and compared row by row with scoreHealthBatch
// and scoreHealth. The Spark, BigQuery and Snowflake output is parsed by node-sql-parser (no engine runs here).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import sqlParser from 'node-sql-parser';
import { defaultHealthConfig, readHealthRow, scoreHealth, scoreHealthBatch } from '../../dist/core/index.js';
import { healthScoreSql, sqlDialects } from '../../dist/sql/index.js';
import { generateAccounts, startPostgres, toCsv } from '../../scripts/warehouse.mjs';

const N = 100_000;
const ids = defaultHealthConfig.signals.map((s) => s.id);
/** A churn model over four of the signals, with coefficients large enough to reach the logit clamps on edge values. */
const logisticConfig = {
  ...defaultHealthConfig,
  model: { kind: 'logistic', intercept: 0.4, coefficients: { dau_mau: -3.1, ticket_reopen_rate: 2.4, payment_overdue_days: 0.05, nps: -0.012 } },
};
const configs = { 'weighted mean': defaultHealthConfig, logistic: logisticConfig };

const columns = generateAccounts(defaultHealthConfig, N);
const dir = mkdtempSync(join(tmpdir(), 'advocacy-kit-sql-'));
const csv = join(dir, 'accounts.csv');
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(csv, toCsv(columns, ids));

/** Compares the engine's rows (ordered by id) with the kit's own scoring of the same accounts. */
function compare(rows, config, engine) {
  assert.equal(rows.length, N, `${engine} returned every account`);
  const batch = scoreHealthBatch(columns, config);
  let unknown = 0;
  const bands = new Set();
  for (let i = 0; i < N; i++) {
    const row = rows[i];
    const signals = Object.fromEntries(ids.map((id) => [id, columns[id][i]]));
    // The message is built only for a failing row: 100,000 JSON.stringify calls would dominate the test.
    const check = (ok, what) => {
      if (!ok) assert.fail(`${engine}, account ${i} ${JSON.stringify(signals)}: ${what()}\nrow: ${JSON.stringify(row)}`);
    };
    check(Number(row.id) === i, () => 'out of order');
    const js = scoreHealth(signals, config);
    if (Number.isNaN(batch[i])) {
      check(row.health_score === null, () => `score ${row.health_score}, expected null`);
      unknown++;
    } else {
      check(typeof row.health_score === 'number' && Math.abs(row.health_score - batch[i]) <= 0.05, () => `score ${row.health_score} vs ${batch[i]}`);
    }
    check(row.health_band === js.band, () => `band ${row.health_band} vs ${js.band}`);
    bands.add(row.health_band);
    const missing = [...row.health_missing];
    check(missing.length === js.missing.length && missing.every((m, k) => m === js.missing[k]), () => `missing ${missing} vs ${js.missing}`);
    for (const c of js.contributions) {
      check(Math.abs(row[c.id] - c.raw) <= 1e-9 * Math.max(1, Math.abs(c.raw)), () => `${c.id} value`);
      check(Math.abs(row[`${c.id}_points`] - c.points) <= 1e-6, () => `${c.id}_points ${row[`${c.id}_points`]} vs ${c.points}`);
      check(Math.abs(row[`${c.id}_contribution`] - c.contribution) <= 1e-6, () => `${c.id}_contribution`);
    }
    for (const id of js.missing) check(row[`${id}_contribution`] === null, () => `${id}_contribution should be null`);
    // What <health-badge row> shows: the row read back as a HealthResult, without recomputing.
    if (i % 10 === 0) {
      const read = readHealthRow(row, config);
      check(read.success, () => `readHealthRow: ${JSON.stringify(read.issues)}`);
      const r = read.result;
      check(r.score === row.health_score && r.band === js.band && r.missing.join() === js.missing.join(), () => 'readHealthRow result');
      check(r.contributions.length === js.contributions.length && r.contributions.every((c, k) => c.id === js.contributions[k].id && c.label === js.contributions[k].label), () => 'readHealthRow contributions');
    }
  }
  // The data reach every outcome, so agreeing is not trivially true.
  assert.deepEqual([...bands].sort(), ['amber', 'green', 'red', 'unknown']);
  assert.ok(unknown > 1000 && unknown < N / 2, `${unknown} unknown scores`);
}

const csvColumns = `{${['id', ...ids].map((c) => `'${c}': 'DOUBLE'`).join(', ')}}`;

describe('DuckDB (@duckdb/node-api, embedded) computes what scoreHealthBatch computes', () => {
  let connection;
  before(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`CREATE TABLE accounts AS SELECT * FROM read_csv('${csv}', header = true, columns = ${csvColumns})`);
  });
  for (const [name, config] of Object.entries(configs)) {
    test(`${name}: ${N.toLocaleString('en')} accounts, row by row`, async () => {
      const sql = healthScoreSql(config, { dialect: 'duckdb', table: 'accounts', keep: ['id'] });
      const rows = (await connection.runAndReadAll(`${sql} ORDER BY "id"`)).getRowObjectsJS();
      compare(rows, config, 'DuckDB');
    });
  }
});

describe("PostgreSQL (Debian's server, started on a free port) computes what scoreHealthBatch computes", () => {
  let pg;
  before(async () => {
    pg = await startPostgres();
    pg.query(`CREATE TABLE accounts (${['id', ...ids].map((c) => `"${c}" double precision`).join(', ')})`);
    pg.query('COPY accounts FROM STDIN (FORMAT csv, HEADER true)', toCsv(columns, ids));
  });
  after(() => pg?.stop());
  for (const [name, config] of Object.entries(configs)) {
    test(`${name}: ${N.toLocaleString('en')} accounts, row by row`, () => {
      const sql = healthScoreSql(config, { dialect: 'postgres', table: 'accounts', keep: ['id'] });
      const out = pg.query(`SELECT row_to_json(h) FROM (${sql}) AS h ORDER BY h."id"`);
      compare(out.trim().split('\n').map((line) => JSON.parse(line)), config, 'PostgreSQL');
    });
  }
});

describe('Spark SQL, BigQuery and Snowflake output parses as one SELECT in that dialect', () => {
  const { Parser } = sqlParser;
  const parser = new Parser();
  const parsed = { spark: 'hive', bigquery: 'BigQuery', snowflake: 'Snowflake' };
  for (const [dialect, database] of Object.entries(parsed)) {
    for (const [name, config] of Object.entries(configs)) {
      test(`${dialect}, ${name}`, () => {
        const sql = healthScoreSql(config, { dialect, table: ['analytics', 'account_signals'], keep: ['account_id'] });
        const ast = parser.astify(sql, { database });
        const statements = Array.isArray(ast) ? ast : [ast];
        assert.equal(statements.length, 1);
        assert.equal(statements[0].type, 'select');
        assert.equal(statements[0].with.length, 8);
        // Every output column is there, under its own name.
        const names = statements[0].columns.map((c) => (typeof c.as === 'string' ? c.as : c.as?.value));
        assert.deepEqual(names, ['account_id', 'health_score', 'health_band', 'health_missing', ...ids.flatMap((id) => [id, `${id}_points`, `${id}_contribution`])]);
      });
    }
  }
});

describe('names and literals cannot inject SQL', () => {
  const evil = 'x"; DROP TABLE accounts; --';
  const evilBacktick = 'x`; DROP TABLE accounts; --';
  const evilId = "o'brien\\'; DROP TABLE accounts; --";
  const config = {
    signals: [
      { id: evilId, label: 'Quoted', category: 'behavioral', weight: 1, normalize: { kind: 'min-max', min: 0, max: 1 } },
      { id: 'plain', label: 'Plain', category: 'behavioral', weight: 1, normalize: { kind: 'inverse' } },
    ],
    minCoverage: 0.5,
  };
  const options = (dialect) => ({ dialect, table: 'accounts', columns: { [evilId]: evil, plain: evilBacktick }, keep: ["acc'ount;id"] });
  const expected = [
    { "acc'ount;id": 1, health_score: 80, health_band: 'green', health_missing: [] },
    { "acc'ount;id": 2, health_score: 75, health_band: 'amber', health_missing: [evilId] },
  ];
  const setup = [
    `CREATE TABLE accounts ("acc'ount;id" integer, "x""; DROP TABLE accounts; --" double precision, "x\`; DROP TABLE accounts; --" double precision)`,
    `INSERT INTO accounts VALUES (1, 0.7, 0.1), (2, NULL, 0.25)`,
  ];
  const pick = (rows) => rows.map((r) => ({ "acc'ount;id": r["acc'ount;id"], health_score: r.health_score, health_band: r.health_band, health_missing: [...r.health_missing] }));

  test('DuckDB reads the oddly named columns and the table survives', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    for (const s of setup) await connection.run(s);
    const rows = (await connection.runAndReadAll(healthScoreSql(config, options('duckdb')))).getRowObjectsJS();
    assert.deepEqual(pick(rows), expected);
    assert.equal(rows[0][evilId], 0.7);
    assert.deepEqual((await connection.runAndReadAll('SELECT count(*) AS n FROM accounts')).getRowObjectsJS(), [{ n: 2n }]);
  });

  test('PostgreSQL reads the oddly named columns and the table survives, whatever standard_conforming_strings says', async () => {
    const pg = await startPostgres();
    try {
      for (const s of setup) pg.query(s);
      const sql = healthScoreSql(config, options('postgres'));
      for (const scs of ['on', 'off']) {
        const out = pg.query(`SET standard_conforming_strings = ${scs}; SELECT row_to_json(h) FROM (${sql}) AS h ORDER BY h."acc'ount;id"`);
        assert.deepEqual(pick(out.trim().split('\n').map((l) => JSON.parse(l))), expected, `standard_conforming_strings = ${scs}`);
      }
      assert.equal(pg.query('SELECT count(*) FROM accounts').trim(), '2');
    } finally {
      pg.stop();
    }
  });

  test('each dialect escapes its own quote characters', () => {
    const quoted = {
      duckdb: ['"x""; DROP TABLE accounts; --"', `'o''brien\\''; DROP TABLE accounts; --'`],
      postgres: ['"x""; DROP TABLE accounts; --"', `E'o\\'brien\\\\\\'; DROP TABLE accounts; --'`],
      snowflake: ['"x""; DROP TABLE accounts; --"', `'o''brien\\\\''; DROP TABLE accounts; --'`],
      spark: ['`x``; DROP TABLE accounts; --`', `'o\\'brien\\\\\\'; DROP TABLE accounts; --'`],
      bigquery: ['`x\\`; DROP TABLE accounts; --`', `'o\\'brien\\\\\\'; DROP TABLE accounts; --'`],
    };
    for (const dialect of sqlDialects) {
      const sql = healthScoreSql(config, options(dialect));
      for (const q of quoted[dialect]) assert.ok(sql.includes(q), `${dialect}: ${q} in\n${sql}`);
    }
  });

  test('a semicolon in a name stays inside one statement in the parsed dialects', () => {
    const parser = new sqlParser.Parser();
    const semi = { ...config, signals: [{ ...config.signals[0], id: 'a;b' }, config.signals[1]] };
    for (const [dialect, database] of [['spark', 'hive'], ['bigquery', 'BigQuery'], ['snowflake', 'Snowflake']]) {
      const sql = healthScoreSql(semi, { dialect, table: 'accounts', columns: { 'a;b': 'c; DROP TABLE accounts' } });
      const ast = parser.astify(sql, { database });
      assert.equal((Array.isArray(ast) ? ast : [ast]).length, 1, dialect);
    }
  });

  test('control characters, over-long PostgreSQL names, clashing output names and unknown dialects are refused', () => {
    assert.throws(() => healthScoreSql(config, { dialect: 'duckdb', table: 'a\nb' }), /control character/);
    const newline = { ...config, signals: [{ ...config.signals[0], id: 'a\u0000b' }] };
    assert.throws(() => healthScoreSql(newline, { dialect: 'duckdb', table: 't' }), /control character/);
    assert.throws(() => healthScoreSql(defaultHealthConfig, { dialect: 'postgres', table: 'x'.repeat(64) }), /longer than 63 bytes/);
    assert.throws(() => healthScoreSql(defaultHealthConfig, { dialect: 'duckdb', table: 't', keep: ['nps'] }), /two output columns/);
    assert.throws(() => healthScoreSql(defaultHealthConfig, { dialect: 'spark', table: 't', keep: ['health_score'] }), /two output columns/);
    assert.throws(() => healthScoreSql(defaultHealthConfig, { dialect: 'mysql', table: 't' }), /dialect must be one of duckdb, postgres, spark, bigquery, snowflake/);
    assert.throws(() => healthScoreSql(defaultHealthConfig, { dialect: 'duckdb', table: 't', columns: { nope: 'x' } }), /unknown signal "nope"/);
    assert.throws(() => healthScoreSql({ signals: [] }, { dialect: 'duckdb', table: 't' }), /Invalid health config/);
    assert.match(healthScoreSql(defaultHealthConfig, { dialect: 'duckdb', table: { sql: "{{ ref('account_signals') }}" } }), /FROM \{\{ ref\('account_signals'\) \}\}\n/);
  });
});

test("the health-badge test's warehouse rows are what DuckDB returns for their signals today", async () => {
  const { fixtureCases, fixturePath, fixtureSource } = await import('../../scripts/warehouse-fixture.mjs');
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(fixturePath, 'utf8'), fixtureSource(await fixtureCases()), 'run `node scripts/warehouse-fixture.mjs` and commit the result');
});
