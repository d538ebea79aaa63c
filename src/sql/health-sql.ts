import { compile, type CompiledSignal, type HealthConfig } from '../core/health.js';

import { hostArray, own } from '../core/records.js';

/** The output columns, as `readHealthRow` and `<health-badge>`'s `row` read them. */
const healthRowColumns = ['health_score', 'health_band', 'health_missing'];
const healthPointsColumn = (id: string) => `${id}_points`;
const healthContributionColumn = (id: string) => `${id}_contribution`;

/**
 * The engines `healthScoreSql` writes for. They differ only in a few spellings (see `dialects` below):
 * identifier and string quoting, the double type, the NaN test and how the missing-signal array is built.
 */
export type SqlDialect = 'duckdb' | 'postgres' | 'spark' | 'bigquery' | 'snowflake';

export interface HealthScoreSqlOptions {
  dialect: SqlDialect;
  /**
   * The table or view with one row per account: a name (`'account_signals'`), its parts
   * (`['analytics', 'account_signals']`), each quoted; or `{ sql }`, inserted as written, for a relation that
   * another tool fills in, such as dbt's `{ sql: "{{ ref('account_signals') }}" }`.
   */
  table: string | readonly string[] | { sql: string };
  /** The column of each signal, by signal id; a signal not listed reads the column named like its id. */
  columns?: Readonly<Record<string, string>>;
  /** Columns passed through first, unchanged, e.g. `['account_id']`. */
  keep?: readonly string[];
}

interface Dialect {
  ident(name: string): string;
  text(value: string): string;
  double: string;
  isNaN(x: string): string;
  /** An array of the non-null items, in order. */
  compact(items: string[]): string;
  /** Longest identifier the engine keeps whole, in UTF-8 bytes (PostgreSQL silently truncates longer ones). */
  maxIdentBytes?: number;
  /**
   * Ends each step so the planner computes it once per row instead of pasting its expressions into the next step:
   * PostgreSQL inlines the steps and, lacking common-subexpression elimination, would evaluate erfc's terms
   * hundreds of times per row (100,000 accounts: 118 s instead of 0.7 s).
   */
  fence?: string;
}

