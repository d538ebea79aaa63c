// CI size budgets (issue 9): fails when a shipped entry grows past its gzip budget, or cannot be bundled.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { budgets, kb, measureSizes, notMetYet } from '../../bench/size.mjs';

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
