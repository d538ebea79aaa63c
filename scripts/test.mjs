// `npm test`: finds (or installs) the browser engines and PostgreSQL, builds the package and the CDN bundle, runs the Node checks
// (core, packaging, size budgets), then every browser test in Chromium, Firefox and WebKit side by side, and prints
// each engine's counts and time, then one plain "N passed, N failed, N skipped" line last. ENGINES=firefox (a
// comma-separated list) runs only those engines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { missingPackages, selectedEngines } from './find-engines.mjs';
import { missingPostgresPackages } from './find-postgres.mjs';

const coverage = process.argv.includes('--coverage');
let engines;
try {
  engines = selectedEngines();
} catch (e) {
  console.error(e.message);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

/** The browser engines, and PostgreSQL for the warehouse parity tests (test/node/warehouse-sql.test.mjs). */
const missing = () => [...missingPackages(engines), ...missingPostgresPackages()];

function ensureEngines() {
  if (!missing().length) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const packages = missing();
    console.log(`Installing Debian's ${packages.join(', ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
      if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) break;
    }
    if (!missing().length) return;
  }
  console.error(
    `Missing: install Debian's ${missing().join(', ')} (or set CHROME_PATH / FIREFOX_PATH / PG_BIN), ` +
      'or choose browser engines with ENGINES=chromium,firefox,webkit.',
  );
  process.exit(1);
}

/** Runs a command, echoing its output, and returns its exit code and the counts it reported. */
function run(cmd, args, parse, { env = {}, echo = true } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', echo ? 'inherit' : 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let out = '';
    const collect = (chunk) => {
      out += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, counts: parse(out), out, seconds: Math.round((Date.now() - started) / 1000) }),
    );
  });
}

const parseNode = (out) => ({
  passed: Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0),
  skipped: Number(/^# skipped (\d+)/m.exec(out)?.[1] ?? 0) + Number(/^# todo (\d+)/m.exec(out)?.[1] ?? 0),
});
const parseWtr = (out) => {
  const m = [...out.matchAll(/^(\d+) passed, (\d+) failed, (\d+) skipped$/gm)].at(-1);
  return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : { passed: 0, failed: 1, skipped: 0 };
};

ensureEngines();
// The package as npm ships it, with its types (the packaging tests bundle and type-check it), and the CDN
// files: the one-file bundle and the autoloader with its per-element modules (the page tests load them).
// The analyzer runs first: it writes custom-elements.json, the framework types and editor data in dist/ and
// regenerates the React wrappers (src/react/) that the library build bundles.
const builds = [
  ['cem', 'analyze'],
  ['vite', 'build', '--logLevel', 'warn'],
  ['tsc', '-p', 'tsconfig.build.json'],
  ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'],
  ['vite', 'build', '--mode', 'cdn-split', '--logLevel', 'warn'],
];
if (builds.some((args) => spawnSync('npx', args, { stdio: 'inherit' }).status !== 0)) {
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const node = await run('node', ['--test', '--test-reporter=tap', 'test/node/'], parseNode);

/** A port the system has just given out, so parallel runs (and other projects' runs) never race for 8000. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// One web-test-runner per engine, all at once (each runs one test file at a time); each engine's log is printed
// whole when it ends, so the three never interleave. Coverage comes from Chromium's V8 only.
console.log(`\nBrowser tests in ${engines.join(', ')}…`);
const browsers = await Promise.all(
  engines.map(async (engine) => {
    const args = ['wtr', '--port', String(await freePort()), ...(coverage && engine === 'chromium' ? ['--coverage'] : [])];
    const result = await run('npx', args, parseWtr, { env: { ENGINES: engine }, echo: false });
    process.stdout.write(`\n── ${engine} (${result.seconds} s) ──\n${result.out}`);
    return { engine, ...result };
  }),
);

const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
console.log(`\nnode: ${line(node.counts)} (${node.seconds} s)`);
for (const b of browsers) console.log(`${b.engine}: ${line(b.counts)} (${b.seconds} s)`);
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of [node, ...browsers]) for (const k in total) total[k] += r.counts[k];
if ([node, ...browsers].some((r) => r.code) && total.failed === 0) total.failed = 1;
process.stdout.write(`\n${line(total)}\n`);
process.exit(total.failed ? 1 : 0);
