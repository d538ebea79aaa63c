// The static Storybook (issue 7) must hold stories and autodocs for every element, including the
// states a designer reviews: an error state, dark, themed and right-to-left.
// CI runs `npm run build-storybook` before `npm test`; when storybook-static/ is missing or older than the
// stories, this test builds it itself (slow: several minutes on two cores).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const indexPath = `${root}storybook-static/index.json`;
const manifestPath = `${root}custom-elements.json`;
const tags = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'];
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

function newestStoryInput() {
  const dirs = ['stories', '.storybook'];
  let newest = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(`${root}${dir}`)) newest = Math.max(newest, statSync(`${root}${dir}/${name}`).mtimeMs);
  }
  return newest;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stderr?.slice(-4000) ?? r.error}`);
}

let entries;
before(
  () => {
    const stale = !existsSync(indexPath) || statSync(indexPath).mtimeMs < newestStoryInput();
    if (stale || !existsSync(manifestPath)) run('npx', ['cem', 'analyze']);
    if (stale) run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
    entries = Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries);
  },
  { timeout: BUILD_TIMEOUT_MS * 2 },
);

for (const tag of tags) {
  test(`storybook-static has stories and autodocs for <${tag}>`, () => {
    const mine = entries.filter((e) => e.title === `Elements/${tag}`);
    const stories = mine.filter((e) => e.type === 'story');
    assert.ok(stories.length >= 3, `expected several stories titled Elements/${tag}, found ${stories.length}`);
    for (const s of stories) assert.match(s.id, new RegExp(`^elements-${tag}--`));
    assert.ok(
      mine.some((e) => e.type === 'docs' && e.tags?.includes('autodocs')),
      `no autodocs page for <${tag}>`,
    );
    const names = stories.map((s) => s.name);
    for (const wanted of [/^Error\b/, /^Dark$/, /^Themed$/, /^Right To Left$/]) {
      assert.ok(names.some((n) => wanted.test(n)), `<${tag}> has no story named like ${wanted}; stories: ${names.join(', ')}`);
    }
  });
}

test('custom-elements.json describes every element for the autodocs', () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const tag of tags) {
    const d = declarations.find((x) => x.tagName === tag);
    assert.ok(d, `custom-elements.json has no <${tag}>`);
    assert.ok((d.events ?? []).some((e) => e.name?.endsWith('-error')), `<${tag}> declares no error event in the manifest`);
  }
});
