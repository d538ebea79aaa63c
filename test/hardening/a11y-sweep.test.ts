/**
 * Accessibility sweep: axe finds no violation in any reachable state of any element, in light and dark;
 * no state makes a phone-sized page scroll sideways; every interactive part is reachable by Tab in
 * document order with a visible focus indicator; the charts have text alternatives.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeNeedsMediaEmulation, emulateMedia, engine, setViewport } from '../engine.js';
import '../../src/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const settle = async (el: Lit) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
};
const click = async (el: Lit, selector: string) => {
  const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(target, selector).to.not.equal(null);
  target!.click();
  await settle(el);
};
const clickText = async (el: Lit, text: string) => {
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!.click();
  await settle(el);
};

/** Each entry renders an element and walks it into one state; axe runs after every state. */
const states: { name: string; make: () => Promise<Lit>; steps?: [string, (el: Lit) => Promise<void>][] }[] = [
  {
    name: 'maturity-assessment',
    make: () => fixture<Lit>(html`<maturity-assessment model="customer-marketing-5" share></maturity-assessment>`),
    steps: [
      ['segment step', async () => {}],
      ['first dimension', async (el) => {
        await click(el, 'input[type="radio"]');
        await click(el, '[part~="segment"] button[type="submit"]');
      }],
      ['review', async (el) => {
        for (let i = 0; i < 5; i++) {
          await click(el, '[role="radio"][data-score="2"]');
          await click(el, 'button.next');
        }
      }],
      ['result', (el) => clickText(el, 'See my results')],
    ],
  },
  { name: 'maturity-assessment error', make: () => fixture<Lit>(html`<maturity-assessment model="nope"></maturity-assessment>`) },
  {
    name: 'score-radar',
    make: async () => {
      const el = await fixture<Lit & { axes: unknown; series: unknown }>(html`<score-radar label="Scores"></score-radar>`);
      el.axes = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `Axis ${id}` }));
      el.series = [{ label: 'Now', values: { a: 1, b: 2, c: 3, d: 4 } }, { label: 'Before', values: { a: 2, b: 2, c: 2 } }];
      await settle(el);
      return el;
    },
    steps: [
      ['drawn', async () => {}],
      ['tooltip', async (el) => {
        el.shadowRoot!.querySelector<SVGElement>('circle.point')!.focus();
        await settle(el);
      }],
    ],
  },
  { name: 'score-radar error', make: () => fixture<Lit>(html`<score-radar min="5" max="1"></score-radar>`) },
  { name: 'benchmark-gauge', make: () => fixture<Lit>(html`<benchmark-gauge value="2.6" min="1" max="5" expected="2.3" good="3" alarm="1.6" label="Score"></benchmark-gauge>`) },
  { name: 'benchmark-gauge error', make: () => fixture<Lit>(html`<benchmark-gauge value="9" min="5" max="1"></benchmark-gauge>`) },
  ...[90, 60, 20].map((score) => ({
    name: `health-badge ${score}`,
    make: () => fixture<Lit>(html`<health-badge score=${score} previous="70" label="Acme"></health-badge>`),
    steps: [
      ['closed', async () => {}],
      ['explanation open', (el: Lit) => click(el, '[part~="badge"]')],
    ] as [string, (el: Lit) => Promise<void>][],
  })),
  { name: 'health-badge unknown', make: () => fixture<Lit>(html`<health-badge></health-badge>`) },
  { name: 'health-badge error', make: () => fixture<Lit>(html`<health-badge score="300"></health-badge>`) },
  {
    name: 'nps-survey',
    make: () => fixture<Lit>(html`<nps-survey advocacy follow-up></nps-survey>`),
    steps: [
      ['initial', async () => {}],
      ['detractor', (el) => click(el, '[role="radio"][data-score="3"]')],
      ['promoter invited', (el) => click(el, '[role="radio"][data-score="10"]')],
      ['declined', (el) => click(el, '[part~="decline"]')],
      ['submitted', (el) => click(el, '[part~="submit"]')],
    ],
  },
  { name: 'nps-survey error', make: () => fixture<Lit>(html`<nps-survey value="11"></nps-survey>`) },
  {
    name: 'roi-calculator',
    make: () => fixture<Lit>(html`<roi-calculator></roi-calculator>`),
    steps: [
      ['base case', async () => {}],
      ['high adoption', (el) => click(el, 'input[type="radio"][value="high"]')],
      ['formula open', (el) => click(el, 'details summary')],
    ],
  },
  { name: 'roi-calculator error', make: () => fixture<Lit>(html`<roi-calculator customers="-1" baseline-churn="abc"></roi-calculator>`) },
];

for (const scheme of ['light', 'dark'] as const) {
  (scheme === 'dark' ? describeNeedsMediaEmulation : describe)(`hardening: accessibility sweep (${scheme})`, () => {
    before(async () => {
      await emulateMedia({ colorScheme: scheme });
      // A dark-mode host paints a dark page, as the elements' dark tokens assume.
      document.body.style.background = scheme === 'dark' ? '#0d1117' : '';
      document.body.style.colorScheme = scheme;
    });
    after(async () => {
      await emulateMedia({ colorScheme: 'light' });
      document.body.style.background = '';
      document.body.style.colorScheme = '';
    });

    for (const s of states) {
      it(`${s.name}: axe finds no violation in any state`, async function () {
        this.timeout(30000);
        const el = await s.make();
        await settle(el);
        for (const [label, go] of s.steps ?? [['rendered', async () => {}]]) {
          await go(el);
          try {
            await expect(el).to.be.accessible();
          } catch (e) {
            throw new Error(`${s.name} (${label}, ${scheme}): ${(e as Error).message}`, { cause: e });
          }
        }
      });
    }
  });
}

