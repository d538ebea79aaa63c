// `npm test`: finds (or installs) Chromium, builds the package and the CDN bundle, runs the Node checks (core,
// packaging, size budgets) and every browser test once, and prints one plain "N passed, N failed, N skipped" line last.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const coverage = process.argv.includes('--coverage');

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
      if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) break;
    }
    if (findChromium()) return;
  }
  console.error(
    'No Chromium found: install Chromium or Chrome (Debian: apt-get install chromium) or set CHROME_PATH to its binary.',
  );
  process.exit(1);
}

/** Runs a command, echoing its output, and returns its exit code and the counts it reported. */
function run(cmd, args, parse) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: parse(out) }));
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

ensureChromium();
// The package as npm ships it, with its types (the packaging tests bundle and type-check it), and the CDN
// file (the page tests load it).
// The analyzer runs first: it writes custom-elements.json, the framework types and editor data in dist/ and
// regenerates the React wrappers (src/react/) that the library build bundles.
const builds = [
  ['cem', 'analyze'],
  ['vite', 'build', '--logLevel', 'warn'],
  ['tsc', '-p', 'tsconfig.build.json'],
  ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'],
];
if (builds.some((args) => spawnSync('npx', args, { stdio: 'inherit' }).status !== 0)) {
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const node = await run('node', ['--test', '--test-reporter=tap', 'test/node/'], parseNode);
const browser = await run('npx', ['wtr', ...(coverage ? ['--coverage'] : [])], parseWtr);

const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of [node, browser]) for (const k in total) total[k] += r.counts[k];
if ((node.code || browser.code) && total.failed === 0) total.failed = 1;
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(total.failed ? 1 : 0);
