/**
 * Two tabs of one visitor: two same-origin pages in one browser context share localStorage and hear each
 * other's writes through the `storage` event, as two tabs do. Answering different dimensions at the same
 * moment must keep both answers in both pages and in storage.
 */
import { expect, aTimeout } from '@open-wc/testing';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import { storageKey } from '../../src/components/maturity-assessment/persist.js';

async function openTab(persist: string): Promise<{ frame: HTMLIFrameElement; el: MaturityAssessment }> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/tab.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('maturity-assessment');
  const el = frame.contentDocument!.querySelector('maturity-assessment') as MaturityAssessment;
  el.persist = persist;
  await el.updateComplete;
  return { frame, el };
}

const progress = (el: MaturityAssessment) => el.shadowRoot!.querySelector('progress')?.getAttribute('aria-label') ?? '';

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check() && performance.now() < end) await aTimeout(20);
}

describe('hardening: two tabs with the same persist key', function () {
  this.timeout(30000);

  for (let trial = 1; trial <= 5; trial++) {
    it(`keeps both answers when the tabs answer different dimensions at the same moment (trial ${trial})`, async () => {
      const persist = `hardening-tabs-${trial}`;
      localStorage.removeItem(storageKey(persist));
      const a = await openTab(persist);
      const b = await openTab(persist);
      try {
        // Tab B moves to the second dimension first, as a visitor who skipped ahead would.
        b.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav[aria-label="Dimensions"] button')[1]!.click();
        await b.el.updateComplete;
        const choose = (el: MaturityAssessment, score: number) =>
          el.shadowRoot!.querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!.click();
        // The same task: neither tab can have heard of the other's answer before writing its own.
        choose(a.el, 3);
        choose(b.el, 4);
        await until(() => progress(a.el).includes('2 of 5') && progress(b.el).includes('2 of 5'));
        expect(progress(a.el), 'tab A').to.contain('2 of 5 answered');
        expect(progress(b.el), 'tab B').to.contain('2 of 5 answered');
        const stored = JSON.parse(localStorage.getItem(storageKey(persist))!) as { answers: Record<string, number> };
        expect(stored.answers).to.deep.equal({ expansion: 3, reference: 4 });
      } finally {
        a.frame.remove();
        b.frame.remove();
      }
    });
  }
});
