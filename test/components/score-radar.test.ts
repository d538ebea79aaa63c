import { fixture, html, expect, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { canEmulateMedia, emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/score-radar/score-radar.js';
import type { ScoreRadar, RadarAxis, RadarSeries } from '../../src/components/score-radar/score-radar.js';
import type { RadarErrorEvent } from '../../src/events/radar-error.js';
import { getModel, scoreAssessment } from '../../src/core/index.js';

const FIVE: RadarAxis[] = [
  { id: 'expansion', label: 'Expansion' },
  { id: 'reference', label: 'Reference program' },
  { id: 'community', label: 'Community' },
  { id: 'voc', label: 'Voice of the customer' },
  { id: 'lifecycle', label: 'Lifecycle marketing' },
];

const LONG_LABELS = [
  'Executive vision and program charter',
  'Metrics, reporting and attribution to revenue',
  'Horizontal integration across sales, success and product',
  'Content strategy for customer stories',
  'Managing upward and securing budget',
  'Information systems and advocate database',
  'Outside expertise and agency partners',
  'Recruiting advocates from promoters',
  'Recognition, rewards and community programs',
  'Reference fulfilment speed',
  'Customer-led growth and co-marketing',
  'Extraordinarilylongsingleword dimension',
];

async function settle(el: ScoreRadar): Promise<void> {
  await nextFrame();
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

async function radar(
  axes: RadarAxis[] | undefined,
  series: RadarSeries[] | undefined,
  width = 480,
  label = 'Marketing maturity',
): Promise<{ el: ScoreRadar; errors: RadarErrorEvent[]; box: HTMLDivElement }> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><score-radar label=${label}></score-radar></div>`);
  const el = box.querySelector('score-radar')!;
  const errors: RadarErrorEvent[] = [];
  el.addEventListener('radar-error', (e) => errors.push(e));
  el.axes = axes;
  el.series = series;
  await settle(el);
  return { el, errors, box };
}

function q<T extends Element>(el: ScoreRadar, sel: string): T {
  return el.shadowRoot!.querySelector(sel) as T;
}

function qa<T extends Element>(el: ScoreRadar, sel: string): T[] {
  return [...el.shadowRoot!.querySelectorAll(sel)] as T[];
}

function centreOf(r: DOMRect): [number, number] {
  return [r.left + r.width / 2, r.top + r.height / 2];
}

function plotCircle(el: ScoreRadar): { cx: number; cy: number; r: number } {
  const rect = q<SVGCircleElement>(el, '[part="ring-outer"]').getBoundingClientRect();
  const [cx, cy] = centreOf(rect);
  return { cx, cy, r: rect.width / 2 };
}

describe('score-radar', function () {
  // axe's first run is slow when the shared test machine is busy.
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('geometry', () => {
    it('puts a value at max on the outer ring and a value at min at the centre', async () => {
      const { el } = await radar(FIVE, [
        { label: 'Now', values: { expansion: 5, reference: 1, community: 3, voc: 4, lifecycle: 2 } },
      ]);
      const { cx, cy, r } = plotCircle(el);
      expect(r).to.be.greaterThan(50);
      const at = (axis: string) => centreOf(q(el, `.point[data-axis="${axis}"]`).getBoundingClientRect());
      const [mx, my] = at('expansion');
      expect(Math.hypot(mx - cx, my - cy)).to.be.closeTo(r, 1);
      expect(my).to.be.lessThan(cy); // the first axis points up
      const [nx, ny] = at('reference');
      expect(Math.hypot(nx - cx, ny - cy)).to.be.closeTo(0, 1);
      const [hx, hy] = at('community');
      expect(Math.hypot(hx - cx, hy - cy)).to.be.closeTo(r / 2, 1);
    });

    it('draws one ring per scale point, and takes min, max and rings from a model', async () => {
      const { el } = await radar(FIVE, [{ label: 'Now', values: { expansion: 3 } }]);
      expect(qa(el, '.ring')).to.have.length(4); // 2..5 around the centre at 1
      el.levels = 3;
      await el.updateComplete;
      expect(qa(el, '.ring')).to.have.length(2);

      const model = getModel('cma-advocacy-11')!;
      const result = scoreAssessment(model, { [model.dimensions[0].id]: 4, [model.dimensions[1].id]: 1 });
      const box = await fixture<HTMLDivElement>(html`<div style="width:500px"><score-radar></score-radar></div>`);
      const fromResult = box.querySelector('score-radar')!;
      fromResult.model = model;
      fromResult.result = result;
      await settle(fromResult);
      expect(qa(fromResult, '.ring')).to.have.length(model.scale.max - model.scale.min);
      expect(qa(fromResult, '.axis-label')).to.have.length(model.dimensions.length);
      const { cx, cy, r } = plotCircle(fromResult);
      const top = centreOf(q(fromResult, `.point[data-axis="${model.dimensions[0].id}"]`).getBoundingClientRect());
      expect(Math.hypot(top[0] - cx, top[1] - cy)).to.be.closeTo(r, 1);
      expect(qa(fromResult, '.point')).to.have.length(2);
    });

    it('animates a change of values with CSS transitions, which reduced motion turns off', async () => {
      const { el } = await radar(FIVE, [{ label: 'Now', values: { expansion: 2, reference: 2, community: 2, voc: 2, lifecycle: 2 } }]);
      el.series = [{ label: 'Now', values: { expansion: 5, reference: 2, community: 2, voc: 2, lifecycle: 2 } }];
      await el.updateComplete;
      const line = q(el, '.series-line');
      const point = q(el, '.point[data-axis="expansion"]');
      const running = (e: Element) => e.getAnimations().map((a) => (a as CSSTransition).transitionProperty);
      if (CSS.supports('d', 'path("M 0 0")')) {
        expect(running(point)).to.include('cy');
        expect(running(line)).to.include('d');
      } else {
        // WebKit cannot transition a path's d, so the points move at once too, never apart from the line.
        expect(running(point)).to.deep.equal([]);
        expect(running(line)).to.deep.equal([]);
        return;
      }
      expect(running(q(el, '.point[data-axis="voc"]'))).to.deep.equal([]);
      if (!canEmulateMedia) return;
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(parseFloat(getComputedStyle(line).transitionDuration)).to.equal(0);
      el.series = [{ label: 'Now', values: { expansion: 1, reference: 2, community: 2, voc: 2, lifecycle: 2 } }];
      await el.updateComplete;
      expect(running(point).length).to.equal(0);
    });

    it('draws a missing value as a gap, not at zero', async () => {
      const { el } = await radar(FIVE, [
        { label: 'Now', values: { expansion: 4, reference: 4, voc: 4, lifecycle: 4 } },
        { label: 'Expected', values: { expansion: 3, reference: 3, community: 3, voc: 3, lifecycle: 3 } },
      ]);
      const now = q<SVGPathElement>(el, '[data-series="0"] path');
      const expected = q<SVGPathElement>(el, '[data-series="1"] path');
      expect(expected.getAttribute('d')).to.match(/Z$/);
      const d = now.getAttribute('d')!;
      expect(d).not.to.contain('Z');
      expect(d.match(/M/g)).to.have.length(1);
      expect(d.match(/L/g)).to.have.length(3); // voc → lifecycle → expansion → reference
      expect(qa(el, '[data-series="0"] .point')).to.have.length(4);
      expect(q(el, '[data-series="0"] .point[data-axis="community"]')).to.equal(null);
      // The path never visits the centre (where 0 or min would be drawn).
      const { cx, cy } = plotCircle(el);
      const svgBox = q<SVGSVGElement>(el, 'svg').getBoundingClientRect();
      const coords = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (let i = 0; i < coords.length; i += 2) {
        const dist = Math.hypot(coords[i] + svgBox.left - cx, coords[i + 1] + svgBox.top - cy);
        expect(dist).to.be.greaterThan(20);
      }
      const row = qa<HTMLTableRowElement>(el, 'tbody tr')[2];
      expect([...row.children].map((c) => c.textContent!.trim())).to.deep.equal(['Community', 'no value', '3']);
    });
  });

  describe('errors', () => {
    const cases: [string, RadarAxis[], RadarSeries[], RegExp][] = [
      ['a value above max', FIVE, [{ label: 'Now', values: { expansion: 6 } }], /6 for "expansion" is outside the scale 1–5/],
      ['a value below min', FIVE, [{ label: 'Now', values: { voc: 0 } }], /0 for "voc" is outside the scale 1–5/],
      ['an unknown axis id', FIVE, [{ label: 'Now', values: { expansion: 2, growth: 3 } }], /unknown axis "growth"/],
      ['NaN', FIVE, [{ label: 'Now', values: { expansion: NaN } }], /value for "expansion" is not a number/],
      [
        'a non-number',
        FIVE,
        [{ label: 'Now', values: { expansion: '3' as unknown as number } }],
        /value for "expansion" is not a number/,
      ],
      ['fewer than 3 axes', FIVE.slice(0, 2), [{ label: 'Now', values: { expansion: 2 } }], /at least 3 axes; got 2/],
      [
        'duplicate axis ids',
        [...FIVE, { id: 'voc', label: 'Again' }],
        [{ label: 'Now', values: { expansion: 2 } }],
        /Axis id "voc" is used more than once/,
      ],
      ['a series with no values', FIVE, [{ label: 'Empty', values: {} }], /Series "Empty" has no values/],
    ];
    for (const [name, axes, series, text] of cases) {
      it(`shows an alert and fires radar-error once for ${name}`, async () => {
        const { el, errors } = await radar(axes, series);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.issues.length).to.be.greaterThan(0);
        expect(errors[0].detail.message).to.be.a('string').and.not.equal('');
        const alert = q<HTMLElement>(el, '[role="alert"][part="error"]');
        expect(alert.textContent).to.match(text);
        expect(q(el, 'svg[role="img"]')).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
        expect(errors).to.have.length(1);
      });
    }

    it('shows an alert for a min that cannot even be turned into a number, instead of throwing', async () => {
      const { el, errors } = await radar(FIVE, [{ label: 'Now', values: { expansion: 2 } }]);
      (el as unknown as { min: unknown }).min = [{ toString: 0 }];
      await el.updateComplete;
      expect(q<HTMLElement>(el, '[role="alert"][part="error"]').textContent).to.match(/min is not a number/);
      expect(errors).to.have.length(1);
    });

    it('recovers when the data is fixed, and reports again for a new problem', async () => {
      const { el, errors } = await radar(FIVE, [{ label: 'Now', values: { expansion: 9 } }]);
      el.series = [{ label: 'Now', values: { expansion: 5 } }];
      await el.updateComplete;
      expect(q(el, '[role="alert"]')).to.equal(null);
      expect(q(el, 'svg[role="img"]')).not.to.equal(null);
      el.series = [{ label: 'Now', values: { expansion: 9 } }];
      await el.updateComplete;
      expect(errors).to.have.length(2);
    });

    it('reads only the host’s own fields: junk on Object.prototype named like one is never a label, a value or a scale', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      const junk: Record<string, unknown> = { label: 'POLLUTED', title: 'POLLUTED', values: { expansion: 3 }, scale: { min: 0, max: 100 } };
      for (const [k, v] of Object.entries(junk)) proto[k] = v;
      try {
        const unlabelled = await fixture<ScoreRadar>(
          html`<score-radar .axes=${FIVE.map(({ id }) => ({ id }))} .series=${[{ values: { expansion: 2 } }]}></score-radar>`,
        );
        const result = { dimensions: FIVE.map(({ id }) => ({ id, score: 2 })) } as unknown as ScoreRadar['result'];
        const fromResult = await fixture<ScoreRadar>(html`<score-radar .result=${result}></score-radar>`);
        for (const el of [unlabelled, fromResult]) {
          expect(el.shadowRoot!.textContent).not.to.include('POLLUTED');
          expect(qa(el, '.axis-label').map((t) => t.textContent!.trim())).to.deep.equal(FIVE.map(({ id }) => id));
        }
        expect(qa(unlabelled, '[part="legend"] li').map((li) => li.textContent!.trim())).to.deep.equal(['Series 1']);
        const { el } = await radar(FIVE, [{ label: 'Now' } as unknown as RadarSeries]);
        expect(q<HTMLElement>(el, '[role="alert"]').textContent).to.match(/Series 1 has no values/);
        const scaleless = await fixture<ScoreRadar>(html`<score-radar .axes=${FIVE} .model=${{ id: 'mine' }}></score-radar>`);
        expect(q(scaleless, '[role="alert"]')).not.to.equal(null);
      } finally {
        for (const k of Object.keys(junk)) delete proto[k];
      }
    });

    it('passes axe in the error state', async () => {
      const { el } = await radar(FIVE.slice(0, 1), []);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    const two: RadarSeries[] = [
      { label: 'You', values: { expansion: 3, reference: 2, community: 4, voc: 1, lifecycle: 5 } },
      { label: 'Growth peers', values: { expansion: 2.3, reference: 2.3, community: 2.3, voc: 2.3, lifecycle: 2.3 } },
    ];

    it('names the chart and gives the same data as a table', async () => {
      const { el } = await radar(FIVE, two);
      const svgEl = q(el, 'svg');
      expect(svgEl.getAttribute('role')).to.equal('img');
      expect(svgEl.getAttribute('aria-label')).to.equal(
        'Marketing maturity. Radar chart of 5 dimensions, 2 series, scale 1 to 5. Table follows.',
      );
      const table = q<HTMLTableElement>(el, 'table');
      expect(table.caption!.textContent!.trim()).to.equal('Marketing maturity');
      const head = qa(el, 'thead th').map((th) => th.textContent!.trim());
      expect(head).to.deep.equal(['Dimension', 'You', 'Growth peers']);
      const rows = qa(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      expect(rows[0]).to.deep.equal(['Expansion', '3', '2.3']);
      expect(rows[4]).to.deep.equal(['Lifecycle marketing', '5', '2.3']);
      const legend = q<HTMLElement>(el, '[part="legend"]');
      expect(legend.textContent!.replace(/\s+/g, ' ').trim()).to.equal('You Growth peers');
      const dashes = qa(el, '.series-line').map((p) => p.getAttribute('stroke-dasharray'));
      expect(new Set(dashes).size).to.equal(2);
      const colours = qa(el, '.series-line').map((p) => getComputedStyle(p).stroke);
      expect(colours[0]).not.to.equal(colours[1]);
    });

    it('shows a point\'s value when it is focused or hovered', async () => {
      const { el } = await radar(FIVE, two);
      expect(q(el, '[part="tooltip"]')).to.equal(null);
      const point = q<SVGCircleElement>(el, '[data-series="1"] .point[data-axis="community"]');
      expect(point.getAttribute('tabindex')).to.equal('0');
      point.focus();
      await el.updateComplete;
      expect(q(el, '[part="tooltip"]').textContent!.trim()).to.equal('Growth peers — Community: 2.3');
      expect(point.getAttribute('aria-label')).to.equal('Growth peers — Community: 2.3');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(q(el, '[part="tooltip"]').textContent!.trim()).to.equal('Growth peers — Voice of the customer: 2.3');
      point.blur();
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      await el.updateComplete;
      expect(q(el, '[part="tooltip"]')).to.equal(null);

      const target = q<SVGCircleElement>(el, '[data-series="0"] .point[data-axis="lifecycle"]');
      const r = target.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await el.updateComplete;
      const tip = q(el, '[part="tooltip"]');
      expect(tip.textContent!.trim()).to.equal('You — Lifecycle marketing: 5');
      // Just above the point it reads, and over it horizontally.
      const t = tip.getBoundingClientRect();
      expect(t.bottom).to.be.within(r.top - 8, r.top);
      expect(r.left + r.width / 2).to.be.within(t.left - 1, t.right + 1);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('passes axe in light and dark, with and without gaps', async () => {
      const { el } = await radar(FIVE, [...two, { label: 'Last time', values: { expansion: 2, voc: 2 } }]);
      await expect(el).to.be.accessible();
      const empty = await radar(undefined, undefined);
      await expect(empty.el).to.be.accessible();
      if (!canEmulateMedia) return;
      await emulateMedia({ colorScheme: 'dark' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(empty.el).to.be.accessible();
    });

    itNeedsMediaEmulation('uses different series colours in dark mode', async () => {
      const { el } = await radar(FIVE, two);
      const light = getComputedStyle(q(el, '.series-line')).stroke;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(q(el, '.series-line')).stroke).not.to.equal(light);
    });
  });

  describe('layout', () => {
    function overlaps(a: DOMRect, b: DOMRect): boolean {
      return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    }

    for (const n of [3, 5, 11, 12]) {
      it(`keeps ${n} long labels inside the chart and off the plot at 240 px and 900 px`, async () => {
        const axes = LONG_LABELS.slice(0, n).map((label, i) => ({ id: `d${i}`, label }));
        const values = Object.fromEntries(axes.map((a) => [a.id, 5]));
        const { el, box } = await radar(axes, [{ label: 'Now', values }], 240);
        for (const width of [240, 900]) {
          box.style.width = `${width}px`;
          await settle(el);
          const svgEl = q<SVGSVGElement>(el, 'svg');
          const svgBox = svgEl.getBoundingClientRect();
          expect(svgBox.width).to.be.closeTo(width, 1);
          expect(svgEl.getAttribute('viewBox')).to.equal(`0 0 ${svgEl.getAttribute('width')} ${svgEl.getAttribute('height')}`);
          const { cx, cy, r } = plotCircle(el);
          expect(r).to.be.greaterThan(width === 240 ? 30 : 150);
          const labels = qa<SVGTextElement>(el, '.axis-label').map((t) => t.getBoundingClientRect());
          expect(labels).to.have.length(n);
          labels.forEach((lb, i) => {
            const where = `label ${i} at ${width}px`;
            expect(lb.left, where).to.be.at.least(svgBox.left - 0.5);
            expect(lb.right, where).to.be.at.most(svgBox.right + 0.5);
            expect(lb.top, where).to.be.at.least(svgBox.top - 0.5);
            expect(lb.bottom, where).to.be.at.most(svgBox.bottom + 0.5);
            const dx = Math.max(lb.left - cx, 0, cx - lb.right);
            const dy = Math.max(lb.top - cy, 0, cy - lb.bottom);
            expect(Math.hypot(dx, dy), where).to.be.greaterThan(r);
            labels.slice(i + 1).forEach((other) => expect(overlaps(lb, other), `${where} overlaps another`).to.equal(false));
          });
        }
      });
    }

    it('numbers the axes and names them in a key when the labels would squeeze the plot, never splitting a word', async () => {
      const axes = LONG_LABELS.slice(0, 11).map((label, i) => ({ id: `d${i}`, label }));
      const { el, box } = await radar(axes, [{ label: 'Now', values: Object.fromEntries(axes.map((a) => [a.id, 3])) }], 240);
      const axisText = () => qa(el, '.axis-label').map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
      expect(axisText()).to.deep.equal(axes.map((_, i) => String(i + 1)));
      const key = qa<HTMLLIElement>(el, '.key li');
      expect(key.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(axes.map((a, i) => `${i + 1} ${a.label}`));
      expect(key.every((li) => li.getBoundingClientRect().width > 0)).to.equal(true);
      expect(qa(el, '.axis-label title').map((t) => t.textContent)).to.deep.equal(axes.map((a) => a.label));
      await expect(el).to.be.accessible();

      box.style.width = '900px';
      await settle(el);
      expect(q(el, '.key')).to.equal(null);
      // Whole labels, or a label cut short at a word boundary with an ellipsis (its <title> has the rest).
      axisText().forEach((text, i) => {
        const label = axes[i].label;
        expect(text === label || (text.endsWith('…') && label.startsWith(text.slice(0, -1))), text).to.equal(true);
      });
    });

    it('never widens the page, even with its (visually hidden) data table in a narrow corner', async () => {
      const axes = LONG_LABELS.slice(0, 11).map((label, i) => ({ id: `d${i}`, label }));
      const values = Object.fromEntries(axes.map((a) => [a.id, 3]));
      const box = await fixture<HTMLDivElement>(html`<div style="position: absolute; top: 0; right: 0; width: 240px"><score-radar></score-radar></div>`);
      const el = box.querySelector('score-radar')!;
      el.axes = axes;
      el.series = ['Your answers', 'Expected for Enterprise', 'Previous attempt'].map((label) => ({ label, values }));
      await settle(el);
      const page = document.scrollingElement!;
      expect(page.scrollWidth).to.equal(page.clientWidth);
    });

    it('observes its own size with one ResizeObserver that stops when removed', async () => {
      const { el, box } = await radar(FIVE, [{ label: 'Now', values: { expansion: 3 } }], 600);
      const before = q(el, 'svg').getAttribute('width');
      el.remove();
      box.style.width = '300px';
      await nextFrame();
      await nextFrame();
      expect(q(el, 'svg').getAttribute('width')).to.equal(before);
      box.append(el);
      await settle(el);
      expect(q(el, 'svg').getAttribute('width')).to.equal('300');
    });
  });
});
