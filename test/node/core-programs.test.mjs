// The seed 003/004 program functions (KPIs, ROI, rules, advocates) run in plain Node, and each one can be
// imported without dragging the others, the models or zod into a site's bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundleOf(names) {
  const out = await build({
    stdin: { contents: `export { ${names} } from './src/core/index.ts';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

test('projectRoi, KPIs, rules and advocate functions compute in Node', async () => {
  const code = await bundleOf('projectRoi, churnRate, incrementalLift, evaluateAccount, championTier');
  const core = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const roi = core.projectRoi();
  assert.deepEqual(roi.rows.map((r) => r.totalRevenue), [0, 720_000, 1_440_000, 2_160_000]);
  assert.equal(roi.total.roi, 83.8);
  assert.equal(roi.breakevenMonth, 16);
  assert.equal(core.churnRate({ churnedMrr: 4, startingMrr: 100 }).value, 4);
  assert.equal(core.incrementalLift({ successes: 60, total: 200 }, { successes: 40, total: 200 }).significant, true);
  assert.equal(core.evaluateAccount({ health: 60 }).recommended, 'churn-review');
  assert.equal(core.championTier([{ at: 0, type: 'case-study' }], 1).tier, 'bronze');
});

for (const [name, absent] of [
  ['projectRoi', ['evaluateAccount', 'Undeveloped', 'zod', 'championTier', 'Churn Rate']],
  ['evaluateAccount', ['saved customers per year', 'Undeveloped', 'Churn Rate']],
  ['championTier', ['saved customers per year', 'propensity', 'Churn Rate']],
  ['incrementalLift', ['saved customers per year', 'propensity', 'Undeveloped']],
]) {
  test(`importing only ${name} leaves the other modules out`, async () => {
    const code = await bundleOf(name);
    for (const text of absent) assert.ok(!code.includes(text), `${name}'s bundle contains "${text}" (${code.length} bytes)`);
    assert.ok(code.length < 12_000, `${name} alone bundles to ${code.length} bytes`);
  });
}