// WebKitGTK's MiniBrowser window cannot be made narrower than its toolbar (447 px), so WebKit gets no 320 px viewport.
(engine === 'webkit' ? describe.skip : describe)('hardening: a 320 px phone screen', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const s of states) {
    it(`${s.name}: no state widens the page`, async function () {
      this.timeout(30000);
      const el = await s.make();
      await settle(el);
      for (const [label, go] of s.steps ?? [['rendered', async () => {}]]) {
        await go(el);
        const page = document.scrollingElement!;
        expect(page.scrollWidth, `${s.name} (${label})`).to.be.at.most(page.clientWidth);
      }
    });
  }
});

describe('hardening: keyboard reachability and focus rings', () => {
  /** Tabs from a button before `el` to one after it and returns the shadow elements that took focus. */
  async function tabThrough(el: Lit): Promise<HTMLElement[]> {
    const before = document.createElement('button');
    before.textContent = 'before';
    const afterBtn = document.createElement('button');
    afterBtn.textContent = 'after';
    el.before(before);
    el.after(afterBtn);
    // SVG points draw their ring with a stroke: remember each one's unfocused stroke to compare against.
    const unfocused = new Map<Element, string>();
    for (const n of el.shadowRoot!.querySelectorAll('svg [tabindex]')) {
      const cs = getComputedStyle(n);
      unfocused.set(n, `${cs.stroke} ${cs.strokeWidth}`);
    }
    before.focus();
    const seen: HTMLElement[] = [];
    try {
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement === afterBtn) break;
        const inner = el.shadowRoot!.activeElement as HTMLElement | null;
        expect(inner, `Tab ${i + 1} lands inside the element`).to.not.equal(null);
        expect(inner, `Tab ${i + 1} moves focus`).to.not.equal(seen[seen.length - 1]);
        const cs = getComputedStyle(inner!);
        const ring =
          (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
          cs.boxShadow !== 'none' ||
          (unfocused.has(inner!) && unfocused.get(inner!) !== `${cs.stroke} ${cs.strokeWidth}`);
        expect(ring, `<${inner!.localName} class="${inner!.getAttribute('class') ?? ''}"> shows a focus ring`).to.equal(true);
        seen.push(inner!);
      }
      expect(document.activeElement, 'Tab leaves the element').to.equal(afterBtn);
    } finally {
      before.remove();
      afterBtn.remove();
    }
    for (let i = 1; i < seen.length; i++) {
      const order = seen[i - 1]!.compareDocumentPosition(seen[i]!);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING, 'focus follows document order').to.not.equal(0);
    }
    return seen;
  }

  it('nps-survey: scale, comment, tiers, decline, submit and dismiss are all reachable', async () => {
    const el = await fixture<Lit>(html`<nps-survey advocacy></nps-survey>`);
    await click(el, '[role="radio"][data-score="9"]');
    const seen = await tabThrough(el);
    const parts = seen.map((n) => n.getAttribute('part') ?? n.localName);
    expect(parts).to.include.members(['dismiss', 'option', 'comment', 'decline', 'submit']);
    expect(seen.filter((n) => n.matches('input[type="checkbox"]')).length).to.equal(5);
    expect(seen.filter((n) => n.getAttribute('role') === 'radio').length, 'one tab stop for the radio group').to.equal(1);
  });

  it('maturity-assessment step: the level group, Next and the step list are reachable', async () => {
    const el = await fixture<Lit>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    const seen = await tabThrough(el);
    expect(seen.filter((n) => n.getAttribute('role') === 'radio').length).to.equal(1);
    expect(seen.some((n) => n.classList.contains('next'))).to.equal(true);
    expect(seen.filter((n) => (n.getAttribute('part') ?? '').includes('step-button')).length).to.equal(5);
  });

  it('health-badge: the badge button is reachable with a visible ring', async () => {
    const el = await fixture<Lit>(html`<health-badge score="55"></health-badge>`);
    const seen = await tabThrough(el);
    expect(seen.map((n) => n.getAttribute('part'))).to.deep.equal(['badge']);
  });

  it('score-radar: every data point is reachable', async () => {
    const el = await fixture<Lit & { axes: unknown; series: unknown }>(html`<score-radar></score-radar>`);
    el.axes = ['a', 'b', 'c'].map((id) => ({ id, label: id }));
    el.series = [{ label: 'Now', values: { a: 1, b: 2, c: 3 } }];
    await settle(el);
    const seen = await tabThrough(el);
    expect(seen.length).to.equal(3);
  });
});

describe('hardening: text alternatives for the charts', () => {
  it('score-radar: an img-role svg with a label and a hidden data table', async () => {
    const el = await fixture<Lit & { axes: unknown; series: unknown }>(html`<score-radar label="Maturity"></score-radar>`);
    el.axes = ['a', 'b', 'c'].map((id) => ({ id, label: `Axis ${id}` }));
    el.series = [{ label: 'Now', values: { a: 1, b: 2, c: 3 } }];
    await settle(el);
    const svg = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.match(/Maturity/);
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Axis a 1', 'Axis b 2', 'Axis c 3']);
  });

  it('benchmark-gauge: role=meter with value range and a value text', async () => {
    const el = await fixture<Lit>(html`<benchmark-gauge value="2.6" min="1" max="5" expected="2.3" good="3" alarm="1.6"></benchmark-gauge>`);
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('2.6');
    expect(meter.getAttribute('aria-valuemin')).to.equal('1');
    expect(meter.getAttribute('aria-valuemax')).to.equal('5');
    expect(meter.getAttribute('aria-valuetext')).to.match(/2\.6/);
    expect(meter.getAttribute('aria-label')).to.not.equal('');
  });
});
