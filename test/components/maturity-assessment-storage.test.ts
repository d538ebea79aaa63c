import { fixture, html, expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/maturity-assessment/maturity-assessment.js';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';
import { getModel, scoreAssessment } from '../../src/core/index.js';
import { button, heading, root, text } from './assessment-helpers.js';
import { decodeShare, encodeShare, sharedAnswers } from '../../src/components/maturity-assessment/share.js';
import { csvField, resultToCSV, resultToJSON } from '../../src/components/maturity-assessment/export.js';

const cm5 = getModel('customer-marketing-5')!;

async function click(el: MaturityAssessment, label: string | RegExp): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}
async function answerByClick(el: MaturityAssessment, scores: number[]): Promise<void> {
  for (const score of scores) {
    root(el).querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!.click();
    await el.updateComplete;
    await click(el, /^(Next|Review answers)$/);
  }
}
function resultText(el: MaturityAssessment): string {
  const r = root(el).querySelector('[part="result"]');
  return r ? text(r) : '';
}
const KEY = (p: string) => `advocacy-kit:assessment:${p}`;

function persisted(persist: string, segment = 'growth') {
  return fixture<MaturityAssessment>(
    html`<maturity-assessment model="customer-marketing-5" segment=${segment} persist=${persist}></maturity-assessment>`,
  );
}

describe('maturity-assessment: persistence', function () {
  this.timeout(20000);
  beforeEach(() => {
    for (const p of ['resume', 'history', 'ticking', 'corrupt', 'version', 'full', 'tabs']) localStorage.removeItem(KEY(p));
  });

  it('resumes answers and the first unanswered step after a reload', async () => {
    let el = await persisted('resume');
    await answerByClick(el, [4, 2]);
    const stored = JSON.parse(localStorage.getItem(KEY('resume'))!);
    expect(stored).to.include({ v: 1, modelId: 'customer-marketing-5', segment: 'growth' });
    expect(stored.answers).to.deep.equal({ expansion: 4, reference: 2 });
    fixtureCleanup();

    el = await persisted('resume');
    expect(heading(el)).to.equal(cm5.dimensions[2]!.title);
    root(el).querySelectorAll<HTMLButtonElement>('nav[aria-label="Dimensions"] button')[0]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-score')).to.equal('4');
  });

  it('keeps completed attempts as history and shows the change since the last one', async () => {
    let el = await persisted('history');
    await answerByClick(el, [2, 2, 2, 2, 2]);
    await click(el, 'See my results');
    expect(resultText(el)).to.contain('2.0 of 5');
    expect(resultText(el)).not.to.contain('since your last attempt');
    await click(el, 'Start over');
    await answerByClick(el, [3, 3, 1, 2, 2]);
    await click(el, 'See my results');
    const shown = resultText(el);
    expect(shown).to.contain('2.2 of 5');
    expect(shown).to.contain('+0.2 since your last attempt (2.0)');
    const dims = [...root(el).querySelectorAll('.dimension')].map(text);
    expect(dims[0]).to.contain('+1 since last attempt');
    expect(dims[2]).to.contain('\u22121 since last attempt');
    expect(dims[3]).to.contain('no change since last attempt');
    expect(root(el).querySelector('score-radar')!.series!.map((s) => s.label)).to.include('Previous attempt');
    expect(JSON.parse(localStorage.getItem(KEY('history'))!).history).to.have.length(2);
    fixtureCleanup();

    // A reload of a finished attempt lands on its result, still compared with the one before.
    el = await persisted('history');
    expect(resultText(el)).to.contain('+0.2 since your last attempt (2.0)');
  });

  it('lands a reload on the finished result even when the clock ticks while the attempt is saved', async () => {
    let el = await persisted('ticking');
    await answerByClick(el, [2, 3, 2, 3, 2]);
    const realNow = Date.now;
    let t = realNow();
    // Every reading of the clock is a millisecond later, as on a loaded machine.
    Date.now = () => ++t;
    try {
      await click(el, 'See my results');
    } finally {
      Date.now = realNow;
    }
    expect(resultText(el)).to.contain('2.4 of 5');
    fixtureCleanup();
    el = await persisted('ticking');
    expect(resultText(el)).to.contain('2.4 of 5');
  });

  it('ignores corrupt JSON and records of another version, and then writes a valid record', async () => {
    localStorage.setItem(KEY('corrupt'), '{not json');
    let el = await persisted('corrupt');
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    await answerByClick(el, [3]);
    expect(JSON.parse(localStorage.getItem(KEY('corrupt'))!).answers).to.deep.equal({ expansion: 3 });

    localStorage.setItem(KEY('version'), JSON.stringify({ v: 2, modelId: 'customer-marketing-5', segment: null, answers: { expansion: 9 }, updatedAt: 1, history: [] }));
    el = await persisted('version');
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);

    localStorage.setItem(KEY('version'), JSON.stringify({ v: 1, modelId: 'cma-advocacy-11', segment: null, answers: { 'program-vision': 2 }, updatedAt: 1, history: [] }));
    el = await persisted('version');
    expect(heading(el)).to.equal(cm5.dimensions[0]!.title);
    expect(root(el).querySelector('progress')!.getAttribute('aria-label')).to.contain('0 of 5 answered');
  });

  it('works in memory when localStorage.setItem throws', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    let errors = 0;
    document.addEventListener('assessment-error', () => errors++);
    try {
      const el = await persisted('full');
      await answerByClick(el, [5, 5, 5, 5, 4]);
      await click(el, 'See my results');
      expect(resultText(el)).to.contain('4.8 of 5');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(errors).to.equal(0);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(localStorage.getItem(KEY('full'))).to.equal(null);
  });

  it("merges another tab's answers per dimension: the later answer to each dimension wins", async () => {
    const el = await persisted('tabs');
    await answerByClick(el, [2]);
    const mine = JSON.parse(localStorage.getItem(KEY('tabs'))!);
    // What another tab does: write the key, which fires `storage` in every other tab.
    const send = (answers: Record<string, number>, at: number) => {
      const newValue = JSON.stringify({ ...mine, answers, answeredAt: Object.fromEntries(Object.keys(answers).map((k) => [k, at])), updatedAt: at });
      localStorage.setItem(KEY('tabs'), newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY('tabs'), newValue, storageArea: localStorage }));
    };
    const progress = () => root(el).querySelector('progress')!.getAttribute('aria-label');
    const firstAnswer = async () => {
      root(el).querySelectorAll<HTMLButtonElement>('nav[aria-label="Dimensions"] button')[0]!.click();
      await el.updateComplete;
      return root(el).querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-score');
    };
    // Older everywhere: its answers to other dimensions join ours, its older answer to ours does not replace it.
    send({ expansion: 1, reference: 1, community: 1 }, mine.updatedAt - 1000);
    await el.updateComplete;
    expect(progress()).to.contain('3 of 5 answered');
    expect(await firstAnswer()).to.equal('2');
    expect(JSON.parse(localStorage.getItem(KEY('tabs'))!).answers, 'the union is written back').to.deep.equal({ expansion: 2, reference: 1, community: 1 });
    send({ expansion: 5, reference: 4, community: 3 }, mine.updatedAt + 1000);
    await el.updateComplete;
    expect(progress()).to.contain('3 of 5 answered');
    expect(await firstAnswer()).to.equal('5');
    expect(JSON.parse(localStorage.getItem(KEY('tabs'))!).answers).to.deep.equal({ expansion: 5, reference: 4, community: 3 });
  });

  it('two instances with different keys keep separate records', async () => {
    localStorage.removeItem(KEY('one'));
    localStorage.removeItem(KEY('two'));
    // Separate fixtures rather than one wrapper <div>: a plain element's fixture waits for an animation
    // frame, which a background test page may never get.
    const a = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" persist="one"></maturity-assessment>`);
    const b = await fixture<MaturityAssessment>(html`<maturity-assessment model="cma-advocacy-11" persist="two"></maturity-assessment>`);
    await answerByClick(a, [5]);
    await answerByClick(b, [1, 2]);
    expect(JSON.parse(localStorage.getItem(KEY('one'))!).answers).to.deep.equal({ expansion: 5 });
    expect(Object.keys(JSON.parse(localStorage.getItem(KEY('two'))!).answers)).to.have.length(2);
  });
});

