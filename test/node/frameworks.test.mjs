// What a React or Vue portal and an editor get from the package: the apps under test/frameworks/ type-check
// against dist/ (with one deliberate wrong prop each, marked @ts-expect-error), and the generated types and
// manifest describe every element, event and file as shipped. The same apps run in Chromium in
// test/frameworks/frameworks.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../../bench/size.mjs';

const manifest = () => JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = () =>
  manifest().modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));

function typeCheck(bin, project) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', bin), '-p', join(root, project)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
}

test('the React 19 app type-checks: wrappers, <health-badge> in JSX and document listeners are typed', () => {
  typeCheck('typescript/bin/tsc', 'test/frameworks/react');
});

test('the Vue 3 app type-checks with vue-tsc and strictTemplates', () => {
  typeCheck('vue-tsc/bin/vue-tsc.js', 'test/frameworks/vue');
});

test('the manifest points at shipped files and types every event', () => {
  const all = elements();
  assert.ok(all.length >= 5, `${all.length} elements in the manifest`);
  for (const d of all) {
    assert.match(d.path, /^dist\/.+\.js$/, `${d.tagName}: ${d.path}`);
    assert.ok(existsSync(join(root, d.path)), `${d.path} is not built`);
    for (const e of d.events ?? []) assert.match(e.type?.text ?? '', /^[A-Z]\w*Event$/, `${d.tagName} ${e.name} has no event type`);
    const props = new Set((d.cssProperties ?? []).map((p) => p.name));
    for (const p of ['--ak-focus-ring-color', '--ak-font-family', '--ak-color-text']) assert.ok(props.has(p), `${d.tagName} lacks ${p}`);
  }
  const nps = all.find((d) => d.tagName === 'nps-survey');
  const members = new Set(nps.members.map((m) => m.name));
  for (const m of ['surveyId', 'form', 'validity', 'checkValidity', 'reportValidity']) assert.ok(members.has(m), `nps-survey lacks ${m}`);
  assert.ok(nps.attributes.some((a) => a.name === 'survey-id'));
});

test('the JSX and Vue types give handlers the event class itself, not CustomEvent<EventClass>', () => {
  for (const file of ['dist/types/jsx-elements.d.ts', 'dist/types/vue.d.ts']) {
    const code = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(code, /CustomEvent<\w+Event>/, file);
    for (const d of elements()) assert.ok(code.includes(`"${d.tagName}"`), `${file} lacks <${d.tagName}>`);
  }
  assert.doesNotMatch(readFileSync(join(root, 'dist/types/vue.d.ts'), 'utf8'), /namespace JSX/);
});

test('every element has a React wrapper with a camel-case prop per event', () => {
  const wrappers = readFileSync(join(root, 'src/react/index.ts'), 'utf8');
  for (const d of elements()) {
    assert.ok(wrappers.includes(`export const ${d.name} = createComponent(`), `no wrapper for <${d.tagName}>`);
    for (const e of d.events ?? []) {
      const prop = `on${e.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
      assert.ok(wrappers.includes(`${prop}: '${e.name}'`), `${d.name} lacks ${prop}`);
    }
  }
});

test('editors get VS Code custom data and web-types for every element', async () => {
  const { default: pkg } = await import(join(root, 'package.json'), { with: { type: 'json' } });
  const webTypes = JSON.parse(readFileSync(join(root, pkg['web-types']), 'utf8'));
  const html = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
  for (const d of elements()) {
    assert.ok(webTypes.contributions.html.elements.some((e) => e.name === d.tagName), `web-types lacks <${d.tagName}>`);
    assert.ok(html.tags.some((t) => t.name === d.tagName), `VS Code data lacks <${d.tagName}>`);
  }
});

test("README's React and Vue sections show the exact code these tests run", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const [file, lang] of [
    ['test/frameworks/react/App.tsx', 'tsx'],
    ['test/frameworks/vue/main.ts', 'ts'],
    ['test/frameworks/vue/App.vue', 'vue'],
    ['test/frameworks/react/document-events.ts', 'ts'],
  ]) {
    const block = '```' + lang + '\n' + readFileSync(join(root, file), 'utf8') + '```';
    assert.ok(readme.includes(block), `README does not show ${file} as it is`);
  }
});
