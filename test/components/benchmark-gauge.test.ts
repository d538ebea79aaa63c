import { fixture, html, expect } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/benchmark-gauge/benchmark-gauge.js';
import type { BenchmarkGauge } from '../../src/components/benchmark-gauge/benchmark-gauge.js';
import type { GaugeErrorEvent } from '../../src/events/gauge-error.js';

function q<T extends Element>(el: BenchmarkGauge, sel: string): T {
  return el.shadowRoot!.querySelector(sel) as T;
}

/** The needle's rotation in degrees at rest (its transition finished), read back from the computed transform matrix. */
function needleDegrees(el: BenchmarkGauge): number {
  for (const a of q(el, '[part="needle"]').getAnimations()) a.finish();
  const m = new DOMMatrix(getComputedStyle(q(el, '[part="needle"]')).transform);
  return (Math.atan2(m.b, m.a) * 180) / Math.PI;
}

describe('benchmark-gauge', function () {
  // axe's first run is slow when the shared test machine is busy.
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('value and status', () => {
    it('reads as a sentence for a model segment', async () => {
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge model="customer-marketing-5" segment="growth" value="2.6"></benchmark-gauge>`,
      );
      const meter = q<HTMLElement>(el, '[role="meter"]');
      expect(meter.getAttribute('aria-label')).to.equal('Benchmark');
      expect(meter.getAttribute('aria-valuemin')).to.equal('1');
      expect(meter.getAttribute('aria-valuemax')).to.equal('5');
      expect(meter.getAttribute('aria-valuenow')).to.equal('2.6');
      expect(meter.getAttribute('aria-valuetext')).to.equal('2.6 of 5 — on track for Growth; expected 2.3, good 3.0');
      expect(q(el, '[part="value"]').textContent).to.equal('2.6');
      expect(q(el, '[part="status"]').textContent).to.equal('on track');
      expect(q(el, '[part="thresholds"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Expected 2.3 · Good 3.0 · Alarm 1.6 (Growth)',
      );
      await expect(el).to.be.accessible();
    });

    it('reads without a segment when thresholds are given directly, and uses the label', async () => {
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge label="Your maturity" value="2.6" expected="2.3" good="3" alarm="1.6"></benchmark-gauge>`,
      );
      const meter = q<HTMLElement>(el, '[role="meter"]');
      expect(meter.getAttribute('aria-valuetext')).to.equal('2.6 of 5 — on track; expected 2.3, good 3.0');
      expect(meter.getAttribute('aria-label')).to.equal('Your maturity');
    });

    it('uses the core rule for every status', async () => {
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge model="customer-marketing-5" segment="growth"></benchmark-gauge>`,
      );
      const cases: [number, string][] = [
        [1, 'alarm'],
        [1.6, 'alarm'],
        [1.7, 'below'],
        [2.2, 'below'],
        [2.3, 'on track'],
        [2.9, 'on track'],
        [3, 'good'],
        [5, 'good'],
      ];
      for (const [value, word] of cases) {
        el.value = value;
        await el.updateComplete;
        expect(q(el, '[part="status"]').textContent, String(value)).to.equal(word);
      }
    });

    it('shows the zones and "No score yet" without a value, and no error', async () => {
      const errors: Event[] = [];
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge
          model="customer-marketing-5"
          segment="scale"
          @gauge-error=${(e: Event) => errors.push(e)}
        ></benchmark-gauge>`,
      );
      expect(q(el, '[role="alert"]')).to.equal(null);
      expect(errors).to.have.length(0);
      expect([...el.shadowRoot!.querySelectorAll('[data-zone]')].map((z) => z.getAttribute('data-zone'))).to.deep.equal([
        'alarm',
        'below',
        'on-track',
        'good',
      ]);
      expect(q(el, '[part="needle"]')).to.equal(null);
      expect(q(el, '.readout').textContent!.trim()).to.equal('No score yet');
      expect(q(el, '[part="meter"]').getAttribute('aria-label')).to.equal(
        'Benchmark: No score yet; expected 3.2, good 3.8',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('geometry', () => {
    it('points the needle left at min, up at mid and right at max', async () => {
      const el = await fixture<BenchmarkGauge>(html`<benchmark-gauge value="1"></benchmark-gauge>`);
      const hub = () => {
        const c = q(el, '[part="needle"] circle').getBoundingClientRect();
        return [c.left + c.width / 2, c.top + c.height / 2];
      };
      const tip = () => q(el, '[part="needle"] path').getBoundingClientRect();
      expect(needleDegrees(el)).to.be.closeTo(-90, 0.5);
      expect(tip().right).to.be.at.most(hub()[0] + 6);
      expect(tip().width).to.be.greaterThan(tip().height * 3);

      el.value = 3;
      await el.updateComplete;
      expect(needleDegrees(el)).to.be.closeTo(0, 0.5);
      expect(tip().bottom).to.be.at.most(hub()[1] + 6);
      expect(tip().height).to.be.greaterThan(tip().width * 3);

      el.value = 5;
      await el.updateComplete;
      expect(needleDegrees(el)).to.be.closeTo(90, 0.5);
      expect(tip().left).to.be.at.least(hub()[0] - 6);

      el.min = 0;
      el.max = 10;
      el.value = 7.5;
      await el.updateComplete;
      expect(needleDegrees(el)).to.be.closeTo(45, 0.5);
    });

    it('marks the expected level on the arc', async () => {
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge min="0" max="10" value="2" alarm="2" expected="5" good="8"></benchmark-gauge>`,
      );
      const marker = q<SVGLineElement>(el, '[part="expected"]');
      // expected at mid-scale: a vertical line straight above the centre
      expect(Number(marker.getAttribute('x1'))).to.be.closeTo(100, 0.01);
      expect(Number(marker.getAttribute('x2'))).to.be.closeTo(100, 0.01);
    });

    it('animates the needle with a CSS transition, which reduced motion turns off', async () => {
      const el = await fixture<BenchmarkGauge>(html`<benchmark-gauge value="2"></benchmark-gauge>`);
      const needle = q(el, '[part="needle"]');
      expect(getComputedStyle(needle).transitionProperty).to.contain('transform');
      expect(parseFloat(getComputedStyle(needle).transitionDuration)).to.be.greaterThan(0);
      if (!canEmulateMedia) return;
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(parseFloat(getComputedStyle(needle).transitionDuration)).to.equal(0);
    });
  });

  describe('errors', () => {
    const cases: [string, ReturnType<typeof html>, RegExp][] = [
      ['an unknown model', html`<benchmark-gauge model="nope" segment="growth" value="2"></benchmark-gauge>`, /Unknown model "nope"/],
      [
        'an unknown segment',
        html`<benchmark-gauge model="customer-marketing-5" segment="mega" value="2"></benchmark-gauge>`,
        /has no segment "mega"/,
      ],
      ['a segment without a model', html`<benchmark-gauge segment="growth" value="2"></benchmark-gauge>`, /needs a model/],
      [
        'alarm above expected',
        html`<benchmark-gauge value="2" alarm="3" expected="2.5" good="4"></benchmark-gauge>`,
        /alarm \(3\) ≤ expected \(2.5\) ≤ good \(4\)/,
      ],
      [
        'expected above good',
        html`<benchmark-gauge value="2" alarm="1" expected="4.5" good="4"></benchmark-gauge>`,
        /Thresholds must rise/,
      ],
      [
        'a threshold outside the scale',
        html`<benchmark-gauge value="2" alarm="1" expected="3" good="6"></benchmark-gauge>`,
        /good \(6\) is outside the scale 1–5/,
      ],
      ['a threshold that is not a number', html`<benchmark-gauge value="2" alarm="x" expected="3" good="4"></benchmark-gauge>`, /alarm is not a number/],
      ['missing thresholds', html`<benchmark-gauge value="2" expected="3"></benchmark-gauge>`, /alarm and good are missing/],
      ['min not below max', html`<benchmark-gauge value="2" min="5" max="5"></benchmark-gauge>`, /max \(5\) must be greater than min \(5\)/],
      ['a value above max', html`<benchmark-gauge value="5.5"></benchmark-gauge>`, /value \(5.5\) is outside the scale 1–5/],
      ['a value below min', html`<benchmark-gauge value="0"></benchmark-gauge>`, /value \(0\) is outside the scale 1–5/],
      ['a value that is not a number', html`<benchmark-gauge value="abc"></benchmark-gauge>`, /value is not a number/],
    ];
    for (const [name, template, text] of cases) {
      it(`shows an alert and fires gauge-error once for ${name}`, async () => {
        const errors: GaugeErrorEvent[] = [];
        const box = await fixture<HTMLDivElement>(html`<div @gauge-error=${(e: GaugeErrorEvent) => errors.push(e)}>${template}</div>`);
        const el = box.querySelector('benchmark-gauge')!;
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0].detail.message).to.match(text);
        expect(errors[0].detail.issues.map((i) => i.message).join(' ')).to.match(text);
        const alert = q<HTMLElement>(el, '[role="alert"][part="error"]');
        expect(alert.textContent).to.match(text);
        expect(q(el, '[role="meter"]')).to.equal(null);
        el.label = 'Changed';
        await el.updateComplete;
        expect(errors).to.have.length(1);
      });
    }

    it('recovers when fixed and reports a new problem again', async () => {
      const errors: Event[] = [];
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge value="9" @gauge-error=${(e: Event) => errors.push(e)}></benchmark-gauge>`,
      );
      el.value = 4;
      await el.updateComplete;
      expect(q(el, '[role="alert"]')).to.equal(null);
      expect(q(el, '[role="meter"]').getAttribute('aria-valuetext')).to.equal('4.0 of 5');
      el.value = 9;
      await el.updateComplete;
      expect(errors).to.have.length(2);
    });
  });

  describe('accessibility', () => {
    itNeedsMediaEmulation('passes axe in the error state and in dark mode', async () => {
      const broken = await fixture<BenchmarkGauge>(html`<benchmark-gauge model="nope" value="2"></benchmark-gauge>`);
      await expect(broken).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge model="customer-marketing-5" segment="enterprise" value="4.4"></benchmark-gauge>`,
      );
      expect(q(el, '[part="status"]').textContent).to.equal('good');
      await expect(el).to.be.accessible();
      const empty = await fixture<BenchmarkGauge>(html`<benchmark-gauge model="customer-marketing-5" segment="growth"></benchmark-gauge>`);
      await expect(empty).to.be.accessible();
      await expect(broken).to.be.accessible();
    });

    it('takes each zone colour from its custom property, for the arc and for the status word’s dot alike', async () => {
      const el = await fixture<BenchmarkGauge>(
        html`<benchmark-gauge value="1.2" alarm="1.5" expected="2.5" good="3.5" style="--ak-gauge-alarm-color: rgb(1, 2, 3); --ak-gauge-good-color: rgb(4, 5, 6)"></benchmark-gauge>`,
      );
      expect(getComputedStyle(q(el, '[data-zone="alarm"]')).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(q(el, '[data-zone="good"]')).fill).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(q(el, '[part="status"]'), '::before').backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    itNeedsMediaEmulation('changes the zone colours for dark mode', async () => {
      const el = await fixture<BenchmarkGauge>(html`<benchmark-gauge value="2" alarm="1.5" expected="2.5" good="3.5"></benchmark-gauge>`);
      const light = getComputedStyle(q(el, '[data-zone="good"]')).fill;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(q(el, '[data-zone="good"]')).fill).not.to.equal(light);
    });
  });
});
