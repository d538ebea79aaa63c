/**
 * The words of the charts' problems load the first time a chart has one to show (src/internal/error-box.ts). This
 * file runs in a page of its own, so its first test sees them not loaded yet: a chart's first error state must
 * already speak words, never show the issues' paths that stand in for them when they cannot be loaded.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/benchmark-gauge/benchmark-gauge.js';
import '../../src/components/score-radar/score-radar.js';
import type { LitElement } from 'lit';

/** Appends `el`, and returns every text its error box had along the way and every error event's message. */
async function firstErrorState(el: LitElement, event: string): Promise<{ shown: string[]; fired: string[] }> {
  const shown: string[] = [];
  const fired: string[] = [];
  el.addEventListener(event, (e) => fired.push((e as CustomEvent<{ message: string }>).detail.message));
  document.body.append(el);
  new MutationObserver(() => {
    const box = el.shadowRoot!.querySelector('[role="alert"]');
    if (box) shown.push(box.textContent!.replace(/\s+/g, ' ').trim());
  }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await el.updateComplete;
  el.remove();
  return { shown, fired };
}

describe('the charts’ first error state', () => {
  it('a gauge says what is wrong from its first error render, in the box and the event', async () => {
    const gauge = Object.assign(document.createElement('benchmark-gauge'), { value: 11 });
    const { shown, fired } = await firstErrorState(gauge, 'gauge-error');
    const sentence = 'The benchmark gauge cannot be shown: value (11) is outside the scale 1–5.';
    expect(shown.length).to.be.greaterThan(0);
    expect([...new Set(shown)]).to.deep.equal([sentence]);
    expect(fired).to.deep.equal([sentence]);
  });

  it('so does a radar', async () => {
    const radar = Object.assign(document.createElement('score-radar'), {
      axes: [
        { id: 'a', label: 'Reach' },
        { id: 'b', label: 'Depth' },
      ],
    });
    const { shown, fired } = await firstErrorState(radar, 'radar-error');
    const sentence = 'The radar chart cannot be drawn: A radar chart needs at least 3 axes; got 2.';
    expect([...new Set(shown)]).to.deep.equal([sentence]);
    expect(fired).to.deep.equal([sentence]);
  });
});
