// `npm run bench`: bundle sizes, render cost and interaction latency in headless Chromium, and core
// throughput in Node. Timings are measured side by side with a hand-written baseline in the same process,
// alternating runs and taking medians, so the ratios hold on a noisy machine. Prints one table per section,
// writes bench/results.json and bench/README-section.md (the README's "Performance" section).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bundle, ceilings, kb, measureComposition, measureSizes, quotedReferences, root } from '../bench/size.mjs';
import { baselineHealth } from '../bench/baseline-health.mjs';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const started = performance.now();
const RUNS = 7;

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const fmtInt = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const errText = (e) => String(e?.errors?.[0]?.text ?? e?.message ?? e).split('\n')[0];

/** Prints a plain-text table: headers, rows of cells; numbers-looking cells are right-aligned. */
function table(title, headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const right = (s) => /^[-−~≤≥<>×%.,\d\s]*[\d—][\d.,]*\s*(KB|ms|×|B|\/s|k|M)?[✓✗\s]*$/.test(s);
  const line = (r) => r.map((c, i) => (right(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${title}\n${'-'.repeat(title.length)}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

const chromePath = findChromium();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    chromium: null,
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine inflates milliseconds; the side-by-side ratios are what hold.
    loadAverageAtStart: Math.round(loadavg()[0] * 10) / 10,
  },
  size: null,
  render: null,
  interaction: null,
  core: null,
};

// ---------------------------------------------------------------- 1. size
async function sizeSection() {
  const sizes = await measureSizes({ cdn: 'build' });
  results.size = { entries: sizes, quotedReferences: Object.fromEntries(quotedReferences) };
  table(
    '1. Size (minified, gzip -9; KB = 1024 bytes)',
    ['entry', 'minified', 'gzip', 'budget', ''],
    sizes.map((s) =>
      s.error
        ? [s.name, '—', '—', s.budget ? kb(s.budget) : '', `not measured: ${s.error.slice(0, 90)}`]
        : [s.name, kb(s.minified), kb(s.gzip), s.budget ? kb(s.budget) : '', s.budget ? (s.gzip <= s.budget ? '✓' : '✗ over') : ''],
    ),
  );
  const cdn = sizes.find((s) => s.name === 'cdn/advocacy-kit.js');
  console.log(`CDN figure from: ${cdn?.how ?? cdn?.error}`);
  console.log('Per-element entries: src/components/<tag>/<tag>.ts bundled by esbuild with Lit, zod and the core inside.');
  console.log(
    `For comparison (quoted in issue 9, NOT measured here; only Lit is measured above): ${quotedReferences
      .map(([what, size]) => `${what} ${size}`)
      .join(', ')}.`,
  );
  if (cdn?.error) return;
  results.size.cdnComposition = await measureComposition(cdn.gzip);
  table(
    '1b. Where the CDN file\'s gzip bytes go (how much smaller it gets without each part; estimates, ±0.2 KB)',
    ['part', 'gzip'],
    results.size.cdnComposition.map((c) => [c.part, kb(c.gzip)]),
  );
}

// ---------------------------------------------------------------- 2. core (Node)
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded columns of plausible signal values with about 5 % NaN (missing) in each. */
function makeColumns(n, seed = 42) {
  const rnd = mulberry32(seed);
  const ranges = {
    dau_mau: [0, 1],
    seat_utilization: [0, 1.1],
    ticket_reopen_rate: [0, 0.3],
    csm_sentiment: [1, 10],
    nps: [-100, 100],
    payment_overdue_days: [0, 90],
    mrr_trend: [-0.3, 0.3],
  };
  const cols = {};
  for (const [id, [lo, hi]] of Object.entries(ranges)) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = rnd() < 0.05 ? NaN : lo + (hi - lo) * rnd();
    cols[id] = col;
  }
  return cols;
}

function sameNumbers(a, b) {
  if (a.length !== b.length) return { ok: false, why: `lengths ${a.length} vs ${b.length}` };
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x) !== Number.isNaN(y) || (!Number.isNaN(x) && Math.abs(x - y) > 1e-9)) {
      return { ok: false, why: `row ${i}: core ${x}, baseline ${y}` };
    }
  }
  return { ok: true };
}