const quoteDoubling = (q: string) => (s: string) => q + s.replaceAll(q, q + q) + q;
const quoteBackslash = (q: string) => (s: string) => q + s.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`) + q;

/**
 * Per engine: DuckDB and PostgreSQL double quotes in identifiers and single quotes in strings; PostgreSQL
 * strings with a backslash use E'' so `standard_conforming_strings` cannot change them; Snowflake also reads
 * backslash escapes in strings; Spark and BigQuery quote identifiers with backticks and escape strings with
 * backslashes. NaN: `isnan` (DuckDB, Spark), `IS_NAN` (BigQuery), equality with 'NaN' (PostgreSQL and
 * Snowflake order NaN as equal to itself). Missing list: `list_filter` (DuckDB), `array_remove` (PostgreSQL),
 * `array_compact` (Spark 3.4+), `ARRAY(… UNNEST … ORDER BY offset)` (BigQuery), `ARRAY_CONSTRUCT_COMPACT` (Snowflake).
 */
const dialects: Record<SqlDialect, Dialect> = {
  duckdb: {
    ident: quoteDoubling('"'),
    text: quoteDoubling("'"),
    double: 'DOUBLE',
    isNaN: (x) => `isnan(${x})`,
    compact: (items) => `list_filter(list_value(${items.join(', ')}), m -> m IS NOT NULL)`,
  },
  postgres: {
    ident: quoteDoubling('"'),
    text: (s) => (s.includes('\\') ? `E${quoteBackslash("'")(s)}` : quoteDoubling("'")(s)),
    double: 'DOUBLE PRECISION',
    isNaN: (x) => `${x} = CAST('NaN' AS DOUBLE PRECISION)`,
    compact: (items) => `array_remove(ARRAY[${items.join(', ')}]::text[], NULL)`,
    maxIdentBytes: 63,
    fence: 'OFFSET 0',
  },
  spark: {
    ident: quoteDoubling('`'),
    text: quoteBackslash("'"),
    double: 'DOUBLE',
    isNaN: (x) => `isnan(${x})`,
    compact: (items) => `array_compact(array(${items.join(', ')}))`,
  },
  bigquery: {
    ident: quoteBackslash('`'),
    text: quoteBackslash("'"),
    double: 'FLOAT64',
    isNaN: (x) => `IS_NAN(${x})`,
    compact: (items) => `ARRAY(SELECT m FROM UNNEST([${items.join(', ')}]) AS m WITH OFFSET AS o WHERE m IS NOT NULL ORDER BY o)`,
  },
  snowflake: {
    ident: quoteDoubling('"'),
    text: (s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`,
    double: 'DOUBLE',
    isNaN: (x) => `${x} = CAST('NaN' AS DOUBLE)`,
    compact: (items) => `ARRAY_CONSTRUCT_COMPACT(${items.join(', ')})`,
  },
};

const hasControl = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

export const sqlDialects: readonly SqlDialect[] = Object.freeze(Object.keys(dialects) as SqlDialect[]);

/** Φ's erfc (src/core/normal.ts), coefficient by coefficient, so SQL and JavaScript compute the same doubles. */
const ERFC = [1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];

/**
 * Bounds that keep every EXP and POWER argument representable (PostgreSQL raises an error on underflow where
 * JavaScript returns 0); the points they change differ from JavaScript's by less than 1e-290.
 */
const Z_LIMIT = 26;
const DECAY_LIMIT = 1000;
const LOGIT_LIMIT = 700;

/**
 * A SELECT that scores every row of `table` as `scoreHealth` does, one output row per input row: the `keep`
 * columns, `health_score` (0–100 with one decimal, NULL when unknown), `health_band`, `health_missing` (an array of
 * signal ids in config order), then per signal its value (under the signal's id), `<id>_points` and
 * `<id>_contribution` (NULL when missing). Same rules as `scoreHealth`: NULL and NaN are missing, the score needs
 * `minCoverage` of the weight (and every signal with a logistic coefficient), points are clamped, the score is
 * rounded half-up. Names and literals are quoted for the dialect; ids and names with control characters are refused.
 */
export function healthScoreSql(config: HealthConfig, options: HealthScoreSqlOptions): string {
  const c = compile(config);
  if (!options || typeof options !== 'object') throw new Error('healthScoreSql needs options { dialect, table }.');
  // Each option is read as the options' own field: junk a host put on Object.prototype never becomes SQL.
  const option = (key: keyof HealthScoreSqlOptions): unknown => own(options, key);
  const dialectName = option('dialect');
  const d = typeof dialectName === 'string' ? own<Dialect>(dialects, dialectName) : undefined;
  if (!d) throw new Error(`healthScoreSql: dialect must be one of ${sqlDialects.join(', ')}, got ${String(dialectName)}.`);

  const ident = (name: unknown, what: string): string => {
    if (typeof name !== 'string' || name === '') throw new Error(`healthScoreSql: ${what} must be a non-empty string.`);
    // Control characters have no business in a name and some engines would read them as escapes or line ends.
    if (hasControl(name)) throw new Error(`healthScoreSql: ${what} ${JSON.stringify(name)} holds a control character.`);
    if (d.maxIdentBytes && new TextEncoder().encode(name).length > d.maxIdentBytes) {
      throw new Error(`healthScoreSql: ${what} "${name}" is longer than ${d.maxIdentBytes} bytes, which ${dialectName} would truncate.`);
    }
    return d.ident(name);
  };
  const text = (s: string): string => {
    if (hasControl(s)) throw new Error(`healthScoreSql: ${JSON.stringify(s)} holds a control character.`);
    return d.text(s);
  };
  const num = (x: number): string => `CAST(${Object.is(x, -0) ? 0 : x} AS ${d.double})`;

  const table = option('table');
  // `{ sql }` read once: the text checked is the text written.
  const sql = table && typeof table === 'object' ? own(table, 'sql') : undefined;
  // The host's lists are copied once: the names checked below are the ones written into the SQL.
  const parts = hostArray(table);
  let from: string;
  if (typeof table === 'string') from = ident(table, 'table');
  else if (parts?.length) from = parts.map((part) => ident(part, 'table')).join('.');
  else if (typeof sql === 'string' && sql.trim()) from = sql;
  else throw new Error('healthScoreSql: table must be a name, an array of name parts, or { sql }.');

  const keep = hostArray(option('keep') ?? []);
  if (!keep) throw new Error('healthScoreSql: keep must be an array of column names.');
  const columns = option('columns') ?? {};
  if (typeof columns !== 'object' || columns === null) throw new Error('healthScoreSql: columns must be an object of signal id → column name.');
  for (const id of Object.keys(columns)) {
    if (!c.signals.some((s) => s.id === id)) throw new Error(`healthScoreSql: columns names unknown signal "${id}".`);
  }

  const outputs = [
    ...keep.map((k) => ident(k, 'keep column')),
    ...[...healthRowColumns, ...c.signals.flatMap((s) => [s.id, healthPointsColumn(s.id), healthContributionColumn(s.id)])].map((n) => ident(n, 'output column')),
  ];
  const seen = new Set<string>();
  for (const o of outputs) {
    if (seen.has(o)) throw new Error(`healthScoreSql: two output columns would be named ${o}; rename a kept column or a signal.`);
    seen.add(o);
  }

  const signals = c.signals.map((s, i) => ({ ...s, i, column: ident(own<string>(columns, s.id) ?? s.id, `column of signal "${s.id}"`) }));
  const zs = signals.filter((s) => s.kind === 2);
  const logistic = c.intercept !== null;
  const ks = keep.map((_, i) => `k${i}`);
  const vs = signals.map((s) => `v${s.i}`);
  const ps = signals.map((s) => `p${s.i}`);

  const stages: string[] = [];
  const stage = (name: string, from: string, cols: string[]) =>
    stages.push(`${name} AS (\n  SELECT\n    ${cols.join(',\n    ')}\n  FROM ${from}${d.fence ? `\n  ${d.fence}` : ''}\n)`);

  stage('health_input', from, [
    ...keep.map((k, i) => `${ident(k, 'keep column')} AS k${i}`),
    ...signals.map((s) => {
      const x = `CAST(${s.column} AS ${d.double})`;
      return `CASE WHEN ${d.isNaN(x)} THEN NULL ELSE ${x} END AS v${s.i}`;
    }),
  ]);
  let last = 'health_input';
  if (zs.length) {
    // Φ(z) = 0.5 · erfc(−z/√2), with erfc's argument, its t and its tail r each computed once per row.
    const clampZ = (x: string) => `CASE WHEN ${x} < ${num(-Z_LIMIT)} THEN ${num(-Z_LIMIT)} WHEN ${x} > ${num(Z_LIMIT)} THEN ${num(Z_LIMIT)} ELSE ${x} END`;
    stage('health_erfc_x', last, [...ks, ...vs, ...zs.map((s) => `${clampZ(`-((v${s.i} - ${num(s.a)}) / ${num(s.b)}) / ${num(Math.SQRT2)}`)} AS x${s.i}`)]);
    stage('health_erfc_t', 'health_erfc_x', [...ks, ...vs, ...zs.map((s) => `x${s.i}`), ...zs.map((s) => `${num(1)} / (${num(1)} + ${num(0.5)} * ABS(x${s.i})) AS t${s.i}`)]);
    stage('health_erfc_r', 'health_erfc_t', [
      ...ks,
      ...vs,
      ...zs.map((s) => `x${s.i}`),
      ...zs.map((s) => {
        const t = `t${s.i}`;
        const poly = ERFC.reduceRight((inner, k, j) => (j === ERFC.length - 1 ? num(k) : `${num(k)} + ${t} * (${inner})`), '');
        return `${t} * EXP(-ABS(x${s.i}) * ABS(x${s.i}) - ${num(1.26551223)} + ${t} * (${poly})) AS r${s.i}`;
      }),
    ]);
    last = 'health_erfc_r';
  }
  stage('health_points', last, [...ks, ...vs, ...signals.map((s) => `CASE WHEN v${s.i} IS NULL THEN NULL ELSE ${pointsSql(s, num)} END AS p${s.i}`)]);

  const sumOf = (terms: string[]) => [num(0), ...terms].join(' + ');
  const coefs = signals.filter((s) => s.coef !== undefined);
  stage('health_sums', 'health_points', [
    ...ks,
    ...vs,
    ...ps,
    `${sumOf(signals.map((s) => `CASE WHEN v${s.i} IS NULL THEN ${num(0)} ELSE ${num(s.weight)} END`))} AS present_weight`,
    `${sumOf(signals.map((s) => `COALESCE(${num(s.weight)} * p${s.i}, ${num(0)})`))} AS weighted_sum`,
    ...(logistic
      ? [
          `${[num(c.intercept!), ...coefs.map((s) => `${num(s.coef!)} * v${s.i}`)].join(' + ')} AS logit`,
          `${coefs.length ? `CASE WHEN ${coefs.map((s) => `v${s.i} IS NULL`).join(' OR ')} THEN 1 ELSE 0 END` : '0'} AS model_missing`,
        ]
      : []),
  ]);
  const covered = `present_weight > ${num(0)} AND present_weight / ${num(c.total)} >= ${num(c.minCoverage)}${logistic ? ' AND model_missing = 0' : ''}`;
  const logit = `CASE WHEN logit < ${num(-LOGIT_LIMIT)} THEN ${num(-LOGIT_LIMIT)} WHEN logit > ${num(LOGIT_LIMIT)} THEN ${num(LOGIT_LIMIT)} ELSE logit END`;
  const raw = logistic ? `${num(100)} * (${num(1)} - ${num(1)} / (${num(1)} + EXP(-(${logit}))))` : 'weighted_sum / present_weight';
  stage('health_raw', 'health_sums', [...ks, ...vs, ...ps, 'present_weight', `CASE WHEN ${covered} THEN ${raw} END AS raw_score`]);
  // round1: half-up to one decimal, with the same nudge against binary noise (1.95 stored as 1.9499…).
  const y = `raw_score * ${num(10)}`;
  stage('health_scored', 'health_raw', [...ks, ...vs, ...ps, 'present_weight', `FLOOR(${y} + ABS(${y}) * ${num(1e-12)} + ${num(0.5)}) / ${num(10)} AS score`]);

  const band = `CASE WHEN score IS NULL THEN ${text('unknown')} WHEN score >= ${num(c.bands.green)} THEN ${text('green')} WHEN score >= ${num(c.bands.amber)} THEN ${text('amber')} ELSE ${text('red')} END`;
  const missing = d.compact(signals.map((s) => `CASE WHEN v${s.i} IS NULL THEN ${text(s.id)} END`));
  const contribution = (s: CompiledSignal & { i: number }) =>
    logistic ? `${num(s.coef ?? 0)} * v${s.i}` : `${num(s.weight)} / present_weight * p${s.i}`;
  const select = [
    ...keep.map((k, i) => `k${i} AS ${ident(k, 'keep column')}`),
    `score AS ${d.ident(healthRowColumns[0])}`,
    `${band} AS ${d.ident(healthRowColumns[1])}`,
    `${missing} AS ${d.ident(healthRowColumns[2])}`,
    ...signals.flatMap((s) => [
      `v${s.i} AS ${d.ident(s.id)}`,
      `p${s.i} AS ${d.ident(healthPointsColumn(s.id))}`,
      `CASE WHEN v${s.i} IS NULL THEN NULL ELSE ${contribution(s)} END AS ${d.ident(healthContributionColumn(s.id))}`,
    ]),
  ];
  return `WITH\n${stages.join(',\n')}\nSELECT\n  ${select.join(',\n  ')}\nFROM health_scored`;
}

/** `pointsOf` in src/core/health.ts, operation for operation. */
function pointsSql(s: CompiledSignal & { i: number }, num: (x: number) => string): string {
  const v = `v${s.i}`;
  const clamp = (x: string, lo: number, hi: number) => `LEAST(GREATEST(${x}, ${num(lo)}), ${num(hi)})`;
  switch (s.kind) {
    case 0:
      return clamp(`(${v} - ${num(s.a)}) * ${num(s.b)}`, 0, 100);
    case 1:
      return `(${num(1)} - ${clamp(v, 0, 1)}) * ${num(100)}`;
    case 2:
      return `${num(0.5)} * (CASE WHEN x${s.i} >= ${num(0)} THEN r${s.i} ELSE ${num(2)} - r${s.i} END) * ${num(100)}`;
    case 3:
      return `CASE WHEN ${v} <= ${num(s.a)} THEN ${num(100)} ELSE ${num(100)} * POWER(${num(0.5)}, LEAST((${v} - ${num(s.a)}) / ${num(s.b)}, ${num(DECAY_LIMIT)})) END`;
  }
}
