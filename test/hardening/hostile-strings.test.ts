/**
 * Hostile strings: markup, script, `javascript:` URLs, a 5,000-character word, RTL and emoji text in model
 * titles, level descriptions, labels, questions and comments render as inert text and never widen the
 * element beyond its container.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { builtInModels, defaultHealthConfig, modelLimits, type AssessmentModel, type HealthConfig } from '../../src/index.js';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:alert(1)';
const LONG = 'W'.repeat(5000);
const RTL = 'مستوى النضج של תוכנית';
const EMOJI = '🚀 👩‍👩‍👧‍👦 🏳️‍🌈';
const ALL = [IMG, SCRIPT, JS_URL, LONG, RTL, EMOJI];
// The model schema caps labels and texts (modelLimits; longer ones are a documented model error): the longest
// unbroken words it accepts, with room for the prefixes below.
const MODEL_LONG = 'W'.repeat(modelLimits.label - 3);
const MODEL_TEXT_LONG = 'W'.repeat(modelLimits.text - 60);
const MODEL_ALL = [IMG, SCRIPT, JS_URL, MODEL_LONG, RTL, EMOJI];
const mpick = (i: number) => MODEL_ALL[i % MODEL_ALL.length]!;

const pick = (i: number) => ALL[i % ALL.length]!;

type Pwned = Window & { __pwned?: unknown };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

function hostileModel(): AssessmentModel {
  const base = structuredClone(builtInModels['customer-marketing-5']) as AssessmentModel;
  let n = 0;
  return {
    ...base,
    title: `${IMG} ${RTL}`,
    dimensions: base.dimensions.map((d, i) => ({
      ...d,
      title: i === 0 ? MODEL_LONG : `${mpick(i)} ${i}`,
      measures: `${SCRIPT} ${EMOJI}`,
      levels: d.levels.map((l) => ({ ...l, label: `${mpick(n++)} ${l.score}`, description: `${JS_URL} ${IMG} ${MODEL_TEXT_LONG}`, evidence: [SCRIPT, RTL] })),
      redFlags: [IMG, MODEL_TEXT_LONG],
    })),
    bands: base.bands.map((b) => ({ ...b, label: `${SCRIPT} ${b.id}`, interpretation: `${IMG} ${RTL}`, nextStep: `${JS_URL} ${MODEL_TEXT_LONG}` })),
    segments: base.segments?.map((s) => ({ ...s, label: `${EMOJI} ${IMG} ${s.id}` })),
  };
}

/** Asserts the shadow root shows `texts` literally, created no element from them, and fits its container. */
function expectInert(el: HTMLElement, container: HTMLElement, texts: string[]): void {
  const root = el.shadowRoot!;
  const text = root.textContent ?? '';
  for (const t of texts) expect(text.includes(t), `shows "${t.slice(0, 40)}" as text`).to.equal(true);
  expect(root.querySelectorAll('img, script, iframe, object, embed').length, 'no element created from a string').to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const name of node.getAttributeNames()) {
      expect(name.startsWith('on'), `${node.localName}[${name}]`).to.equal(false);
      expect(/^\s*javascript:/i.test(node.getAttribute(name) ?? ''), `${node.localName}[${name}] holds a javascript: URL`).to.equal(false);
    }
  }
  expect((window as Pwned).__pwned).to.equal(undefined);

  // Nothing visible may stick out of the container (visually hidden text and SVG internals are clipped by design).
  const limit = container.getBoundingClientRect().right + 1;
  expect(el.getBoundingClientRect().right, 'host fits').to.be.at.most(limit);
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden, svg, [hidden]')) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const name = `<${node.localName} class="${node.getAttribute('class') ?? ''}">`;
    if (/absolute|fixed/.test(getComputedStyle(node).position)) {
      // An overlay (tooltip, popover) may extend past the container but not past the page, nor spill its text.
      expect(r.right, `${name} fits the page`).to.be.at.most(document.documentElement.clientWidth + 1);
      expect(node.scrollWidth, `${name} holds its text`).to.be.at.most(node.clientWidth + 1);
    } else {
      // Inside an overlay, the overlay is the box to fit; elsewhere, the container.
      const overlay = [...root.querySelectorAll<HTMLElement>('*')].find(
        (o) => o !== node && o.contains(node) && /absolute|fixed/.test(getComputedStyle(o).position),
      );
      const right = overlay ? overlay.getBoundingClientRect().right + 1 : limit;
      expect(r.right, `${name} fits its ${overlay ? 'overlay' : 'container'}`).to.be.at.most(right);
    }
  }
}

async function inContainer<T extends Lit>(make: () => T): Promise<{ el: T; container: HTMLElement }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 360px; padding: 0"></div>`);
  const el = make();
  container.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return { el, container };
}

