// The package as a site sees it: `import 'advocacy-kit/<tag>'` must register that element, importing part of
// `advocacy-kit/core` must ship only that part, and TypeScript must see the element, event and core types.
// Uses dist/ (built by `npm test` and `npm run build`) through package.json's "exports" and "sideEffects".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundle, root, tags } from '../../bench/size.mjs';

let site;
before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` (npm test builds it)');
  site = mkdtempSync(join(tmpdir(), 'advocacy-kit-site-'));
  mkdirSync(join(site, 'node_modules'));
  symlinkSync(root, join(site, 'node_modules/advocacy-kit'), 'dir');
});
after(() => rmSync(site, { recursive: true, force: true }));

/** What a site's build ships for `source`, minified. */
async function ship(source) {
  const out = await esbuild.build({
    stdin: { contents: source, resolveDir: site, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: site,
  });
  return out.outputFiles[0].text;
}

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const defines = (code, tag) => code.includes('customElements.define') && code.includes(`"${tag}"`);

for (const tag of tags) {
  test(`import 'advocacy-kit/${tag}' registers <${tag}>, at the size measured from source`, async () => {
    const code = await ship(`import 'advocacy-kit/${tag}';`);
    assert.ok(defines(code, tag), `the bundle does not define <${tag}> (${code.length} bytes)`);
    const fromSource = gzip(await bundle(`src/components/${tag}/${tag}.ts`));
    const shipped = gzip(code);
    assert.ok(Math.abs(shipped - fromSource) <= fromSource * 0.05, `ships ${shipped} B gzip, source measures ${fromSource} B`);
  });
}

test("import 'advocacy-kit' registers all six elements", async () => {
  const code = await ship(`import 'advocacy-kit';`);
  for (const tag of tags) assert.ok(defines(code, tag), `<${tag}> is not defined`);
});

test('importing health scoring from advocacy-kit/core ships neither the models nor zod', async () => {
  const code = await ship(`import { scoreHealthBatch } from 'advocacy-kit/core'; console.log(scoreHealthBatch);`);
  assert.ok(!code.includes('Customer Marketing Maturity Assessment'), 'the built-in models are bundled');
  assert.ok(!code.includes('jitless'), 'zod is bundled');
  assert.ok(gzip(code) < 4 * 1024, `${gzip(code)} B gzip`);
});

test('parsing a model ships zod with its JIT switched off, as a strict CSP needs', async () => {
  const code = await ship(`import { parseModel } from 'advocacy-kit/core'; console.log(parseModel);`);
  assert.ok(code.includes('jitless'), 'zod is bundled without `config({ jitless: true })`');
});

test('every file package.json exports or marks as having side effects exists', async () => {
  const { default: pkg } = await import(join(root, 'package.json'), { with: { type: 'json' } });
  const modules = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  for (const file of [...modules, ...pkg.sideEffects]) assert.ok(existsSync(join(root, file)), `${file} does not exist`);
});

test('a TypeScript site gets typed elements, events and core from the package', () => {
  writeFileSync(
    join(site, 'main.ts'),
    `import 'advocacy-kit/health-badge';
import 'advocacy-kit/nps-survey';
import { scoreHealthBatch, type HealthResult } from 'advocacy-kit/core';
import { MaturityAssessment } from 'advocacy-kit';

const badge = document.createElement('health-badge');
badge.score = 72;
// @ts-expect-error a score is a number
badge.score = 'high';
badge.addEventListener('health-change', (e) => e.detail.band.toUpperCase());
const nps = document.createElement('nps-survey');
nps.addEventListener('nps-submit', (e) => e.detail.advocacy?.tiers.includes('reference'));
// @ts-expect-error nps-submit's detail has no such field
nps.addEventListener('nps-submit', (e) => e.detail.rating);
const result: HealthResult | null = badge.result;
export const used = [scoreHealthBatch({ nps: [40] }), result, MaturityAssessment];
`,
  );
  writeFileSync(
    join(site, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['es2022', 'dom'] },
      files: ['main.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', site], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
