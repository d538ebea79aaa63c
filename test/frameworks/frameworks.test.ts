// The React 19 and Vue 3 apps under test/frameworks/, bundled as an app's bundler would (see
// scripts/wtr-bundle-plugin.mjs) against the package's dist/: real clicks in the elements reach the apps'
// typed handlers, and the props the apps pass reach the elements.
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { clickCentre } from '../components/mount.js';

interface Framework {
  name: string;
  mount(container: HTMLElement): Promise<() => void>;
}

const frameworks: Framework[] = [
  {
    name: 'React 19 (advocacy-kit/react wrappers and plain JSX elements)',
    async mount(container) {
      const { mount } = await import(new URL('./react/App.bundle.js', import.meta.url).href);
      const root = mount(container);
      return () => root.unmount();
    },
  },
  {
    name: 'Vue 3 (advocacy-kit/vue types)',
    async mount(container) {
      const { mount } = await import(new URL('./vue/main.bundle.js', import.meta.url).href);
      const app = mount(container);
      return () => app.unmount();
    },
  },
];

async function until<T>(what: string, get: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const shadow = (host: Element | null, selector: string) => host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

for (const framework of frameworks) {
  describe(framework.name, () => {
    let container: HTMLElement;
    let unmount: () => void;
    const log = () => container.querySelector('output')?.textContent ?? '';
    const el = <T extends Element = LitElement>(selector: string) => container.querySelector<T>(selector)!;

    beforeEach(async () => {
      container = document.createElement('div');
      document.body.append(container);
      unmount = await framework.mount(container);
      await until('the elements to render', () => shadow(el('nps-survey'), '[part="option"]'));
      for (const e of container.querySelectorAll<LitElement>('*')) if ('updateComplete' in e) await e.updateComplete;
    });
    afterEach(async () => {
      unmount();
      container.remove();
      await resetMouse();
    });

    it('passes the props: every element renders what the app gave it', async () => {
      const [acme, globex] = container.querySelectorAll('health-badge');
      expect(shadow(acme, '[part="badge"]')!.textContent).to.equal('85 Healthy');
      expect(shadow(globex, '[part="badge"]')!.textContent).to.equal('72 At risk');
      expect(globex.getAttribute('size')).to.equal('small');
      expect(el('score-radar').shadowRoot!.textContent).to.include('Depth');
      expect(shadow(el('benchmark-gauge'), '[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('2.4');
      expect(shadow(el('maturity-assessment'), '[part="choice"]')).to.exist;
    });

    it('a click on an NPS score and on Submit reaches the typed handlers', async () => {
      const survey = el('nps-survey');
      await clickCentre(survey.shadowRoot!.querySelectorAll('[part="option"]')[9]);
      await until('nps-select in the log', () => log().includes('nps-select 9 promoter'));
      await clickCentre(shadow(survey, '[part="submit"]')!);
      await until('nps-submit in the log', () => log().includes('nps-submit 9 q3-portal'));
    });

    it('a click on an assessment level reaches the typed handler', async () => {
      const assessment = el('maturity-assessment');
      await clickCentre(assessment.shadowRoot!.querySelectorAll('[part="choice"]')[2]);
      await until('assessment-change in the log', () => /assessment-change \w+ 3/.test(log()));
    });

    it("a click in the app that changes a badge's band reaches its health-change handler", async () => {
      await clickCentre([...container.querySelectorAll('button')].find((b) => b.textContent?.includes('misses a payment'))!);
      await until('health-change in the log', () => log().includes('health-change green → red'));
      expect(shadow(el('health-badge'), '[part="badge"]')!.textContent).to.equal('42 Critical');
    });
  });
}
