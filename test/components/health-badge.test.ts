import { fixture, html, expect, elementUpdated } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/health-badge/health-badge.js';
import type { HealthBadge } from '../../src/components/health-badge/health-badge.js';
import { scoreHealth, defaultHealthConfig, evaluateAccount, type HealthConfig } from '../../src/core/index.js';
import type { HealthChangeEvent } from '../../src/events/health-change.js';
import type { HealthErrorEvent } from '../../src/events/health-error.js';
import { centre, mount, unmountAll } from './mount.js';

const trigger = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
/** The open explanation, or null: it is only rendered while open. */
const popover = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]');
const errorOf = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
/** Waits for `action` (a command promise, or the result of a synchronous click) and the update it causes, then
 * returns the button's aria-expanded. */
async function expandedAfter(el: HealthBadge, action: unknown): Promise<string | null> {
  await action;
  await elementUpdated(el);
  return trigger(el).getAttribute('aria-expanded');
}
const visibleText = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/** The button's accessible name. */
const spokenText = (el: HealthBadge) => trigger(el).getAttribute('aria-label')!;
const seedSignals = { dau_mau: 0.3, ticket_reopen_rate: 0.05, nps: 45, payment_overdue_days: 10 };

describe('health-badge', function () {
  // The CI machine is small and shared; keyboard, pointer and axe round-trips can be slow under load.
  this.timeout(30000);

  afterEach(async () => {
    unmountAll();
    await resetMouse();
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('bands', () => {
    // The shape each band is drawn with is checked on screen, in health-badge-shapes.test.ts.
    const cases: [number | null, string, string][] = [
      [0, 'red', 'Critical'],
      [49, 'red', 'Critical'],
      [49.9, 'red', 'Critical'],
      [50, 'amber', 'At risk'],
      [79, 'amber', 'At risk'],
      [80, 'green', 'Healthy'],
      [100, 'green', 'Healthy'],
      [null, 'unknown', 'No data'],
    ];
    for (const [score, band, word] of cases) {
      it(`${score} → ${word}`, async () => {
        const el = await fixture<HealthBadge>(html`<health-badge .score=${score} label="Acme"></health-badge>`);
        const button = trigger(el);
        expect(button.classList.contains(band)).to.be.true;
        expect(visibleText(button)).to.equal(score === null ? word : `${score} ${word}`);
        expect(spokenText(el)).to.equal(score === null ? `Acme health: ${word}` : `Acme health: ${score} ${word}`);
        expect(errorOf(el)).to.be.null;
      });
    }

    it('reads the score attribute and reflects a size set as a property', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="82"></health-badge>`);
      expect(el.score).to.equal(82);
      expect(visibleText(trigger(el))).to.equal('82 Healthy');
      const medium = el.getBoundingClientRect().height;
      el.size = 'small';
      await elementUpdated(el);
      expect(el.getAttribute('size')).to.equal('small');
      expect(el.getBoundingClientRect().height).to.be.lessThan(medium);
    });

    it('small fits in a 24px table row', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="64" previous="70" size="small"></health-badge>`);
      expect(el.getBoundingClientRect().height).to.be.at.most(24);
      const large = await fixture<HealthBadge>(html`<health-badge score="64" size="large"></health-badge>`);
      expect(large.getBoundingClientRect().height).to.be.greaterThan(el.getBoundingClientRect().height);
    });
  });

  describe('signals', () => {
    it('scores signals exactly as the core does', async () => {
      const expected = scoreHealth(seedSignals);
      const el = await fixture<HealthBadge>(html`<health-badge .signals=${seedSignals}></health-badge>`);
      expect(expected.score).to.be.a('number');
      expect(visibleText(trigger(el))).to.equal(`${expected.score} At risk`);
      expect(trigger(el).classList.contains(expected.band)).to.be.true;
      expect(el.result).to.deep.equal(expected);
    });

    it('uses a custom config and its bands', async () => {
      const config: HealthConfig = {
        signals: [{ id: 'usage', label: 'Usage', category: 'behavioral', weight: 1, normalize: { kind: 'min-max', min: 0, max: 10 } }],
        bands: { green: 90, amber: 60 },
      };
      const el = await fixture<HealthBadge>(html`<health-badge .signals=${{ usage: 8.5 }} .config=${config}></health-badge>`);
      expect(visibleText(trigger(el))).to.equal('85 At risk');
      expect(trigger(el).classList.contains('amber')).to.be.true;
    });

    it('shows No data when too few signals are present', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge .signals=${{ nps: 50 }}></health-badge>`);
      expect(visibleText(trigger(el))).to.equal('No data');
      expect(trigger(el).classList.contains('unknown')).to.be.true;
    });
  });

  describe('explanation', () => {
    it('opens by keyboard, lists signals and missing ones, and closes with Escape keeping focus', async () => {
      const wrap = await mount<HTMLElement>(html`<div>
        <button id="before">before</button>
        <health-badge label="Acme" .signals=${seedSignals}></health-badge>
      </div>`);
      const el = wrap.querySelector('health-badge')!;
      await elementUpdated(el);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      expect(popover(el)).to.be.null;

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      const button = trigger(el);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(popover(el)!.id);
      expect(popover(el)!.checkVisibility()).to.be.true;

      const text = visibleText(popover(el)!);
      const result = scoreHealth(seedSignals);
      for (const c of result.contributions) expect(text).to.contain(c.label);
      expect(text).to.contain('DAU/MAU ratio 0.3 30');
      expect(text).to.contain('Missing: Seat utilization, CSM sentiment, MRR trend.');
      expect(result.missing).to.deep.equal(['seat_utilization', 'csm_sentiment', 'mrr_trend']);

      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(popover(el)).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(button);

      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens on focus and closes when focus leaves', async () => {
      const wrap = await mount<HTMLElement>(html`<div>
        <button id="before">before</button><health-badge score="70"></health-badge><button id="after">after</button>
      </div>`);
      const el = wrap.querySelector('health-badge')!;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      expect(await expandedAfter(el, sendKeys({ press: 'Tab' }))).to.equal('true');
      expect(await expandedAfter(el, sendKeys({ press: 'Tab' }))).to.equal('false');
      expect(document.activeElement!.id).to.equal('after');
    });

    it('opens on click and closes on an outside click', async () => {
      const wrap = await mount<HTMLElement>(html`<div style="padding: 40px">
        <health-badge score="70"></health-badge>
        <p id="outside" style="margin-top: 200px">outside</p>
      </div>`);
      const el = wrap.querySelector('health-badge')!;
      await elementUpdated(el);
      expect(await expandedAfter(el, sendMouse({ type: 'click', position: centre(trigger(el)) }))).to.equal('true');
      expect(visibleText(popover(el)!)).to.contain('The score was given directly');

      expect(await expandedAfter(el, document.getElementById('outside')!.click())).to.equal('false');

      expect(await expandedAfter(el, sendMouse({ type: 'click', position: centre(trigger(el)) }))).to.equal('true');
      expect(await expandedAfter(el, sendMouse({ type: 'click', position: centre(document.getElementById('outside')!) }))).to.equal('false');
    });

    it('opens on hover and closes when the pointer leaves', async () => {
      const wrap = await mount<HTMLElement>(html`<div style="padding: 40px">
        <health-badge score="30"></health-badge>
        <p id="outside" style="margin-top: 200px">outside</p>
      </div>`);
      const el = wrap.querySelector('health-badge')!;
      await elementUpdated(el);
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: centre(trigger(el)) }))).to.equal('true');
      // Down across the gap between the badge and the explanation, then into it.
      const gap = (el.getBoundingClientRect().bottom + popover(el)!.getBoundingClientRect().top) / 2;
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: [Math.round(centre(trigger(el))[0]), Math.round(gap)] }))).to.equal('true');
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: centre(popover(el)!) }))).to.equal('true');
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: centre(document.getElementById('outside')!) }))).to.equal('false');
    });

    it('opens by hover and click, and closes by pointer and Escape, inside a closed shadow root', async () => {
      const wrap = await mount<HTMLElement>(html`<div style="padding: 40px">
        <div id="shadow-host"></div>
        <p id="outside" style="margin-top: 200px">outside</p>
      </div>`);
      const root = wrap.querySelector('#shadow-host')!.attachShadow({ mode: 'closed' });
      const el = document.createElement('health-badge');
      el.score = 42;
      root.append(el);
      await elementUpdated(el);
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: centre(trigger(el)) }))).to.equal('true');
      expect(await expandedAfter(el, sendMouse({ type: 'move', position: centre(document.getElementById('outside')!) }))).to.equal('false');
      expect(await expandedAfter(el, sendMouse({ type: 'click', position: centre(trigger(el)) }))).to.equal('true');
      expect(await expandedAfter(el, sendKeys({ press: 'Escape' }))).to.equal('false');
    });

    it('stops listening to the document once closed or removed', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="90"></health-badge>`);
      expect(await expandedAfter(el, trigger(el).click())).to.equal('true');
      el.remove();
      let handled = 0;
      const original = el.handleEvent.bind(el);
      el.handleEvent = (e: Event) => {
        handled++;
        original(e);
      };
      document.body.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      window.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('resize'));
      expect(handled).to.equal(0);
    });

    it('shows the whole explanation even inside a small scrolling box, such as a table wrapper', async () => {
      const wrap = await mount<HTMLElement>(
        html`<div style="overflow: auto; width: 180px; height: 60px"><health-badge label="Acme" .signals=${seedSignals}></health-badge></div>`,
      );
      const el = wrap.querySelector('health-badge')!;
      expect(await expandedAfter(el, trigger(el).click())).to.equal('true');
      const pop = popover(el)!;
      const r = pop.getBoundingClientRect();
      const box = wrap.getBoundingClientRect();
      expect(r.right).to.be.greaterThan(box.right + 20);
      expect(r.bottom).to.be.greaterThan(box.bottom + 20);
      // What the user sees at the explanation's far corner, well outside the box, is the explanation.
      expect(pop.contains(el.shadowRoot!.elementFromPoint(r.right - 4, r.bottom - 4))).to.equal(true);
      expect(Math.abs(r.top - (el.getBoundingClientRect().bottom + 4))).to.be.lessThan(1);
    });

    it('follows its badge when the box around it scrolls', async () => {
      const wrap = await mount<HTMLElement>(
        html`<div style="overflow: auto; height: 120px"><div style="height: 60px"></div><health-badge score="40"></health-badge><div style="height: 400px"></div></div>`,
      );
      const el = wrap.querySelector('health-badge')!;
      expect(await expandedAfter(el, trigger(el).click())).to.equal('true');
      wrap.scrollTop = 40;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(Math.abs(popover(el)!.getBoundingClientRect().top - (el.getBoundingClientRect().bottom + 4))).to.be.lessThan(1);
    });

    it('lines the explanation up with the start edge of the badge, the right one in a right-to-left page', async () => {
      const wrap = await mount<HTMLElement>(
        html`<div dir="rtl" style="padding: 0 40px"><health-badge label="Acme" .signals=${seedSignals}></health-badge></div>`,
      );
      const el = wrap.querySelector('health-badge')!;
      expect(await expandedAfter(el, trigger(el).click())).to.equal('true');
      expect(popover(el)!.getBoundingClientRect().right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    });

    it('opens above a badge at the bottom of the window and stays inside its right edge', async () => {
      const wrap = await mount<HTMLElement>(
        html`<div style="position: fixed; right: 0; bottom: 0"><health-badge label="Acme" .signals=${seedSignals}></health-badge></div>`,
      );
      const el = wrap.querySelector('health-badge')!;
      expect(await expandedAfter(el, trigger(el).click())).to.equal('true');
      const r = popover(el)!.getBoundingClientRect();
      const badge = el.getBoundingClientRect();
      const page = document.scrollingElement!;
      expect(r.bottom).to.be.closeTo(badge.top - 4, 1);
      expect(r.right).to.be.at.most(page.clientWidth - 8 + 0.5);
      expect(r.left).to.be.at.least(8);
      expect(page.scrollWidth).to.equal(page.clientWidth);
    });
  });

  describe('trend', () => {
    it('shows a rise', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="80" previous="76"></health-badge>`);
      expect(el.shadowRoot!.querySelector('[part="trend"]')!.textContent).to.equal('▲ +4');
      expect(spokenText(el)).to.equal('Health: 80 Healthy, up 4 from 76');
    });

    it('shows a fall with a true minus sign', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="76" previous="82"></health-badge>`);
      expect(el.shadowRoot!.querySelector('[part="trend"]')!.textContent).to.equal('▼ −6');
      expect(spokenText(el)).to.equal('Health: 76 At risk, down 6 from 82');
    });

    it('shows no trend without previous', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="76"></health-badge>`);
      expect(el.shadowRoot!.querySelector('[part="trend"]')).to.be.null;
    });
  });

  describe('health-change', () => {
    it('fires only when the band changes after the first render', async () => {
      const events: HealthChangeEvent[] = [];
      const el = await fixture<HealthBadge>(
        html`<health-badge score="85" @health-change=${(e: HealthChangeEvent) => events.push(e)}></health-badge>`,
      );
      expect(events).to.have.length(0);
      el.score = 90;
      await elementUpdated(el);
      expect(events).to.have.length(0);
      el.score = 60;
      await elementUpdated(el);
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ band: 'amber', previousBand: 'green', score: 60, warnings: [], recommended: null });
      expect(events[0].bubbles && events[0].composed).to.be.true;
      el.score = null;
      await elementUpdated(el);
      expect(events[1].detail).to.deep.equal({ band: 'unknown', previousBand: 'amber', score: null, warnings: [], recommended: null });
    });
  });

  describe('bad input', () => {
    const bad: [string, (el: HealthBadge) => void, string][] = [
      ['score 150', (el) => el.setAttribute('score', '150'), 'score'],
      ['score -1', (el) => (el.score = -1), 'score'],
      ['score "abc"', (el) => el.setAttribute('score', 'abc'), 'score'],
      ['score NaN', (el) => (el.score = NaN), 'score'],
      ['previous 101', (el) => el.setAttribute('previous', '101'), 'previous'],
      ['a string signal', (el) => (el.signals = { dau_mau: 'high' } as unknown as Record<string, number>), 'signals.dau_mau'],
      ['an unknown signal', (el) => (el.signals = { dau_mau: 0.4, daumau: 0.4 }), 'signals.daumau'],
      ['signals that are not an object', (el) => (el.signals = 'x' as unknown as Record<string, number>), 'signals'],
      [
        'a config with an unknown normalizer type',
        (el) => {
          el.config = {
            signals: [{ id: 'a', label: 'A', category: 'behavioral', weight: 1, normalize: { kind: 'cubic' } }],
          } as unknown as HealthConfig;
          el.signals = { a: 1 };
        },
        'config',
      ],
    ];
    for (const [name, apply, path] of bad) {
      it(`${name} shows an alert and fires health-error`, async () => {
        const errors: HealthErrorEvent[] = [];
        const el = await fixture<HealthBadge>(
          html`<health-badge score="70" @health-error=${(e: HealthErrorEvent) => errors.push(e)}></health-badge>`,
        );
        apply(el);
        await elementUpdated(el);
        const alert = errorOf(el)!;
        expect(alert).to.exist;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(errors).to.have.length(1);
        expect(errors[0].detail.message).to.be.a('string').and.not.be.empty;
        expect(errors[0].detail.issues.map((i) => i.path)).to.include(path);
        expect(alert.textContent).to.contain(errors[0].detail.message);
        await expect(el).to.be.accessible();
      });
    }

    it('ignores a size that is not a string instead of throwing while reflecting it', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="70"></health-badge>`);
      el.size = Object.create(null) as HealthBadge['size'];
      await elementUpdated(el);
      expect(el.hasAttribute('size')).to.be.false;
      expect(visibleText(trigger(el))).to.equal('70 At risk');
    });

    it('recovers when the input is fixed', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="abc"></health-badge>`);
      expect(errorOf(el)).to.exist;
      el.score = 55;
      await elementUpdated(el);
      expect(errorOf(el)).to.be.null;
      expect(trigger(el).classList.contains('amber')).to.be.true;
    });
  });

  describe('accessibility', () => {
    const states: [string, () => Promise<Element>][] = [
      ['critical', () => fixture(html`<health-badge score="10" previous="70" label="Acme"></health-badge>`)],
      ['at risk', () => fixture(html`<health-badge score="65" previous="70" label="Acme"></health-badge>`)],
      ['healthy', () => fixture(html`<health-badge score="92" previous="70" label="Acme"></health-badge>`)],
      ['no data', () => fixture(html`<health-badge label="Acme"></health-badge>`)],
      ['small', () => fixture(html`<health-badge score="45" size="small"></health-badge>`)],
      ['large', () => fixture(html`<health-badge score="45" size="large"></health-badge>`)],
      [
        'explanation open',
        async () => {
          const wrap = await mount<HTMLElement>(
            html`<div style="padding-bottom: 400px"><health-badge label="Acme" .signals=${seedSignals}></health-badge></div>`,
          );
          const el = wrap.querySelector('health-badge')!;
          trigger(el).click();
          await elementUpdated(el);
          expect(popover(el)!.querySelector('table')).to.exist;
          return wrap;
        },
      ],
      ['error', () => fixture(html`<health-badge score="150"></health-badge>`)],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, setup] of states) {
        (scheme === 'dark' ? itNeedsMediaEmulation : it)(`passes axe: ${name} (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
          const el = await setup();
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('bulk', () => {
    // Render cost is measured against a hand-written element by `npm run bench`; here we check what makes it cheap.
    it('renders 1,000 badges sharing one stylesheet, with no explanation content until opened', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      for (let i = 0; i < 1000; i++) {
        const b = document.createElement('health-badge');
        b.setAttribute('score', String(i % 101));
        b.setAttribute('size', 'small');
        host.append(b);
      }
      const badges = [...host.querySelectorAll<HealthBadge>('health-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges.every((b) => popover(b) === null)).to.be.true;
      expect(new Set(badges.map((b) => b.shadowRoot!.adoptedStyleSheets[0])).size).to.equal(1);
      host.remove();
    });
  });

  it('uses the default config when none is given', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .signals=${seedSignals}></health-badge>`);
    expect(el.config).to.be.undefined;
    expect(el.result!.contributions.map((c) => c.id)).to.deep.equal(
      defaultHealthConfig.signals.map((s) => s.id).filter((id) => id in seedSignals),
    );
  });
  describe('early warnings and recommended action (seed 003 rules, from decision)', () => {
    const risky = evaluateAccount({
      health: 65,
      churnProbability: 0.6,
      activeUsage: { previous: 100, current: 60 },
      billing: { disputed: 2_000, invoiced: 10_000 },
    });

    it('lists the warnings and the recommended action in the explanation and counts them in the name', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="65" label="Acme" .decision=${risky}></health-badge>`);
      expect(spokenText(el)).to.equal('Acme health: 65 At risk, 2 early warnings');
      expect(el.shadowRoot!.querySelector('[part="warnings"]')!.textContent).to.equal('⚠ 2');
      trigger(el).click();
      await elementUpdated(el);
      const text = visibleText(popover(el)!);
      expect(text).to.contain('Early warnings');
      expect(text).to.contain('Active usage fell 40 % (warning at 30 % or more).');
      expect(text).to.contain('20 % of invoice value disputed (above 10 %).');
      expect(text).to.contain('Recommended: Start retention advocacy.');
      await expect(el).to.be.accessible();
    });

    it('without a decision it adds nothing; a decision with only an action shows the action', async () => {
      const plain = await fixture<HealthBadge>(html`<health-badge score="40" label="Acme"></health-badge>`);
      expect(spokenText(plain)).to.equal('Acme health: 40 Critical');
      const el = await fixture<HealthBadge>(html`<health-badge score="40" .decision=${evaluateAccount({ health: 40 })}></health-badge>`);
      trigger(el).click();
      await elementUpdated(el);
      expect(visibleText(popover(el)!)).to.contain('Recommended: Run a churn review.');
      expect(el.shadowRoot!.querySelector('[part="warnings"]')).to.equal(null);
    });

    it('health-change carries the warnings and fires when they change within a band', async () => {
      const events: HealthChangeEvent[] = [];
      const el = await fixture<HealthBadge>(
        html`<health-badge score="75" .decision=${evaluateAccount({ health: 75 })} @health-change=${(e: HealthChangeEvent) => events.push(e)}></health-badge>`,
      );
      el.decision = evaluateAccount({ health: 75, activeUsage: { previous: 10, current: 5 } });
      await elementUpdated(el);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { band: 'amber', previousBand: 'amber', score: 75, warnings: ['usage-drop'], recommended: null },
      ]);
      el.score = 69;
      el.decision = evaluateAccount({ health: 69, activeUsage: { previous: 10, current: 5 } });
      await elementUpdated(el);
      expect(events[1].detail).to.deep.equal({ band: 'amber', previousBand: 'amber', score: 69, warnings: ['usage-drop'], recommended: 'churn-review' });
      el.score = 68;
      await elementUpdated(el);
      expect(events).to.have.length(2);
    });

    it('a decision that is not evaluateAccount’s is a health-error, not an exception', async () => {
      const errors: HealthErrorEvent[] = [];
      const el = await fixture<HealthBadge>(
        html`<health-badge score="70" .decision=${{ warnings: [{ id: '__proto__', rule: 'x' }] }} @health-error=${(e: HealthErrorEvent) => errors.push(e)}></health-badge>`,
      );
      expect(errorOf(el)).to.exist;
      expect(errors[0].detail.issues.map((i) => i.path)).to.deep.equal(['decision.warnings[0]']);
      el.decision = { warnings: [], recommended: 'toString' } as never;
      await elementUpdated(el);
      expect(errors[1].detail.issues.map((i) => i.path)).to.deep.equal(['decision.recommended']);
      el.decision = 'x' as never;
      await elementUpdated(el);
      expect(errors[2].detail.issues.map((i) => i.path)).to.deep.equal(['decision']);
    });

    it('a warning without its own value and threshold is a health-error: junk on Object.prototype never fills them in', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      proto.value = 0.99;
      proto.threshold = 0.3;
      const errors: HealthErrorEvent[] = [];
      try {
        await fixture<HealthBadge>(
          html`<health-badge score="70" .decision=${{ warnings: [{ id: 'usage-drop', rule: 'active usage fell' }] }} @health-error=${(e: HealthErrorEvent) => errors.push(e)}></health-badge>`,
        );
      } finally {
        delete proto.value;
        delete proto.threshold;
      }
      expect(errors.map((e) => e.detail.issues.map((i) => i.path))).to.deep.equal([['decision.warnings[0]']]);
    });
  });
});
