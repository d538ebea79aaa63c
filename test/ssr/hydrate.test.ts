// Hydration loads before Lit does, as on a server-rendered page: LitElement picks it up when it is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { centre } from '../components/mount.js';

// score-radar renders on the server (test/node/ssr.test.mjs) but does not hydrate yet: its first client render
// measures the real width and lays out differently from the server's fallback width.
const tags = ['health-badge', 'nps-survey', 'maturity-assessment', 'benchmark-gauge'];

describe('server-rendered elements hydrate in the browser', () => {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
  let container: HTMLElement;

  before(async () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
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

    // The package as a bundler ships it, the same build the server rendered.
    await import(new URL('/dist/index.js', location.href).href);
    for (const tag of tags) {
      const host = container.querySelector<LitElement>(tag)!;
      await host.updateComplete;
      expect(before.get(tag)!.isConnected, `<${tag}> re-rendered instead of hydrating`).to.equal(true);
      expect(host.shadowRoot!.querySelector('[part]'), `<${tag}>`).to.equal(before.get(tag));
    }
    expect(problems, 'errors while hydrating').to.deep.equal([]);
  });

  it('is interactive after hydrating: a click on a score fires nps-select', async () => {
    const survey = container.querySelector('nps-survey')!;
    let score: number | undefined;
    survey.addEventListener('nps-select', (e) => (score = e.detail.score));
    const option = survey.shadowRoot!.querySelectorAll('[part="option"]')[9];
    option.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(option) });
    await survey.updateComplete;
    expect(score).to.equal(9);
    expect(problems).to.deep.equal([]);
  });
});