let core = null;
let coreError = null;

/** The core bundled by esbuild to a temporary .mjs and imported, as Node would load the published file. */
async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'ak-bench-'));
  try {
    const file = join(dir, 'core.mjs');
    writeFileSync(file, await bundle('src/core/index.ts', { minify: false, platform: 'node' }));
    core = await import(pathToFileURL(file).href);
  } catch (e) {
    coreError = errText(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function coreSection() {
  if (!core) {
    results.core = { error: coreError };
    console.log(`\n4. Core: not measured (${coreError})`);
    return;
  }

  const batch = [];
  for (const n of [100_000, 1_000_000]) {
    const cols = makeColumns(n);
    const row = { accounts: n };
    try {
      const check = sameNumbers(core.scoreHealthBatch(cols), baselineHealth(cols));
      if (!check.ok) throw new Error(`core and baseline disagree (${check.why})`);
      for (let w = 0; w < 2; w++) {
        core.scoreHealthBatch(cols);
        baselineHealth(cols);
      }
      const kit = [];
      const base = [];
      for (let r = 0; r < RUNS; r++) {
        const order = r % 2 ? ['kit', 'base'] : ['base', 'kit'];
        for (const who of order) {
          const t0 = performance.now();
          if (who === 'kit') core.scoreHealthBatch(cols);
          else baselineHealth(cols);
          (who === 'kit' ? kit : base).push(performance.now() - t0);
        }
      }
      Object.assign(row, {
        kitMs: median(kit),
        baselineMs: median(base),
        kitPerSecond: n / (median(kit) / 1000),
        baselinePerSecond: n / (median(base) / 1000),
        ratio: ratio(median(kit), median(base)),
        sameNumbers: true,
      });
    } catch (e) {
      row.error = errText(e);
    }
    batch.push(row);
  }

  const assessment = {};
  try {
    const model = core.getModel('customer-marketing-5');
    if (!model) throw new Error("getModel('customer-marketing-5') returned undefined");
    const rnd = mulberry32(7);
    const { min, max } = model.scale;
    const sets = Array.from({ length: 64 }, () =>
      Object.fromEntries(model.dimensions.map((d) => [d.id, min + Math.floor(rnd() * (max - min + 1))])),
    );
    const opts = model.segments?.[0] ? { segment: model.segments[0].id } : undefined;
    let calls = 0;
    const t = performance.now();
    while (performance.now() - t < 100) core.scoreAssessment(model, sets[calls++ & 63], opts);
    const per = Math.max(1000, Math.round(calls)); // ≈ 100 ms a batch
    const rates = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      for (let i = 0; i < per; i++) core.scoreAssessment(model, sets[i & 63], opts);
      rates.push(per / ((performance.now() - t0) / 1000));
    }
    Object.assign(assessment, { model: 'customer-marketing-5', segment: opts?.segment ?? null, callsPerSecond: median(rates) });
  } catch (e) {
    assessment.error = errText(e);
  }
  results.core = { scoreHealthBatch: batch, scoreAssessment: assessment };

  table(
    '2. Core in Node: scoreHealthBatch vs a hand-written loop (default config, 7 signals, ~5 % NaN; median of 7)',
    ['accounts', 'core ms', 'core accounts/s', 'baseline ms', 'baseline accounts/s', 'ratio (goal ≤ 1.5×)'],
    batch.map((r) =>
      r.error
        ? [fmtInt(r.accounts), '—', '—', '—', '—', `not measured: ${r.error}`]
        : [fmtInt(r.accounts), fmt(r.kitMs), fmtInt(r.kitPerSecond), fmt(r.baselineMs), fmtInt(r.baselinePerSecond), `${fmt(r.ratio, 2)}×`],
    ),
  );
  console.log(
    assessment.error
      ? `scoreAssessment: not measured (${assessment.error})`
      : `scoreAssessment on customer-marketing-5${assessment.segment ? ` (segment ${assessment.segment})` : ''}: ${fmtInt(assessment.callsPerSecond)} calls/s (median of 7 batches)`,
  );
}

// ---------------------------------------------------------------- 3 + 4. browser
const RENDER_HARNESS = `
const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function insert(tag, n) {
  const container = document.createElement('div');
  document.body.append(container);
  const frag = document.createDocumentFragment();
  const els = new Array(n);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.setAttribute('score', String((i * 37) % 101));
    frag.append(el);
    els[i] = el;
  }
  container.append(frag);
  if (els[0].updateComplete) await Promise.all(els.map((e) => e.updateComplete));
  const t1 = performance.now();
  els[n - 1].getBoundingClientRect();
  void container.offsetHeight;
  const t2 = performance.now();
  return { ms: t2 - t0, scriptMs: t1 - t0, container, els };
}
window.__render = async (tag, n) => {
  gc();
  await settle();
  const { ms, scriptMs, container } = await insert(tag, n);
  container.remove();
  return [ms, scriptMs];
};
// Run on a fresh page: a first batch pays the one-time costs (template and style preparation), then the
// heap is read around a second batch that stays in the DOM. Removed DOM trees take several collections
// (and a task in between) to be freed, hence the repeated gc().
window.__heap = async (tag, n) => {
  const collect = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await settle();
    }
  };
  (await insert(tag, n)).container.remove();
  await collect();
  const before = performance.memory.usedJSHeapSize;
  const { container, els } = await insert(tag, n);
  await collect();
  const after = performance.memory.usedJSHeapSize;
  container.remove();
  return els.length && after - before;
};
window.__ready = Promise.all(['baseline-badge', 'lit-badge', 'health-badge'].map((tag) => customElements.whenDefined(tag)));
`;

const ASSESSMENT_HARNESS = `
import '/maturity-assessment.js';
const t0 = performance.now();
const el = document.querySelector('maturity-assessment');
window.__firstRender = Promise.resolve(el.updateComplete).then(() => performance.now() - t0);
window.__changes = 0;
el.addEventListener('assessment-change', () => window.__changes++);
const RADIO = 'input[type="radio"], [role="radio"]';
function deepAll(node, out = []) {
  for (const child of node.querySelectorAll('*')) {
    if (child.matches(RADIO)) out.push(child);
    if (child.shadowRoot) deepAll(child.shadowRoot, out);
  }
  return out;
}
function deepActive() {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
window.__focusRadio = () => {
  const a = deepActive();
  if (a && a.matches && a.matches(RADIO)) return true;
  const r = el.shadowRoot ? deepAll(el.shadowRoot)[0] : undefined;
  if (!r) return false;
  r.focus();
  return deepActive() === r;
};
window.__arm = () => {
  window.__pending = new Promise((resolve) => {
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      let scriptMs = NaN;
      // The script time: from the key to the end of the update it causes (the element's change event, then
      // its update, which Lit finishes in the same task, before the browser can paint).
      el.addEventListener('assessment-change', () => el.updateComplete.then(() => (scriptMs = performance.now() - t0)), { once: true });
      requestAnimationFrame(() => {
        const t1 = performance.now();
        requestAnimationFrame(() => resolve([t1 - t0, performance.now() - t0, scriptMs]));
      });
    }, { capture: true, once: true });
  });
};
`;

async function browserSections() {
  if (!chromePath) {
    results.render = results.interaction = { error: 'no Chromium found (set CHROME_PATH)' };
    console.log('\n2./3. Browser: not measured (no Chromium found; set CHROME_PATH)');
    return;
  }
  const files = {
    '/baseline-badge.js': readFileSync(join(root, 'bench/baseline-badge.js'), 'utf8'),
    '/render-harness.js': RENDER_HARNESS,
    '/render.html':
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>render</title><body>' +
      '<script type="module" src="/baseline-badge.js"></script><script type="module" src="/lit-badge.js"></script>' +
      '<script type="module" src="/health-badge.js"></script>' +
      '<script type="module" src="/render-harness.js"></script></body></html>',
    '/assessment-harness.js': ASSESSMENT_HARNESS,
  };
  const missing = {};
  try {
    files['/lit-badge.js'] = await bundle('bench/baseline-lit-badge.js');
  } catch (e) {
    missing['health-badge'] = `bench/baseline-lit-badge.js: ${errText(e)}`;
  }
  for (const tag of ['health-badge', 'maturity-assessment']) {
    try {
      files[`/${tag}.js`] = await bundle(`src/components/${tag}/${tag}.ts`);
    } catch (e) {
      missing[tag] = errText(e);
    }
  }
  // The model's first benchmark segment, preset so the element skips its segment question (none if it has none).
  const segment = core?.getModel?.('cma-advocacy-11')?.segments?.[0]?.id ?? null;
  files['/assessment.html'] =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>assessment</title><body>' +
    `<maturity-assessment model="cma-advocacy-11"${segment ? ` segment="${segment}"` : ''}></maturity-assessment>` +
    '<script type="module" src="/assessment-harness.js"></script></body></html>';

  const server = createServer((req, res) => {
    const body = files[new URL(req.url, 'http://x').pathname];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type = req.url.endsWith('.html') ? 'text/html' : 'text/javascript';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  results.machine.chromium = await browser.version();
  try {
    await renderSection(browser, base, missing['health-badge']);
    await interactionSection(browser, base, missing['maturity-assessment'], segment);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The badge and its two baselines: hand-written (no library) and a bare LitElement with the same button. */
const TAGS = ['baseline-badge', 'lit-badge', 'health-badge'];
const KEY = { 'health-badge': 'kit', 'baseline-badge': 'baseline', 'lit-badge': 'lit' };
const HEAP_RUNS = 5;

async function renderSection(browser, base, missing) {
  if (missing) {
    results.render = { error: `health-badge not bundled: ${missing}` };
    console.log(`\n2. Render: not measured (${results.render.error})`);
    return;
  }
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(errText(e)));
  try {
    const load = async () => {
      await page.goto(`${base}/render.html`, { waitUntil: 'load' });
      await page.evaluate(() =>
        Promise.race([window.__ready, new Promise((_, no) => setTimeout(() => no(new Error('elements not defined')), 5000))]),
      );
    };
    await load();
    for (const tag of TAGS) await page.evaluate((tag) => window.__render(tag, 1000), tag);
    const rows = [];
    for (const n of [1000, 10000]) {
      // A run at 1,000 lasts ~0.1 s, so single runs swing with the machine: 3 × RUNS rounds steady the median there.
      // A slow element would push the whole bench past a few minutes at 10,000; fewer runs then, and the table says so.
      const runs = n < 10000 ? 3 * RUNS : rows[0].kitMs * 10 > 1500 ? 3 : RUNS;
      const ms = { kit: [], baseline: [], lit: [] };
      const script = { kit: [], baseline: [], lit: [] };
      for (let r = 0; r < runs; r++) {
        // Each round runs the three side by side, in an order that rotates, so none always goes first.
        for (const tag of [...TAGS.slice(r % 3), ...TAGS.slice(0, r % 3)]) {
          const [total, scriptMs] = await page.evaluate((tag, n) => window.__render(tag, n), tag, n);
          ms[KEY[tag]].push(total);
          script[KEY[tag]].push(scriptMs);
        }
      }
      rows.push({
        badges: n,
        runs,
        kitMs: median(ms.kit),
        baselineMs: median(ms.baseline),
        litMs: median(ms.lit),
        ratio: ratio(median(ms.kit), median(ms.baseline)),
        litRatio: ratio(median(ms.kit), median(ms.lit)),
        // Insert until every element has rendered (script), the rest is style and layout.
        kitScriptMs: median(script.kit),
        baselineScriptMs: median(script.baseline),
        litScriptMs: median(script.lit),
        kitRuns: ms.kit,
        baselineRuns: ms.baseline,
        litRuns: ms.lit,
        // Each run's badge time over the baseline run of the same round: how far noise moves the ratio.
        pairRatios: ms.kit.map((k, i) => ratio(k, ms.baseline[i])).sort((a, b) => a - b),
      });
    }
    const heap = { kit: [], baseline: [], lit: [] };
    for (let r = 0; r < HEAP_RUNS; r++) {
      for (const tag of [...TAGS.slice(r % 3), ...TAGS.slice(0, r % 3)]) {
        await load();
        heap[KEY[tag]].push(await page.evaluate((tag) => window.__heap(tag, 1000), tag));
      }
    }
    results.render = {
      insertToLayout: rows,
      heapPer1000: {
        kit: median(heap.kit),
        baseline: median(heap.baseline),
        lit: median(heap.lit),
        ratio: ratio(median(heap.kit), median(heap.baseline)),
        litRatio: ratio(median(heap.kit), median(heap.lit)),
        runs: heap,
      },
      pageErrors: errors,
    };
  } catch (e) {
    results.render = { error: errText(e), pageErrors: errors };
  } finally {
    await page.close();
  }
  if (results.render.error) {
    console.log(`\n2. Render: not measured (${results.render.error}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''})`);
    return;
  }
  table(
    '3. Render in headless Chromium: insert <health-badge score> → updateComplete → layout (medians; the three side by side, order rotating)',
    ['badges', 'health-badge ms', 'hand-written ms', 'bare Lit ms', 'vs hand-written (goal ≤ 1.5×)', 'per round', 'vs bare Lit', 'script: kit / hand / Lit ms', 'rounds'],
    results.render.insertToLayout.map((r) => [
      fmtInt(r.badges),
      fmt(r.kitMs),
      fmt(r.baselineMs),
      fmt(r.litMs),
      `${fmt(r.ratio, 2)}×`,
      `${fmt(r.pairRatios[0], 2)}–${fmt(r.pairRatios.at(-1), 2)}×`,
      `${fmt(r.litRatio, 2)}×`,
      `${fmt(r.kitScriptMs)} / ${fmt(r.baselineScriptMs)} / ${fmt(r.litScriptMs)}`,
      r.runs,
    ]),
  );
  const h = results.render.heapPer1000;
  table(
    `JS heap per 1,000 badges (usedJSHeapSize delta after forced GC, fresh page each, median of ${HEAP_RUNS})`,
    ['health-badge', 'hand-written', 'bare Lit', 'vs hand-written', 'vs bare Lit (goal ≤ 1.25×)'],
    [[kb(h.kit), kb(h.baseline), kb(h.lit), `${fmt(h.ratio, 2)}×`, `${fmt(h.litRatio, 2)}×`]],
  );
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
}

const PRESSES = 41;

async function interactionSection(browser, base, missing, segment) {
  if (missing) {
    results.interaction = { error: `maturity-assessment not bundled: ${missing}` };
    console.log(`\n3. Interaction: not measured (${results.interaction.error})`);
    return;
  }
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(errText(e)));
  const out = { model: 'cma-advocacy-11', segment, pageErrors: errors };
  try {
    const first = [];
    for (let r = 0; r < RUNS; r++) {
      await page.goto(`${base}/assessment.html`, { waitUntil: 'load' });
      first.push(await page.evaluate(() => window.__firstRender));
    }
    out.firstRenderMs = median(first);
    out.firstRenderRuns = first;

    await page.bringToFront();
    const work = [];
    const frame = [];
    const script = [];
    let changes = 0;
    for (let r = 0; r < 2 + PRESSES; r++) {
      const focused = await page.evaluate(() => window.__focusRadio());
      if (!focused) throw new Error('no focusable radio (input[type=radio] or [role=radio]) in the shadow DOM');
      const before = await page.evaluate(() => window.__changes);
      await page.evaluate(() => window.__arm());
      await page.keyboard.press('ArrowRight');
      const [w, f, sc] = await page.evaluate(() => window.__pending);
      await new Promise((res) => setTimeout(res, 30));
      if (r < 2) continue; // warm-up
      work.push(w);
      frame.push(f);
      script.push(sc);
      if ((await page.evaluate(() => window.__changes)) > before) changes++;
    }
    Object.assign(out, {
      keyToFrameMs: median(frame),
      keyToFirstRafMs: median(work),
      // A frame is missed when the first animation frame after the key comes more than one frame (16.7 ms) later.
      framesMissed: work.filter((w) => w > 1000 / 60).length,
      keyToUpdateScriptMs: median(script),
      keyToUpdateScriptMaxMs: Math.max(...script.filter(Number.isFinite)),
      presses: frame.length,
      pressesThatChanged: changes,
      keyToFrameRuns: frame,
      keyToUpdateScriptRuns: script,
    });
  } catch (e) {
    out.error = errText(e);
  } finally {
    await page.close();
  }
  results.interaction = out;
  table(
    `4. Interaction: maturity-assessment (cma-advocacy-11${segment ? `, segment ${segment}` : ''})`,
    ['measure', 'median ms', 'runs'],
    [
      ['module evaluated → first updateComplete (fresh loads)', fmt(out.firstRenderMs), fmtInt(out.firstRenderRuns?.length)],
      ['ArrowRight keydown → next painted frame (2nd rAF)', fmt(out.keyToFrameMs), fmtInt(out.presses)],
      ['ArrowRight keydown → 1st rAF (work before the frame)', fmt(out.keyToFirstRafMs), fmtInt(out.presses)],
      ['ArrowRight keydown → end of the update, script (goal ≤ 4 ms)', fmt(out.keyToUpdateScriptMs), fmtInt(out.presses)],
    ],
  );
  if (out.presses) console.log(`slowest update ${fmt(out.keyToUpdateScriptMaxMs)} ms; frames missed (1st rAF > 16.7 ms after the key): ${out.framesMissed} of ${out.presses}`);
  if (out.error) console.log(`not fully measured: ${out.error}`);
  if (out.presses) console.log(`${out.pressesThatChanged} of ${out.presses} presses fired assessment-change.`);
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
}

// ---------------------------------------------------------------- summary, files
function summary() {
  const lines = [];
  for (const s of results.size?.entries ?? []) {
    if (!s.budget) continue;
    lines.push(
      s.error
        ? `✗ ${s.name}: not measured (${s.error.slice(0, 80)})`
        : `${s.gzip <= s.budget ? '✓' : '✗'} ${s.name}: ${kb(s.gzip)} gzip (budget ${kb(s.budget)})`,
    );
  }
  const r1000 = results.render?.insertToLayout?.find((r) => r.badges === 1000);
  lines.push(
    r1000
      ? `${r1000.ratio <= 1.5 ? '✓' : '✗'} 1,000 health-badges to layout: ${fmt(r1000.kitMs)} ms vs baseline ${fmt(r1000.baselineMs)} ms = ${fmt(r1000.ratio, 2)}× (goal ≤ 1.5×)`
      : `✗ render: not measured (${results.render?.error ?? 'skipped'})`,
  );
  const h = results.render?.heapPer1000;
  if (h) lines.push(`${h.litRatio <= 1.25 ? '✓' : '✗'} JS heap per 1,000 health-badges: ${kb(h.kit)} = ${fmt(h.litRatio, 2)}× a bare LitElement (goal ≤ 1.25×)`);
  const i = results.interaction;
  lines.push(
    Number.isFinite(i?.keyToUpdateScriptMs)
      ? `${i.keyToUpdateScriptMs <= 4 && !i.framesMissed ? '✓' : '✗'} arrow key → end of update in maturity-assessment: ${fmt(i.keyToUpdateScriptMs)} ms script (goal ≤ 4 ms), ${i.framesMissed} of ${i.presses} presses missed the next frame`
      : `✗ interaction: not measured (${i?.error ?? 'skipped'})`,
  );
  const b1m = results.core?.scoreHealthBatch?.find((r) => r.accounts === 1_000_000);
  lines.push(
    b1m && !b1m.error
      ? `${b1m.ratio <= 1.5 ? '✓' : '✗'} scoreHealthBatch 1,000,000 accounts: ${fmtInt(b1m.kitPerSecond)} accounts/s = ${fmt(b1m.ratio, 2)}× the hand-written loop (goal ≤ 1.5×)`
      : `✗ scoreHealthBatch: not measured (${b1m?.error ?? results.core?.error ?? 'skipped'})`,
  );
  const sa = results.core?.scoreAssessment;
  if (sa && !sa.error) lines.push(`  scoreAssessment (customer-marketing-5): ${fmtInt(sa.callsPerSecond)} calls/s`);
  console.log(`\nSummary (${fmt((performance.now() - started) / 1000, 0)} s)\n-------`);
  for (const l of lines) console.log(l);
}

function readmeSection() {
  const m = results.machine;
  const out = ['## Performance', ''];
  out.push(
    `Measured ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, load average ${m.loadAverageAtStart} at the start), ` +
      `Node ${m.node}, ${m.chromium ?? 'no Chromium'}. ` +
      `Reproduce with \`npm run bench\` (${fmt(results.totalSeconds, 0)} s here; writes \`bench/results.json\`). Timings are medians of runs ` +
      'alternated with a hand-written baseline in the same process, so the ratios matter more than the milliseconds.',
    '',
    '### Size (minified, gzip level 9)',
    '',
    '| entry | minified | gzip | budget |',
    '|---|---:|---:|---:|',
  );
  for (const s of results.size?.entries ?? []) {
    out.push(
      s.error
        ? `| \`${s.name}\` | — | — | ${s.budget ? kb(s.budget) : ''} |`
        : `| \`${s.name}\` | ${kb(s.minified)} | ${kb(s.gzip)} | ${s.budget ? kb(s.budget) : ''} |`,
    );
  }
  out.push(
    '',
    'Each `advocacy-kit/<tag>` row is what a page importing only that element loads with it: the element with Lit and ' +
      'the core bundled in, split as a bundler splits dynamic imports, so what follows on demand (a badge’s scoring for ' +
      'signals, a row or a decision; a model’s text; zod for a custom model) is not counted; `npm run bench` prints it ' +
      '(measured from source; a packaging test checks that the npm package bundles to the size the source does, within 5 %). For comparison (figures quoted in issue 9, not measured here): ' +
      quotedReferences.map(([what, size]) => `${what} ${size}`).join(', ') +
      '. `npm test` fails when an entry grows past its budget, or if ' +
      Object.entries(ceilings).map(([name, ceiling]) => `\`${name}\` grows past its ceiling of ${kb(ceiling)}`).join(' or ') +
      '.',
  );
  const parts = results.size?.cdnComposition;
  if (parts) {
    out.push(
      '',
      'Where the CDN file\'s gzip bytes go, as how much smaller it gets without each part (estimates, ±0.2 KB): ' +
        parts.map((c) => `${c.part} ${kb(c.gzip)}`).join(', ') +
        '.',
    );
  }
  const r = results.render;
  if (r?.insertToLayout) {
    out.push(
      '',
      '### Rendering (headless Chromium)',
      '',
      '| `<health-badge>`s inserted, to layout | health-badge | hand-written | bare Lit | vs hand-written | per round | vs bare Lit | rounds |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const x of r.insertToLayout) {
      out.push(
        `| ${fmtInt(x.badges)} | ${fmt(x.kitMs)} ms | ${fmt(x.baselineMs)} ms | ${fmt(x.litMs)} ms | ${fmt(x.ratio, 2)}× | ${fmt(x.pairRatios[0], 2)}–${fmt(x.pairRatios.at(-1), 2)}× | ${fmt(x.litRatio, 2)}× | ${x.runs} |`,
      );
    }
    const h = r.heapPer1000;
    out.push(
      '',
      'The baselines are a hand-written custom element (`bench/baseline-badge.js`: a shadow root, one span, one shared ' +
        'constructable stylesheet) and a bare LitElement rendering the same button (`bench/baseline-lit-badge.js`). ' +
        `JS heap per 1,000 badges: ${kb(h.kit)}, hand-written ${kb(h.baseline)}, bare Lit ${kb(h.lit)} (${fmt(h.litRatio, 2)}× bare Lit; goal ≤ 1.25×).`,
    );
  }
  const i = results.interaction;
  if (Number.isFinite(i?.keyToFrameMs) || Number.isFinite(i?.firstRenderMs)) {
    out.push(
      '',
      `\`<maturity-assessment model="cma-advocacy-11">\`: an arrow key on a level choice takes ${fmt(i.keyToUpdateScriptMs)} ms of script to the end ` +
        `of its update (median of ${i.presses ?? 0}, slowest ${fmt(i.keyToUpdateScriptMaxMs)} ms; goal ≤ 4 ms), ${i.framesMissed ?? '—'} presses missed the next frame, and ` +
        `the next painted frame comes ${fmt(i.keyToFrameMs)} ms after the key (frames every ~16.7 ms); from the module evaluated to the first render takes ${fmt(i.firstRenderMs)} ms (median of 7 page loads).`,
    );
  }
  const c = results.core;
  if (c?.scoreHealthBatch) {
    out.push('', '### Core (Node)', '', '| `scoreHealthBatch` accounts | accounts/s | hand-written loop | ratio |', '|---|---:|---:|---:|');
    for (const x of c.scoreHealthBatch) {
      out.push(x.error ? `| ${fmtInt(x.accounts)} | — | — | — |` : `| ${fmtInt(x.accounts)} | ${fmtInt(x.kitPerSecond)} | ${fmtInt(x.baselinePerSecond)} | ${fmt(x.ratio, 2)}× |`);
    }
    if (c.scoreAssessment && !c.scoreAssessment.error) {
      out.push('', `\`scoreAssessment\` on \`customer-marketing-5\`: ${fmtInt(c.scoreAssessment.callsPerSecond)} calls per second.`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Runs a section and notes how long it took, to keep the whole run within a few minutes. */
async function timed(name, fn) {
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  (results.sectionSeconds ??= {})[name] = Math.round(s * 10) / 10;
  console.log(`(${name}: ${fmt(s)} s)`);
}

// `--only=size,browser,core` runs some sections, for a quick look; it then writes no files, so the saved
// figures always come from one complete run.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wanted = (name) => !only || only.includes(name);

await loadCore();
if (wanted('size')) await timed('size', sizeSection);
// Node's timings before the browser's: a Chromium still exiting shared the two cores with them and made the core's
// ratio swing from 1.1× to 1.9× between full runs.
if (wanted('core')) await timed('core', coreSection);
if (wanted('browser')) await timed('browser', browserSections);
results.totalSeconds = Math.round((performance.now() - started) / 1000);
summary();
if (only) {
  console.log('\n--only: bench/results.json and bench/README-section.md left as they were.');
} else {
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'bench/README-section.md'), readmeSection());
  console.log('\nWrote bench/results.json and bench/README-section.md');
}
