/**
 * Host data that throws when read: a getter or a Proxy trap inside the objects handed to an element. The
 * element must show its inline error state and fire its error event; `updateComplete` must resolve and nothing
 * may reach the page as an uncaught error.
 */
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthBadge, ScoreRadar } from '../../src/index.js';
import { defaultHealthConfig } from '../../src/core/index.js';

/** A Proxy whose every read throws; over an array it still passes `Array.isArray`. */
const trap = (target: object = {}) =>
  new Proxy(
    target,
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
const getter = <T extends object>(base: T, key: string): T =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

const axes = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
  { id: 'c', label: 'C' },
];

const CASES: { name: string; tag: 'health-badge' | 'score-radar'; event: string; set: (el: HTMLElement) => void }[] = [
  { name: 'health-badge.signals is a throwing Proxy', tag: 'health-badge', event: 'health-error', set: (el) => ((el as HealthBadge).signals = trap() as never) },
  { name: 'health-badge.signals has a throwing getter', tag: 'health-badge', event: 'health-error', set: (el) => ((el as HealthBadge).signals = getter({ dau_mau: 0.5 }, 'nps')) },
  {
    name: 'health-badge.config.signals throws',
    tag: 'health-badge',
    event: 'health-error',
    set: (el) => {
      (el as HealthBadge).config = getter({ ...defaultHealthConfig }, 'signals');
      (el as HealthBadge).signals = { dau_mau: 0.5 };
    },
  },
  {
    name: 'health-badge.config.signals[0] is a throwing Proxy',
    tag: 'health-badge',
    event: 'health-error',
    set: (el) => {
      (el as HealthBadge).config = { ...defaultHealthConfig, signals: [trap() as never, ...defaultHealthConfig.signals.slice(1)] };
      (el as HealthBadge).signals = { dau_mau: 0.5 };
    },
  },
  { name: 'score-radar.axes is a throwing Proxy', tag: 'score-radar', event: 'radar-error', set: (el) => ((el as ScoreRadar).axes = trap([]) as never) },
  { name: 'score-radar.axes[1] has a throwing getter', tag: 'score-radar', event: 'radar-error', set: (el) => ((el as ScoreRadar).axes = [axes[0]!, getter(axes[1]!, 'id'), axes[2]!]) },
  {
    name: 'score-radar.series[0].values is a throwing Proxy',
    tag: 'score-radar',
    event: 'radar-error',
    set: (el) => {
      (el as ScoreRadar).axes = axes;
      (el as ScoreRadar).series = [{ label: 'Now', values: trap() as never }];
    },
  },
  {
    name: 'score-radar.series[0].values has a throwing getter',
    tag: 'score-radar',
    event: 'radar-error',
    set: (el) => {
      (el as ScoreRadar).axes = axes;
      (el as ScoreRadar).series = [{ label: 'Now', values: getter({ a: 1, b: 2 }, 'c') }];
    },
  },
];

describe('hardening: host data that throws when read', () => {
  for (const c of CASES) {
    it(`${c.name}: inline error and ${c.event}, nothing thrown`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
          c.tag === 'health-badge' ? html`<health-badge label="Acme"></health-badge>` : html`<score-radar label="Scores"></score-radar>`,
        );
        let detail: { message: string } | undefined;
        el.addEventListener(c.event, (e) => (detail = (e as CustomEvent).detail));
        c.set(el);
        await el.updateComplete;
        await aTimeout(0);
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, 'an inline error').to.not.equal(null);
        expect(detail?.message).to.match(/could not be read/);
        await expect(el).to.be.accessible();
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
