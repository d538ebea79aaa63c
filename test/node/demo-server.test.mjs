// `npm start` on a machine with no browser to open (no DISPLAY, as in CI): the demo server prints where the demo is,
// with no stack trace, and the "Local" URL Vite prints first leads to the demo too.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../../bench/size.mjs';

test('the demo server prints the demo page, opens no browser, and its root leads to the demo', async () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.BROWSER;
  const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), '--config', 'demo/vite.config.ts', '--port', '5199'], { cwd: root, env });
  let out = '';
  server.stdout.on('data', (d) => (out += d));
  server.stderr.on('data', (d) => (out += d));
  try {
    const started = Date.now();
    while (!/Demo:\s+(\S+)/.test(out) && Date.now() - started < 30000) await new Promise((r) => setTimeout(r, 100));
    const demo = /Demo:\s+(\S+)/.exec(out)?.[1];
    assert.ok(demo, `no Demo: line in\n${out}`);
    const local = /Local:\s+(\S+)/.exec(out)?.[1];
    const first = await fetch(local, { redirect: 'manual' });
    assert.equal(first.status, 302);
    assert.equal(new URL(first.headers.get('location'), local).href, demo);
    const page = await fetch(demo);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<maturity-assessment|landing\.ts/);
    await new Promise((r) => setTimeout(r, 500));
    assert.doesNotMatch(out, /ENOENT|Error:|\n\s+at /);
  } finally {
    server.kill();
  }
});
