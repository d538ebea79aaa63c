// `npm run check:spark`: runs healthScoreSql's Spark SQL on Spark in local mode (PySpark, which needs Java 17+) over
// 20,000 generated accounts and compares every row with scoreHealth, for the weighted-mean and logistic configs.
// Where PySpark or Java is missing, it says exactly what is missing and exits 1: nothing was checked.
// Needs `npm run build` first (it imports dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultHealthConfig, scoreHealth } from '../dist/core/index.js';
import { healthScoreSql } from '../dist/sql/index.js';
import { generateAccounts, toCsv } from './warehouse.mjs';

const N = 20_000;
const python = process.env.PYSPARK_PYTHON || 'python3';

function probe(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, PYTHONWARNINGS: 'ignore' } });
  return r.error ? null : { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

const missing = [];
const java = probe(process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java', ['-version']);
const javaVersion = java?.status === 0 ? Number(/version "(\d+)/.exec(java.out)?.[1]) : NaN;
if (!java || java.status !== 0) missing.push('Java 17 or later (e.g. apt-get install openjdk-17-jre-headless), on PATH or in JAVA_HOME');
else if (!(javaVersion >= 17)) missing.push(`Java 17 or later (found Java ${javaVersion || 'of unknown version'})`);
const py = probe(python, ['--version']);
if (!py || py.status !== 0) missing.push(`Python 3 for PySpark (${python} was not found; set PYSPARK_PYTHON)`);
else {
  const spark = probe(python, ['-c', 'import pyspark; print(pyspark.__version__)']);
  if (!spark || spark.status !== 0) missing.push(`PySpark 3.4 or later for ${python} (pip install "pyspark>=3.4"; it was not importable)`);
  else if (!/^(3\.([4-9]|\d\d)|[4-9])/.test(spark.out)) missing.push(`PySpark 3.4 or later (found ${spark.out}; the SQL uses array_compact)`);
}
if (missing.length) {
  console.error(`check:spark did not run: Spark local mode needs ${missing.join('; and ')}.`);
  if (java?.status === 0) console.error(`Found: Java ${javaVersion}.`);
  console.error('The Spark SQL is still parsed in npm test (test/node/warehouse-sql.test.mjs).');
  process.exit(1);
}

const logistic = {
  ...defaultHealthConfig,
  model: { kind: 'logistic', intercept: 0.4, coefficients: { dau_mau: -3.1, ticket_reopen_rate: 2.4, payment_overdue_days: 0.05, nps: -0.012 } },
};
const ids = defaultHealthConfig.signals.map((s) => s.id);
const columns = generateAccounts(defaultHealthConfig, N, 23);
const dir = mkdtempSync(join(tmpdir(), 'advocacy-kit-spark-'));
let failures = 0;
try {
  writeFileSync(join(dir, 'accounts.csv'), toCsv(columns, ids));
  const configs = { 'weighted mean': defaultHealthConfig, logistic };
  Object.values(configs).forEach((config, k) =>
    writeFileSync(join(dir, `query${k}.sql`), healthScoreSql(config, { dialect: 'spark', table: 'accounts', keep: ['id'] })),
  );
  writeFileSync(
    join(dir, 'run.py'),
    `import json, sys
from pyspark.sql import SparkSession
from pyspark.sql.types import StructType, StructField, DoubleType
d = sys.argv[1]
spark = SparkSession.builder.master("local[2]").appName("advocacy-kit check:spark").config("spark.ui.enabled", "false").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
schema = StructType([StructField(c, DoubleType(), True) for c in ${JSON.stringify(['id', ...ids])}])
spark.read.csv(d + "/accounts.csv", header=True, schema=schema, nanValue="NaN").createOrReplaceTempView("accounts")
for k in range(${Object.keys(configs).length}):
    rows = spark.sql(open(d + "/query%d.sql" % k).read()).orderBy("id").collect()
    with open(d + "/out%d.jsonl" % k, "w") as f:
        for r in rows:
            f.write(json.dumps(r.asDict()) + "\\n")
print(spark.version)
spark.stop()
`,
  );
  const run = spawnSync(python, [join(dir, 'run.py'), dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) {
    console.error('check:spark: Spark failed to run the generated SQL (see above).');
    process.exit(1);
  }
  Object.entries(configs).forEach(([name, config], k) => {
    const rows = readFileSync(join(dir, `out${k}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    let bad = 0;
    rows.forEach((row, i) => {
      const signals = Object.fromEntries(ids.map((id) => [id, columns[id][i]]));
      const js = scoreHealth(signals, config);
      const score = row.health_score ?? null;
      const ok =
        rows.length === N &&
        (js.score === null ? score === null : Math.abs(score - js.score) <= 0.05) &&
        row.health_band === js.band &&
        JSON.stringify(row.health_missing) === JSON.stringify(js.missing);
      if (!ok && bad++ < 5) console.error(`${name}, account ${i} ${JSON.stringify(signals)}: Spark ${JSON.stringify(row)} vs ${JSON.stringify(js)}`);
    });
    console.log(`Spark ${run.stdout.trim()}, ${name}: ${rows.length - bad} of ${N} accounts agree with scoreHealth`);
    failures += bad;
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
