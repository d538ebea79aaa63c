// Server rendering: every entry point but the CDN file imports in Node, and @lit-labs/ssr renders each
// element to declarative shadow DOM. test/ssr/hydrate.test.ts hydrates the same markup in Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../../bench/size.mjs';

const { default: pkg } = await import(join(root, 'package.json'), { with: { type: 'json' } });

test('every entry point except the CDN file imports in Node without throwing', () => {
  const entries = Object.keys(pkg.exports)
    .filter((k) => k !== './cdn' && !k.endsWith('.json'))
    .map((k) => `advocacy-kit${k.slice(1)}`);
  assert.ok(entries.includes('advocacy-kit/react') && entries.includes('advocacy-kit/core'), entries.join());
  // A fresh Node per run, as a server starts: nothing from this test process (or a DOM shim) is preloaded.
  const script = `for (const e of ${JSON.stringify(entries)}) await import(e);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

const { fixtures, renderFixture } = await import('../ssr/render.mjs');

for (const name of Object.keys(fixtures)) {
  const tag = fixtures[name].tag ?? name;
  test(`@lit-labs/ssr renders <${tag}>${tag === name ? '' : ` (${name})`} to declarative shadow DOM`, async () => {
    const markup = await renderFixture(name);
    assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    assert.ok(markup.includes(fixtures[name].shows), `the server-rendered <${name}> does not show ${fixtures[name].shows}`);
  });
}

test('a server that imports one chart alone renders its error box, naming the settings at fault', () => {
  // A fresh Node, as a server starts: the main entry, which holds the words of the charts' problems, is not loaded.
  const script = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'advocacy-kit/benchmark-gauge';
    process.stdout.write(await collectResult(render(html\`<benchmark-gauge value="11"></benchmark-gauge><benchmark-gauge model="customer-marketing-5" value="3"></benchmark-gauge>\`)));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const boxes = [...r.stdout.matchAll(/<div class="error" role="alert" part="error">[\s\S]*?<\/div>/g)].map((m) =>
    m[0].replace(/<!--[^>]*-->|<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  );
  assert.deepEqual(boxes, ['The benchmark gauge cannot be shown: value', 'The benchmark gauge cannot be shown: model']);
});