describe('maturity-assessment: share links', function () {
  // axe on a full result view can take seconds on a loaded machine.
  this.timeout(30000);
  it('encodes and decodes strictly', () => {
    const shared = { modelId: 'customer-marketing-5', segment: 'growth', scores: [3, 2, 4, 3, 2] };
    const fragment = encodeShare(shared)!;
    expect(fragment).to.equal('ak=customer-marketing-5.growth.32432');
    expect(decodeShare(`#${fragment}`)).to.deep.equal(shared);
    expect(decodeShare(`#x=1&${fragment}`)).to.deep.equal(shared);
    for (const junk of ['', '#', '#ak=', '#ak=a.b', '#ak=a.b.c.d', '#ak=<x>.g.12', '#ak=m.g.1 2', '#ak=m.g.', '#ak=m.g.1A']) {
      expect(decodeShare(junk), junk).to.equal(null);
    }
    expect(sharedAnswers(shared, cm5)).to.deep.equal({ expansion: 3, reference: 2, community: 4, voc: 3, lifecycle: 2 });
    expect(sharedAnswers({ ...shared, scores: [3, 2, 4, 3] }, cm5)).to.equal(null);
    expect(sharedAnswers({ ...shared, scores: [3, 2, 4, 3, 6] }, cm5)).to.equal(null);
    expect(sharedAnswers({ ...shared, segment: 'mars' }, cm5)).to.equal(null);
    expect(sharedAnswers({ ...shared, modelId: 'cma-advocacy-11' }, cm5)).to.equal(null);
    expect(encodeShare({ ...shared, modelId: 'a.b' })).to.equal(null);
  });

  it('copies a link that opens the result read-only in a new element', async () => {
    const originalHash = location.hash;
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    let copied = '';
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
    try {
      const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" share></maturity-assessment>`);
      await answerByClick(el, [3, 2, 4, 3, 2]);
      await click(el, 'See my results');
      await click(el, 'Copy link');
      await new Promise((r) => setTimeout(r));
      expect(copied).to.match(/#ak=customer-marketing-5\.growth\.32432$/);
      expect(copied).not.to.contain('?ak=');
      fixtureCleanup();

      location.hash = new URL(copied).hash;
      const shared = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" share></maturity-assessment>`);
      const shown = resultText(shared);
      expect(shown).to.contain('Shared result (read-only)');
      expect(shown).to.contain('2.8 of 5');
      expect(shown).to.contain('Growth');
      for (const hidden of ['Change answers', 'Start over', 'Copy link']) expect(() => button(shared, hidden)).to.throw();
      await expect(shared).to.be.accessible();
      await click(shared, 'Start my own assessment');
      expect(heading(shared)).to.match(/annual recurring revenue/i);
      expect(location.hash).not.to.contain('ak=');
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
      history.replaceState(null, '', `${location.pathname}${location.search}${originalHash}`);
    }
  });

  it('falls back to a read-only field when the clipboard is refused', async () => {
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) });
    try {
      const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="scale" share></maturity-assessment>`);
      await answerByClick(el, [1, 1, 1, 1, 1]);
      await click(el, 'See my results');
      await click(el, 'Copy link');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const input = root(el).querySelector<HTMLInputElement>('#share-url')!;
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.match(/#ak=customer-marketing-5\.scale\.11111$/);
      expect(root(el).activeElement).to.equal(input);
      // Red flags show for dimensions at the two lowest levels.
      expect(resultText(el)).to.contain('Red flags to check');
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
    }
  });
});

describe('maturity-assessment: exports', () => {
  it('escapes CSV fields and neutralises spreadsheet formulas', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    for (const lead of ['+', '-', '@']) expect(csvField(`${lead}1`)).to.equal(`'${lead}1`);
    expect(csvField(-1)).to.equal('-1');
    expect(csvField(null)).to.equal('');
  });

  it('builds CSV and JSON documents of a result', () => {
    const model = { ...cm5, title: '=cmd|calc', dimensions: cm5.dimensions.map((d, i) => (i === 0 ? { ...d, title: 'Expansion, upsell' } : d)) };
    const result = scoreAssessment(model, { expansion: 1, reference: 2, community: 3, voc: 4, lifecycle: 5 }, { segment: 'growth' });
    const meta = { model, exportedAt: '2025-01-01T00:00:00.000Z' };
    const lines = resultToCSV(result, meta).split('\r\n');
    expect(lines[0]).to.equal('dimension_id,dimension,score,level,next_level,red_flags');
    expect(lines[1]).to.match(/^expansion,"Expansion, upsell",1,Ad hoc,Emerging,/);
    expect(lines[6]).to.match(/^overall,'=cmd\|calc,3,Competent,/);
    expect(lines[7]).to.equal('benchmark,Growth ($5M-$50M ARR),2.3,good,0.7,');
    const json = JSON.parse(resultToJSON(result, meta));
    expect(json).to.include({ overall: 3, exportedAt: '2025-01-01T00:00:00.000Z' });
    expect(json.band.id).to.equal('competent');
    expect(json.dimensions[0]).to.include({ id: 'expansion', score: 1, level: 'Ad hoc', nextLevel: 'Emerging' });
  });
});

describe('maturity-assessment: downloads and print', function () {
  this.timeout(20000);

  it('downloads the result as CSV through a temporary link', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth" exports></maturity-assessment>`);
    await answerByClick(el, [2, 3, 3, 3, 3]);
    await click(el, 'See my results');
    const { createObjectURL } = URL;
    const anchorClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let filename = '';
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      filename = this.download;
    };
    try {
      button(el, 'Download CSV').click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(filename).to.equal('customer-marketing-5-result.csv');
    expect(blob!.type).to.contain('text/csv');
    expect(await blob!.text()).to.match(/^dimension_id,dimension,score,level,next_level,red_flags\r\nexpansion,/);
    expect(root(el).querySelector('a')).to.equal(null);
  });

  itNeedsMediaEmulation('hides every control when printed', async () => {
    const el = await fixture<MaturityAssessment>(html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    await answerByClick(el, [2, 3, 3, 3, 3]);
    await click(el, 'See my results');
    await emulateMedia({ media: 'print' });
    try {
      for (const b of root(el).querySelectorAll('button')) expect(getComputedStyle(b).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="result"]')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(button(el, 'Start over')).display).not.to.equal('none');
  });
});