describe('hardening: hostile strings', () => {
  afterEach(() => expect((window as Pwned).__pwned).to.equal(undefined));

  it('maturity-assessment: every step, the review and the result keep model strings inert and wrapped', async () => {
    const model = hostileModel();
    const { el, container } = await inContainer(() => {
      const a = document.createElement('maturity-assessment') as Lit & { model: unknown };
      a.model = model;
      return a;
    });
    const root = el.shadowRoot!;
    // Booleans, not elements, in assertions: an element with this much text makes the failure report unwieldy.
    expect(!!root.querySelector('[part~="error"]'), (root.textContent ?? '').slice(0, 500)).to.equal(false);
    // The ARR question shows the hostile segment labels.
    expectInert(el, container, [model.title, ...model.segments!.map((s) => s.label)]);
    root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="segment"] button[type="submit"]')!.click();
    await el.updateComplete;
    for (const d of model.dimensions) {
      expectInert(el, container, [d.title, d.measures, ...d.levels.map((l) => l.label), d.levels[0]!.description]);
      root.querySelector<HTMLElement>('[role="radio"][data-score="1"]')!.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
    }
    expectInert(el, container, model.dimensions.map((d) => d.title));
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'See my results')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const band = model.bands[0]!;
    expectInert(el, container, [band.label, band.interpretation, band.nextStep, IMG, MODEL_TEXT_LONG]);
  });

  it('score-radar: hostile axis and series labels stay text (chart, legend, table, tooltip) and fit', async () => {
    const { el, container } = await inContainer(() => {
      const r = document.createElement('score-radar') as Lit & { axes: unknown; series: unknown };
      r.axes = ALL.map((label, i) => ({ id: `a${i}`, label }));
      r.series = [
        { label: IMG, values: Object.fromEntries(ALL.map((_, i) => [`a${i}`, (i % 5) + 1])) },
        { label: LONG, values: Object.fromEntries(ALL.map((_, i) => [`a${i}`, 3])) },
      ];
      r.setAttribute('label', `${SCRIPT} ${RTL}`);
      return r;
    });
    const root = el.shadowRoot!;
    expect(!!root.querySelector('[role="alert"]'), (root.textContent ?? '').slice(0, 500)).to.equal(false);
    root.querySelector<SVGElement>('circle.point')!.focus();
    await el.updateComplete;
    expectInert(el, container, [...ALL, `${SCRIPT} ${RTL}`]);
    expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.include(SCRIPT);
  });

  it('benchmark-gauge: a hostile label stays text', async () => {
    const label = `${IMG} ${LONG} ${RTL}`;
    const { el, container } = await inContainer(() => {
      const g = document.createElement('benchmark-gauge') as Lit;
      for (const [k, v] of Object.entries({ value: '2.5', min: '1', max: '5', expected: '2.3', good: '3', alarm: '1.6', label })) g.setAttribute(k, v);
      return g;
    });
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label')).to.equal(label);
    expectInert(el, container, []);
  });

  it('health-badge: hostile label and signal labels stay text in the explanation', async () => {
    const config = structuredClone(defaultHealthConfig) as HealthConfig;
    config.signals.forEach((s, i) => ((s as { label: string }).label = pick(i)));
    const { el, container } = await inContainer(() => {
      const b = document.createElement('health-badge') as Lit & { signals: unknown; config: unknown };
      b.setAttribute('label', `${SCRIPT} ${EMOJI} ${LONG}`);
      b.config = config;
      b.signals = Object.fromEntries(config.signals.map((s) => [s.id, s.normalize.kind === 'z-percentile' ? 40 : 0.5]));
      return b;
    });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="badge"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.contain(`${SCRIPT} ${EMOJI} ${LONG} health:`);
    expectInert(el, container, config.signals.map((s) => s.label));
  });

  it('nps-survey: a hostile question shows as text and a hostile comment is submitted verbatim', async () => {
    const question = `${IMG} ${JS_URL} ${LONG} ${RTL} ${EMOJI}`;
    const { el, container } = await inContainer(() => {
      const s = document.createElement('nps-survey') as Lit;
      s.setAttribute('question', question);
      return s;
    });
    const root = el.shadowRoot!;
    expectInert(el, container, [question]);
    root.querySelector<HTMLElement>('[role="radio"][data-score="3"]')!.click();
    await el.updateComplete;
    const comment = `${SCRIPT} ${IMG} ${EMOJI} ${RTL}`;
    const area = root.querySelector('textarea')!;
    area.value = comment;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    let detail: { comment?: string } = {};
    el.addEventListener('nps-submit', (e) => (detail = (e as CustomEvent).detail));
    root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await el.updateComplete;
    expect(detail.comment).to.equal(comment);
    expectInert(el, container, []);
  });
});
