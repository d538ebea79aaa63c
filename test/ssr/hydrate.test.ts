// Hydration loads before Lit does, as on a server-rendered page: LitElement picks it up when it is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { clickCentre } from '../components/mount.js';

const tags = ['health-badge', 'nps-survey', 'maturity-assessment', 'benchmark-gauge', 'score-radar'];

describe('server-rendered elements hydrate in the browser', () => {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
  let container: HTMLElement;

  before(async () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    // Wider than the radar's server-side fallback width (320 px), so its labels wrap differently once measured.
    container.style.width = '960px';
    // setHTMLUnsafe parses declarative shadow DOM, as the browser does for a server-rendered page.
    container.setHTMLUnsafe(await (await fetch(`/__ssr__/${tags.join(',')}.html`)).text());
    document.body.append(container);
  });
  after(async () => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
    await resetMouse();
  });

  it('shows every element before any of the kit is loaded, and keeps the same DOM after hydrating', async () => {
    expect(customElements.get('health-badge'), 'nothing is defined yet').to.equal(undefined);
    const before = new Map<string, Element>();
    for (const tag of tags) {
      const host = container.querySelector(tag)!;
      expect(host.shadowRoot, `<${tag}> has a declarative shadow root`).to.exist;
      const first = host.shadowRoot!.querySelector('[part]');
      expect(first, `<${tag}> rendered on the server`).to.exist;
      before.set(tag, first!);
    }
    expect(container.querySelector('health-badge')!.shadowRoot!.textContent).to.include('85 Healthy');

    // The radar's data are properties (`.axes=${…}` in test/ssr/render.mjs), which a server cannot write into HTML; the
    // page's own script sets them, as hydrating its template would, before the element is defined.
    Object.assign(container.querySelector('score-radar')!, {
      axes: [
        { id: 'reach', label: 'Reach' },
        { id: 'depth', label: 'Depth of the reference programme across regions' },
        { id: 'voice', label: 'Voice' },
      ],
      series: [{ label: 'Acme', values: { reach: 3, depth: 4, voice: 2 } }],
    });
    // The package as a bundler ships it, the same build the server rendered.
    await import(new URL('/dist/index.js', location.href).href);
    for (const tag of tags) {
      const host = container.querySelector<LitElement>(tag)!;
      await host.updateComplete;
      expect(before.get(tag)!.isConnected, `<${tag}> re-rendered instead of hydrating`).to.equal(true);
      expect(host.shadowRoot!.querySelector('[part]'), `<${tag}>`).to.equal(before.get(tag));
    }
    expect(problems, 'errors while hydrating').to.deep.equal([]);

    // Hydrated at the server's width, the radar then redraws to fit the page.
    const radar = container.querySelector<LitElement>('score-radar')!;
    const svgWidth = () => Number(radar.shadowRoot!.querySelector('svg[part="chart"], svg')!.getAttribute('width'));
    for (let i = 0; i < 20 && svgWidth() <= 320; i++) {
      await new Promise(requestAnimationFrame);
      await radar.updateComplete;
    }
    expect(svgWidth()).to.be.closeTo(960, 1);
    expect(problems, 'errors after redrawing').to.deep.equal([]);
  });

  it('is interactive after hydrating: a click on a score fires nps-select', async () => {
    const survey = container.querySelector('nps-survey')!;
    let score: number | undefined;
    survey.addEventListener('nps-select', (e) => (score = e.detail.score));
    const option = survey.shadowRoot!.querySelectorAll('[part="option"]')[9];
    await clickCentre(option);
    await survey.updateComplete;
    expect(score).to.equal(9);
    expect(problems).to.deep.equal([]);
  });
});
