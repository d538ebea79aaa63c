/**
 * Storage faults: localStorage that throws, is full, or holds corrupt / old-version JSON never breaks
 * `<maturity-assessment persist>` or `<nps-survey respondent-id>` nor loses answers held in memory; and a
 * newer attempt written by another tab is never replaced by an older one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MaturityAssessment, NpsSurvey } from '../../src/index.js';
import { storageKey, type StoredAssessment } from '../../src/components/maturity-assessment/persist.js';
import { askHistoryKey } from '../../src/components/nps-survey/nps-survey.js';

type Stub = { restore(): void };

function stubStorage(fail: () => never): Stub {
  const { setItem, getItem } = Storage.prototype;
  Storage.prototype.setItem = function () {
    fail();
  };
  Storage.prototype.getItem = function () {
    fail();
  };
  return {
    restore() {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    },
  };
}
const throwing = () => stubStorage(() => {
  throw new Error('SecurityError: storage is disabled');
});
const full = () => {
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { restore: () => void (Storage.prototype.setItem = setItem) };
};

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

/** Answers every dimension through the UI (level `score`, then Next), then asks for the results. */
async function completeAssessment(el: MaturityAssessment, score: number): Promise<void> {
  const root = el.shadowRoot!;
  for (let i = 0; i < 5; i++) {
    const choice = root.querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!;
    choice.click();
    await el.updateComplete;
    expect(choice.getAttribute('aria-checked'), `answer ${i + 1} stays selected`).to.equal('true');
    root.querySelector<HTMLButtonElement>('button.next')!.click();
    await el.updateComplete;
  }
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'See my results')!.click();
  await el.updateComplete;
}

async function assessment(persist: string): Promise<MaturityAssessment> {
  return fixture<MaturityAssessment>(
    html`<maturity-assessment model="customer-marketing-5" segment="growth" persist=${persist}></maturity-assessment>`,
  );
}

function expectResult(el: MaturityAssessment, overall: string): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('[part~="error"], [role="alert"]')).to.equal(null);
  expect(root.querySelector('[part~="score"]')?.textContent?.trim()).to.equal(overall);
}

async function promoterWithInvite(respondent: string): Promise<NpsSurvey> {
  const el = await fixture<NpsSurvey>(html`<nps-survey advocacy respondent-id=${respondent}></nps-survey>`);
  el.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-score="10"]')!.click();
  await el.updateComplete;
  return el;
}

