// The package as npm would publish it passes publint and Are the Types Wrong (ESM only: the kit ships no
// CommonJS, so require() from Node 16 CJS and node10 resolution are out of scope).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { root } from '../../bench/size.mjs';

test('publint finds nothing to fix, not even a suggestion', async () => {
  const { messages, pkg } = await publint({ pkgDir: root, level: 'suggestion', strict: true });
  assert.deepEqual(messages.map((m) => formatMessage(m, pkg)), []);
});

test('@arethetypeswrong/cli resolves types for every export', () => {
  const attw = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), '--pack', root, '--profile', 'esm-only', '--format', 'ascii'],
    { encoding: 'utf8', cwd: root },
  );
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
});
