import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('advocacy-kit/core bundles and runs in plain Node without touching the DOM', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'advocacy-kit-core-'));
  try {
    const outfile = join(dir, 'core.mjs');
    await build({
      entryPoints: [join(root, 'src/core/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'silent',
    });
    assert.equal(typeof globalThis.customElements, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');

    const core = await import(pathToFileURL(outfile).href);

    assert.equal(typeof globalThis.customElements, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
    assert.deepEqual(Object.keys(core.builtInModels), ['customer-marketing-5', 'cma-advocacy-11']);
    for (const model of Object.values(core.builtInModels)) assert.equal(core.safeParseModel(model).success, true);

    const result = core.scoreAssessment(
      core.getModel('customer-marketing-5'),
      { expansion: 2, reference: 2, community: 2, voc: 2, lifecycle: 2 },
      { segment: 'growth' },
    );
    assert.equal(result.overall, 2);
    assert.equal(result.band.label, 'Developing');
    assert.equal(result.benchmark.status, 'below');
    assert.equal(core.scoreHealth({ dau_mau: 0.3, ticket_reopen_rate: 0.05, nps: 45, payment_overdue_days: 3 }).band, 'amber');
    assert.equal(core.summarizeNps([10, 9, 8, 7, 6, 0]).marginOfError95, 65.3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('advocacy-kit/core imports and scores in Node after a host polluted Object.prototype', () => {
  // A child process, so the pollution cannot leak into the other tests of this file.
  const script = `
    Object.prototype.zzz = 'x';
    Object.prototype.each = function () {};
    Object.prototype.expansion = 5;
    Object.prototype.nps = 100;
    const core = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/core/index.js')).href)});
    const parsed = core.safeParseModel(JSON.parse(JSON.stringify(core.getModel('cma-advocacy-11'))));
    const result = core.scoreAssessment(core.getModel('customer-marketing-5'), { reference: 2 });
    const health = core.scoreHealth({ dau_mau: 0.3, seat_utilization: 0.5, ticket_reopen_rate: 0.05, csm_sentiment: 10 });
    console.log(JSON.stringify({ parsed: parsed.success, overall: result.overall, answered: result.answered, missing: health.missing }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    parsed: true,
    overall: 2,
    answered: 1,
    missing: ['nps', 'payment_overdue_days', 'mrr_trend'],
  });
});
