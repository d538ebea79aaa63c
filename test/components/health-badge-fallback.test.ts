import { expect } from '@open-wc/testing';
import type { HealthBadge } from '../../src/components/health-badge/health-badge.js';

/** The fixture page in an iframe, once its badge has rendered. */
async function noPopoverPage(): Promise<{ win: Window & typeof globalThis; badge: HealthBadge; box: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '400px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/no-popover.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('health-badge');
  const badge = win.document.querySelector<HealthBadge>('health-badge')!;
  await badge.updateComplete;
  return { win, badge, box: win.document.getElementById('box')! };
}

const nextFrame = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

describe('health-badge without the Popover API', function () {
  this.timeout(20000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('opens the whole explanation out of a small scrolling box, under the badge, and closes it on Escape', async () => {
    const { win, badge, box } = await noPopoverPage();
    expect('showPopover' in win.HTMLElement.prototype).to.equal(false);
    const button = badge.shadowRoot!.querySelector('button')!;
    button.click();
    await badge.updateComplete;
    await nextFrame(win);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const pop = badge.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]')!;
    expect(pop.checkVisibility()).to.equal(true);
    expect(pop.textContent).to.contain('The score was given directly');
    const r = pop.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    expect(r.right).to.be.greaterThan(outer.right + 20);
    expect(r.bottom).to.be.greaterThan(outer.bottom + 20);
    // What the user sees at the explanation's far corner, well outside the box, is the explanation.
    expect(pop.contains(badge.shadowRoot!.elementFromPoint(r.right - 4, r.bottom - 4))).to.equal(true);
    expect(Math.abs(r.top - (badge.getBoundingClientRect().bottom + 4))).to.be.lessThan(1);

    win.document.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape' }));
    await badge.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(badge.shadowRoot!.querySelector('[part="explanation"]')).to.equal(null);
  });
});
