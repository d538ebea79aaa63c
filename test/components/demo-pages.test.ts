import { expect, waitUntil } from '@open-wc/testing';
import { generateAccounts } from '../../demo/accounts.js';

/**
 * Opens each demo page the way a newcomer would (in a same-origin iframe served from the project root)
 * and checks it renders and stays free of errors. Each page loads demo/report-errors.js first, a classic
 * script that records every error, rejection and console.error on `window.__demoErrors`.
 */

type DemoWindow = Window & typeof globalThis & { __demoErrors?: string[] };

// Waits on a demo page: generous, as the pages share two cores with two other browsers running the suite.
const PAGE = { timeout: 10000 };

const frames: HTMLIFrameElement[] = [];

async function openPage(path: string, width = 1200): Promise<DemoWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = path;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as DemoWindow;
  expect(win.__demoErrors, `${path} did not load demo/report-errors.js`).to.be.an('array');
  return win;
}

function errorsOf(win: DemoWindow): string[] {
  return win.__demoErrors ?? [];
}

const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? null;

function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes(text));
}

describe('demo pages', function () {
  this.timeout(30000);

  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
    localStorage.removeItem('advocacy-kit:assessment:demo-landing');
  });

  describe('index.html (landing page with a lead gate)', () => {
    it('opens on the cover, then the first step, without errors', async () => {
      localStorage.removeItem('advocacy-kit:assessment:demo-landing');
      const win = await openPage('/demo/index.html');
      const el = win.document.querySelector('maturity-assessment')!;
      expect(el.hasAttribute('auto-advance')).to.equal(true);
      expect(el.hasAttribute('exports')).to.equal(false);
      await waitUntil(() => shadow(el)?.querySelector('[part~="cover"]'), 'the cover did not render', PAGE);
      expect(el.querySelector('[slot="cover"]')!.textContent).to.match(/five questions/i);
      buttonByText(shadow(el)!, 'Start')!.click();
      await waitUntil(() => shadow(el)?.querySelector('[part~="segment"]'), 'the ARR question did not render', PAGE);
      expect(win.document.querySelector('h1')!.textContent).to.match(/customer marketing/i);
      expect(win.document.body.textContent).to.match(/sends nothing anywhere/i);
      expect(errorsOf(win)).to.deep.equal([]);
    });

    it('holds the results behind the host email form until it is submitted', async () => {
      localStorage.setItem(
        'advocacy-kit:assessment:demo-landing',
        JSON.stringify({
          v: 1,
          modelId: 'customer-marketing-5',
          segment: 'growth',
          answers: { expansion: 3, reference: 2, community: 2, voc: 3, lifecycle: 2 },
          updatedAt: Date.now(),
          history: [],
        }),
      );
      const win = await openPage('/demo/index.html');
      const el = win.document.querySelector('maturity-assessment')!;
      await waitUntil(() => shadow(el)?.querySelector('[part~="review"]'), 'the review step did not render', PAGE);

      buttonByText(shadow(el)!, 'See my results')!.click();
      await waitUntil(() => el.querySelector('form[slot="gate"]'), 'the page did not show its gate form', PAGE);
      await waitUntil(() => shadow(el)!.querySelector('[part~="gate"]'), 'the element did not open its gate slot', PAGE);
      expect(shadow(el)!.querySelector('[part~="result"]')).to.equal(null);

      const form = el.querySelector<HTMLFormElement>('form[slot="gate"]')!;
      form.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'ada@example.com';
      form.requestSubmit();
      // The result draws a radar and a gauge; under a loaded CI machine that can take longer than waitUntil's 1 s.
      await waitUntil(() => shadow(el)!.querySelector('[part~="result"]'), 'the results did not appear after the form', PAGE);
      expect(el.querySelector('form[slot="gate"]')).to.equal(null);
      // A Developing result (2.4) shows that band's call to action instead of the general one.
      expect(el.querySelector<HTMLElement>('[slot="cta-developing"]')!.offsetHeight).to.be.greaterThan(0);
      expect(el.querySelector<HTMLElement>('[slot="cta"]')!.offsetHeight).to.equal(0);
      expect(errorsOf(win)).to.deep.equal([]);
    });
  });

  describe('portal.html (customer-success portal)', () => {
    it('shows early warnings, expansion-ready accounts and advocate candidates, and filters by each', async () => {
      const win = await openPage('/demo/portal.html');
      const doc = win.document;
      await waitUntil(() => doc.querySelectorAll('tbody tr').length === 1000, 'the table did not get 1,000 rows', { timeout: 15000 });
      const headings = [...doc.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
      expect(headings.slice(-3)).to.deep.equal(['Early warnings', 'Expansion', 'Advocate']);
      const focus = doc.getElementById('focus-filter') as HTMLSelectElement;
      const counts: Record<string, number> = {};
      for (const value of ['warnings', 'expansion', 'advocates']) {
        focus.value = value;
        focus.dispatchEvent(new Event('change'));
        await waitUntil(() => doc.querySelectorAll('tbody tr').length < 1000, `filter ${value} kept every row`, PAGE);
        const rows = [...doc.querySelectorAll('tbody tr')];
        counts[value] = rows.length;
        expect(rows.length, value).to.be.greaterThan(0);
        const cells = rows.map((tr) => [...tr.querySelectorAll('td')].slice(-3).map((td) => td.textContent!.trim()));
        if (value === 'warnings') expect(cells.every(([w]) => w !== '—')).to.equal(true);
        if (value === 'expansion') expect(cells.every(([, e]) => /ready$/.test(e!))).to.equal(true);
        if (value === 'advocates') expect(cells.every(([, , a]) => a === 'Candidate')).to.equal(true);
      }
      expect(errorsOf(win)).to.deep.equal([]);
    });

    it('scores 1,000 accounts into badges, sorts, filters and charts without errors', async () => {
      const win = await openPage('/demo/portal.html');
      const doc = win.document;
      await waitUntil(() => doc.querySelectorAll('tbody tr').length === 1000, 'the table did not get 1,000 rows', { timeout: 15000 });
      expect(doc.getElementById('portal')!.textContent, 'the loading placeholder is replaced').not.to.contain('Loading accounts');
      const badges = [...doc.querySelectorAll('tbody health-badge')];
      expect(badges).to.have.length(1000);
      await waitUntil(() => badges.every((b) => shadow(b)?.querySelector('[part~="badge"], [part~="error"]')), 'badges did not render', {
        timeout: 15000,
      });
      expect(badges.filter((b) => shadow(b)!.querySelector('[part~="error"]'))).to.have.length(0);
      expect(badges.every((b) => b.getAttribute('size') === 'small')).to.equal(true);
      const generated = generateAccounts(1000);
      const shown = [...doc.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-account')).sort();
      expect(shown).to.deep.equal(generated.map((a) => a.id).sort());
      const firstRow = doc.querySelector(`tbody tr[data-account="${generated[0]!.id}"]`)!;
      expect(firstRow.querySelector('th')!.textContent!.trim()).to.equal(generated[0]!.name);

      // Sorted by health, worst first: the first row's badge is never healthier than the last scored one.
      const healthHeader = [...doc.querySelectorAll('thead th')].find((th) => th.textContent?.includes('Health'))!;
      expect(healthHeader.getAttribute('aria-sort')).to.equal('ascending');
      // The badge reads "72.5 At risk"; "No data" badges have no score.
      const scoreOf = (row: Element) => parseFloat(shadow(row.querySelector('health-badge'))?.querySelector('[part~="badge"]')?.textContent ?? '');
      const rows = () => [...doc.querySelectorAll('tbody tr')];
      expect(scoreOf(rows()[0]!)).to.be.at.most(scoreOf(rows()[400]!));

      healthHeader.querySelector('button')!.click();
      await waitUntil(() => healthHeader.getAttribute('aria-sort') === 'descending', 'the health column did not sort descending', PAGE);
      await waitUntil(() => scoreOf(rows()[0]!) >= scoreOf(rows()[400]!), 'descending sort did not reorder the rows', PAGE);

      const select = doc.querySelector<HTMLSelectElement>('#band-filter')!;
      select.value = 'red';
      select.dispatchEvent(new win.Event('change', { bubbles: true }));
      await waitUntil(() => rows().length < 1000, 'the band filter did not filter', PAGE);
      expect(rows().length).to.be.greaterThan(0);
      await waitUntil(() => rows().every((r) => shadow(r.querySelector('health-badge'))?.querySelector('.badge.red')), 'the band filter kept a badge that is not critical', PAGE);

      expect(doc.querySelector('#nps-heading')!.closest('.card')!.textContent).to.match(/\d+ responses/);
      const radar = doc.querySelector('aside score-radar')!;
      await waitUntil(() => shadow(radar)?.querySelector('svg'), 'the radar for the selected account did not render', PAGE);
      expect(errorsOf(win)).to.deep.equal([]);
    });

    it('generates its book from a fixed seed, so every load shows the same accounts', () => {
      const a = generateAccounts(1000);
      expect(generateAccounts(1000)).to.deep.equal(a);
      expect(new Set(a.map((x) => x.name)).size).to.be.greaterThan(500);
    });
  });

  describe('cdn.html (one script tag, no build step)', () => {
    it('loads the self-contained CDN bundle and renders the assessment without errors', async () => {
      const win = await openPage('/demo/cdn.html');
      expect(win.document.querySelector('script[type="module"]')!.getAttribute('src')).to.equal('../dist/cdn/advocacy-kit.js');
      await waitUntil(() => win.customElements.get('maturity-assessment') || errorsOf(win).length, 'the element was never defined', {
        timeout: 10000,
      });
      expect(errorsOf(win), 'run `npx vite build --mode cdn` first (npm test does)').to.deep.equal([]);
      const el = win.document.querySelector('maturity-assessment')!;
      await waitUntil(() => shadow(el)?.querySelector('[part~="segment"], [part~="step"]'), 'the assessment did not render', PAGE);
      expect(errorsOf(win)).to.deep.equal([]);
    });
  });

  describe('on a 360 px phone', () => {
    for (const page of ['index.html', 'portal.html', 'cdn.html']) {
      it(`${page} fits the screen without scrolling sideways`, async () => {
        const win = await openPage(`/demo/${page}`, 360);
        await waitUntil(() => win.document.querySelector('maturity-assessment, health-badge'), 'no element on the page', PAGE);
        await new Promise((r) => setTimeout(r, 300));
        const doc = win.document.scrollingElement!;
        expect(doc.scrollWidth, page).to.be.at.most(doc.clientWidth);
        expect(errorsOf(win)).to.deep.equal([]);
      });
    }
  });
});
