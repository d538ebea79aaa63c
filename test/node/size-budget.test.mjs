// CI size checks: fails when an element entry grows past its gzip budget, a whole file past its ceiling, or an
// entry cannot be bundled.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { budgets, ceilings, kb, measureSizes } from '../../bench/size.mjs';

let sizes;
before(async () => {
  sizes = await measureSizes({ only: [...Object.keys(budgets), ...Object.keys(ceilings)] });
});

function measured(name) {
  const entry = sizes.find((s) => s.name === name);
  assert.ok(entry, `${name} was not measured`);
  assert.ok(!entry.error, `${name} could not be bundled: ${entry.error}`);
  return entry;
}

for (const [name, budget] of Object.entries(budgets)) {
  test(`${name} stays within its budget of ${kb(budget)} gzip`, () => {
    const entry = measured(name);
    assert.ok(
      entry.gzip <= budget,
      `${name} is ${entry.gzip} bytes gzip (${kb(entry.gzip)}), over its budget of ${budget} bytes (${kb(budget)}); measured from ${entry.how}`,
    );
  });
}

for (const [name, ceiling] of Object.entries(ceilings)) {
  test(`${name} does not grow past its ceiling of ${kb(ceiling)} gzip`, () => {
    const entry = measured(name);
    assert.ok(entry.gzip <= ceiling, `${name} is ${entry.gzip} bytes gzip (${kb(entry.gzip)}), past its ceiling of ${kb(ceiling)}`);
  });
}