describe('hardening: storage faults', () => {
  let stub: Stub | undefined;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    pageErrors.length = 0;
    for (const k of Object.keys(localStorage)) if (k.includes('hardening-storage')) localStorage.removeItem(k);
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    expect(pageErrors, 'no error reached the page').to.deep.equal([]);
  });

  for (const [name, make] of [
    ['throws on every access', throwing],
    ['is full (QuotaExceededError)', full],
  ] as const) {
    it(`maturity-assessment keeps answers and scores when localStorage ${name}`, async () => {
      stub = make();
      const el = await assessment('hardening-storage-a');
      await completeAssessment(el, 4);
      expectResult(el, '4.0');
    });

    it(`nps-survey still invites, records a decline in memory and submits when localStorage ${name}`, async () => {
      stub = make();
      const el = await promoterWithInvite('hardening-storage-n');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="advocacy"]'), 'a promoter is invited').to.not.equal(null);
      root.querySelector<HTMLButtonElement>('[part~="decline"]')!.click();
      await el.updateComplete;
      expect(root.querySelector('.declined')).to.not.equal(null);
      let detail: unknown;
      el.addEventListener('nps-submit', (e) => (detail = e.detail));
      root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await el.updateComplete;
      expect(detail).to.include({ score: 10, category: 'promoter', advocacy: null });
    });
  }

  for (const [name, raw] of [
    ['corrupt JSON', '{"v":1,"answers":{'],
    ['old-version JSON', JSON.stringify({ v: 0, answers: { expansion: 5 }, savedAt: 1 })],
    ['a wrong shape', JSON.stringify([1, 2, 3])],
    ['out-of-scale answers', JSON.stringify({ v: 1, modelId: 'customer-marketing-5', segment: 'growth', answers: { x: 99 }, updatedAt: 1, history: [] })],
  ] as const) {
    it(`maturity-assessment starts fresh over ${name} and then saves a valid record`, async () => {
      const key = storageKey('hardening-storage-a');
      localStorage.setItem(key, raw);
      const el = await assessment('hardening-storage-a');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="step"]'), 'shows the first step').to.not.equal(null);
      await completeAssessment(el, 2);
      expectResult(el, '2.0');
      const saved = JSON.parse(localStorage.getItem(key)!) as StoredAssessment;
      expect(Object.values(saved.answers)).to.deep.equal([2, 2, 2, 2, 2]);
    });

    it(`nps-survey ignores ${name} in the ask history`, async () => {
      localStorage.setItem(askHistoryKey('hardening-storage-n'), raw);
      const el = await promoterWithInvite('hardening-storage-n');
      expect(el.shadowRoot!.querySelector('[part~="advocacy"]'), 'a promoter is invited').to.not.equal(null);
    });
  }

  it('maturity-assessment drops an impossible history entry (overall 1e308) and keeps the rest', async () => {
    const key = storageKey('hardening-storage-h');
    const answers = { expansion: 2, reference: 2, community: 2, voc: 2, lifecycle: 2 };
    const attempt = (completedAt: number, overall: number) => ({ completedAt, answers, overall });
    localStorage.setItem(
      key,
      JSON.stringify({ v: 1, modelId: 'customer-marketing-5', segment: 'growth', answers: {}, updatedAt: 5, history: [attempt(1, 2), attempt(2, 1e308), attempt(3, -Infinity)] }),
    );
    const el = await assessment('hardening-storage-h');
    await completeAssessment(el, 3);
    expectResult(el, '3.0');
    const shown = el.shadowRoot!.querySelector('[part~="result"]')!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('+1.0 since your last attempt (2.0)');
    expect(shown).to.not.match(/Infinity|NaN/);
    const saved = JSON.parse(localStorage.getItem(key)!) as StoredAssessment;
    expect(saved.history.map((h) => h.overall)).to.deep.equal([2, 3]);
  });

  describe('two tabs writing the same key', () => {
    it('maturity-assessment adopts a newer attempt from another tab and ignores an older one', async () => {
      const key = storageKey('hardening-storage-tabs');
      localStorage.removeItem(key);
      const el = await assessment('hardening-storage-tabs');
      const root = el.shadowRoot!;
      root.querySelector<HTMLElement>('[role="radio"][data-score="2"]')!.click();
      await el.updateComplete;
      const mine = JSON.parse(localStorage.getItem(key)!) as StoredAssessment;
      const first = Object.keys(mine.answers)[0] ?? '';
      expect(first, 'this tab saved its answer').to.not.equal('');

      const newer: StoredAssessment = { ...mine, answers: { [first]: 4 }, answeredAt: { [first]: mine.updatedAt + 60_000 }, updatedAt: mine.updatedAt + 60_000 };
      const newerRaw = JSON.stringify(newer);
      localStorage.setItem(key, newerRaw);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: newerRaw, oldValue: JSON.stringify(mine), storageArea: localStorage }));
      await el.updateComplete;
      expect(root.querySelector('[role="radio"][data-score="4"]')!.getAttribute('aria-checked'), 'adopts the newer answer').to.equal('true');

      const older: StoredAssessment = { ...mine, answers: { [first]: 1 }, answeredAt: { [first]: mine.updatedAt - 60_000 }, updatedAt: mine.updatedAt - 60_000 };
      const olderRaw = JSON.stringify(older);
      localStorage.setItem(key, olderRaw);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: olderRaw, oldValue: newerRaw, storageArea: localStorage }));
      await el.updateComplete;
      expect(root.querySelector('[role="radio"][data-score="4"]')!.getAttribute('aria-checked'), 'ignores the older answer').to.equal('true');
      expect(root.querySelector('[role="radio"][data-score="1"]')!.getAttribute('aria-checked')).to.equal('false');

      // This tab's next write carries the newer attempt forward, stamped later than both.
      root.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
      root.querySelector<HTMLElement>('[role="radio"][data-score="3"]')!.click();
      await el.updateComplete;
      const after = JSON.parse(localStorage.getItem(key)!) as StoredAssessment;
      expect(after.answers[first]).to.equal(4);
      expect(after.updatedAt).to.be.greaterThan(newer.updatedAt);
    });

    it('nps-survey keeps the other tab’s ask record when it records its own', async () => {
      const key = askHistoryKey('hardening-storage-n2');
      localStorage.removeItem(key);
      const el = await promoterWithInvite('hardening-storage-n2');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="advocacy"]')).to.not.equal(null);
      const otherTab = [{ at: Date.now() - 1000, outcome: 'declined' }];
      localStorage.setItem(key, JSON.stringify(otherTab));
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(otherTab), oldValue: null, storageArea: localStorage }));
      root.querySelector<HTMLInputElement>('[part~="advocacy"] input[type="checkbox"]')!.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await el.updateComplete;
      const history = JSON.parse(localStorage.getItem(key)!) as { at: number; outcome: string }[];
      expect(history.map((h) => h.outcome)).to.deep.equal(['declined', 'accepted']);
    });
  });
});
