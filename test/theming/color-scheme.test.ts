// The light/dark switch: by default the kit follows the user's preference; `--ak-color-scheme` on the element
// or any ancestor forces a scheme, as a site's own dark toggle needs.
import { expect } from '@open-wc/testing';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import { html } from 'lit';
import '../../src/index.js';
import type { BenchmarkGauge } from '../../src/index.js';
import { mount, unmountAll } from '../components/mount.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';
const surface = (gauge: BenchmarkGauge) => getComputedStyle(gauge.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
const text = (gauge: BenchmarkGauge) => getComputedStyle(gauge.shadowRoot!.querySelector('[part="value"]')!).color;

describe('--ak-color-scheme', () => {
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ colorScheme: 'light' });
  });

  itNeedsMediaEmulation('follows the user preference when unset', async () => {
    const gauge = await mount<BenchmarkGauge>(html`<benchmark-gauge value="3"></benchmark-gauge>`);
    expect(surface(gauge)).to.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(gauge)).to.equal(DARK);
    expect(text(gauge)).to.equal('rgb(230, 237, 243)');
  });

  it('dark on an ancestor forces dark under a light preference, for every shared token', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="--ak-color-scheme: dark"><benchmark-gauge value="3"></benchmark-gauge></div>`,
    );
    const gauge = wrapper.querySelector('benchmark-gauge')!;
    expect(surface(gauge)).to.equal(DARK);
    expect(text(gauge)).to.equal('rgb(230, 237, 243)');
  });

  itNeedsMediaEmulation('light on the element itself forces light under a dark preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const gauge = await mount<BenchmarkGauge>(html`<benchmark-gauge value="3" style="--ak-color-scheme: light"></benchmark-gauge>`);
    expect(surface(gauge)).to.equal(LIGHT);
  });

  it('a page class switches it with one rule, and explicit --ak-* colours still win', async () => {
    const style = document.createElement('style');
    style.textContent = '.site-dark { --ak-color-scheme: dark; } .brand { --ak-color-surface: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const wrapper = await mount<HTMLElement>(
        html`<main class="site-dark"><benchmark-gauge value="3"></benchmark-gauge><benchmark-gauge class="brand" value="3"></benchmark-gauge></main>`,
      );
      const [plain, brand] = wrapper.querySelectorAll('benchmark-gauge');
      expect(surface(plain)).to.equal(DARK);
      expect(surface(brand)).to.equal('rgb(1, 2, 3)');
      wrapper.classList.remove('site-dark');
      expect(surface(plain)).to.equal(LIGHT);
    } finally {
      style.remove();
    }
  });
});
