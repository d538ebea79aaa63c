import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import de from '../../src/translations/de.js';
import '../../src/translations/fr.js';
import '../../src/translations/ja.js';
import '../../src/translations/ar.js';
import { registerTranslation } from '../../src/internal/translator.js';
import type { BenchmarkGauge, HealthBadge, MaturityAssessment, NpsSurvey, RoiCalculator, ScoreRadar } from '../../src/index.js';
import { mountIn, removeLater, settle, strings } from './helpers.js';


const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The next change of a MutationObserver's callbacks and Lit's render. */
const afterMutation = async (el: Element) => {
  await new Promise((r) => setTimeout(r));
  await settle(el);
};

describe('numbers, percentages and dates in the resolved language', () => {
  it('health-badge writes 72,5 in German and Arabic-Indic digits in Arabic', async () => {
    const de = await mountIn<HealthBadge>({ lang: 'de' }, html`<health-badge score="82.5" previous="80"></health-badge>`);
    expect(text($(de, 'button'))).to.equal('82,5 Gesund');
    expect(text($(de, '.trend'))).to.equal(`▲ ${new Intl.NumberFormat('de', { signDisplay: 'always' }).format(2.5)}`);
    expect($(de, 'button').getAttribute('aria-label')).to.equal('Kundengesundheit: 82,5 Gesund, plus 2,5 gegenüber 80');
    const ar = await mountIn<HealthBadge>({ lang: 'ar', dir: 'rtl' }, html`<health-badge score="82.5"></health-badge>`);
    expect(text($(ar, 'button'))).to.equal(`${new Intl.NumberFormat('ar').format(82.5)} سليم`);
  });

  it('benchmark-gauge and score-radar format values, bounds and value text per language', async () => {
    const fr = await mountIn<BenchmarkGauge>({ lang: 'fr' }, html`<benchmark-gauge alarm="2" expected="3" good="4" value="3.25"></benchmark-gauge>`);
    expect(text($(fr, '[part="value"]'))).to.equal('3,3');
    expect($(fr, '[role="meter"]').getAttribute('aria-valuetext')).to.equal('3,3 sur 5 — dans la cible; attendu 3,0, bon 4,0');
    const radar = await mountIn<ScoreRadar>(
      { lang: 'de' },
      html`<score-radar .axes=${[{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }]} .series=${[{ label: 'S', values: { a: 2.75, b: 3, c: 4 } }]}></score-radar>`,
    );
    expect($(radar, 'circle.point').getAttribute('aria-label')).to.equal('S – A: 2,75');
    expect($(radar, 'svg').getAttribute('aria-label')).to.contain('Skala 1 bis 5');
  });

  it('roi-calculator formats money and percentages for the language', async () => {
    const el = await mountIn<RoiCalculator>({ lang: 'de' }, html`<roi-calculator currency="EUR"></roi-calculator>`);
    const summary = text($(el, '[part="summary"]'));
    const roi = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format((el.projection!.total.roi ?? 0) / 100);
    expect(summary).to.equal(`ROI über 3 Jahre: ${roi}; Break-even in Monat ${el.projection!.breakevenMonth}.`.replace(/\s+/g, ' '));
    expect(text($(el, 'tfoot td'))).to.contain('€');
  });

  it('nps-survey numbers its scale in the language and the attempt history is dated in it', async () => {
    const ar = await mountIn<NpsSurvey>({ lang: 'ar', dir: 'rtl' }, html`<nps-survey></nps-survey>`);
    const ten = ar.shadowRoot!.querySelector('[role="radio"][data-score="10"]')!;
    expect(text(ten)).to.equal(`${new Intl.NumberFormat('ar').format(10)}, محتمل جدًا`);

    const el = await mountIn<MaturityAssessment>({ lang: 'de' }, html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    for (const round of [[3, 2, 4, 3, 2], [4, 4, 4, 4, 4]]) {
      for (const s of round) {
        $(el, `[role="radio"][data-score="${s}"]`).click();
        await settle(el);
        $(el, 'button.next').click();
        await settle(el);
      }
      $(el, '.review button.primary').click();
      await settle(el);
      if (round[0] === 3) {
        el.reset();
        await settle(el);
      }
    }
    const dates = [...el.shadowRoot!.querySelectorAll('[part="trend"] time')].map(text);
    expect(dates[0]).to.equal(new Intl.DateTimeFormat('de', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date()));
    expect(text($(el, '[part="score"]'))).to.equal('4,0');
    expect(text($(el, '.delta'))).to.equal(`${new Intl.NumberFormat('de', { minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(1.2)} seit Ihrem letzten Durchgang (2,8)`);
  });
});

describe('the language follows the page at runtime', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('changing <html lang> re-renders every element in the new language', async () => {
    document.documentElement.lang = 'en';
    const el = await mountIn<NpsSurvey>({}, html`<nps-survey></nps-survey>`);
    expect($(el, 'button.dismiss').getAttribute('aria-label')).to.equal('Dismiss survey');
    document.documentElement.lang = 'fr';
    await afterMutation(el);
    expect($(el, 'button.dismiss').getAttribute('aria-label')).to.equal('Fermer l’enquête');
  });

  it('a health badge, which wires its localizer by hand, follows <html lang> while connected, again after a move', async () => {
    document.documentElement.lang = 'en';
    const el = await mountIn<HealthBadge>({}, html`<health-badge score="72"></health-badge>`);
    expect(text($(el, 'button'))).to.equal('72 At risk');
    document.documentElement.lang = 'de';
    await afterMutation(el);
    expect(text($(el, 'button'))).to.equal('72 Gefährdet');
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    removeLater(elsewhere);
    elsewhere.append(el);
    document.documentElement.lang = 'fr';
    await afterMutation(el);
    expect(text($(el, 'button'))).to.equal('72 À risque');
  });

  it("follows the element's own lang, then the nearest ancestor's, as they change", async () => {
    document.documentElement.lang = 'en';
    const el = await mountIn<BenchmarkGauge>({ lang: 'en' }, html`<benchmark-gauge alarm="2" expected="3" good="4"></benchmark-gauge>`);
    expect(text($(el, '.readout'))).to.equal('No score yet');
    el.parentElement!.lang = 'ja';
    await afterMutation(el);
    expect(text($(el, '.readout'))).to.equal('スコアはまだありません');
    el.lang = 'de';
    await afterMutation(el);
    expect(text($(el, '.readout'))).to.equal('Noch kein Wert');
    // Error messages are recomputed too, not only the template's words.
    el.value = 9;
    await settle(el);
    el.lang = 'fr';
    await afterMutation(el);
    expect(text($(el, '.error li'))).to.equal('value (9) est hors de l’échelle 1–5.');
  });

  it('switched to a language with no words, an element keeps its last language a while, then speaks English', async function () {
    this.timeout(10000);
    const el = await mountIn<BenchmarkGauge>({ lang: 'de' }, html`<benchmark-gauge alarm="2" expected="3" good="4"></benchmark-gauge>`);
    expect(text($(el, '.readout'))).to.equal('Noch kein Wert');
    // Italian is not shipped: a site switching to it would load nothing, and the words of German stay meanwhile.
    el.parentElement!.lang = 'it';
    await afterMutation(el);
    expect(text($(el, '.readout'))).to.equal('Noch kein Wert');
    await new Promise((r) => setTimeout(r, 3200));
    await settle(el);
    expect(text($(el, '.readout'))).to.equal('No score yet');
  });

  it('reads the language across shadow roots', async () => {
    const host = document.createElement('div');
    host.lang = 'de';
    document.body.append(host);
    removeLater(host);
    const root = host.attachShadow({ mode: 'open' });
    render(html`<health-badge></health-badge>`, root);
    const el = root.querySelector('health-badge')!;
    await settle(el);
    expect(text($(el, 'button'))).to.equal('Keine Daten');
  });
});

describe('hosts add languages and override strings', () => {
  afterEach(() => registerTranslation({ $code: 'de', 'nps.submit': de['nps.submit'] }));

  it('an override of one string changes it, live, and leaves the rest of the language alone', async () => {
    const el = await mountIn<NpsSurvey>({ lang: 'de' }, html`<nps-survey value="9"></nps-survey>`);
    expect(text($(el, 'button.submit'))).to.equal('Absenden');
    registerTranslation({ $code: 'de', 'nps.submit': 'Abschicken' });
    await settle(el);
    expect(text($(el, 'button.submit'))).to.equal('Abschicken');
    expect($(el, 'button.dismiss').getAttribute('aria-label')).to.equal('Umfrage schließen');
  });

  it('a new language falls back to English for what it lacks, and a regional page finds its language', async () => {
    registerTranslation({ $code: 'sv', $name: 'Svenska', 'nps.submit': 'Skicka' });
    const sv = await mountIn<NpsSurvey>({ lang: 'sv-FI' }, html`<nps-survey value="9"></nps-survey>`);
    expect(text($(sv, 'button.submit'))).to.equal('Skicka');
    expect($(sv, 'button.dismiss').getAttribute('aria-label')).to.equal('Dismiss survey');
    const pt = await mountIn<NpsSurvey>({ lang: 'pt' }, html`<nps-survey value="9"></nps-survey>`);
    await import('../../src/translations/pt-BR.js');
    await settle(pt);
    expect(text($(pt, 'button.submit'))).to.equal('Enviar');
  });

  it('a polluted Object.prototype never supplies a string, and reserved keys are not registered', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['nps.dismiss'] = 'HACKED';
    proto['nps.submit'] = 'HACKED';
    try {
      registerTranslation(JSON.parse('{"$code":"fi","nps.thanks":"Kiitos!","__proto__":{"nps.submit":"HACKED"}}'));
      const el = await mountIn<NpsSurvey>({ lang: 'fi' }, html`<nps-survey value="9"></nps-survey>`);
      expect(strings(el).join('|')).not.to.contain('HACKED');
      expect(text($(el, 'button.submit'))).to.equal('Submit');
    } finally {
      delete proto['nps.dismiss'];
      delete proto['nps.submit'];
    }
  });
});

/** A model written in another language: the kit renders whatever script it is given. */
function localModel(lang: 'ja' | 'ar') {
  const ja = lang === 'ja';
  const dim = (id: string, title: string) => ({
    id,
    title,
    measures: ja ? `${title}の成熟度` : `نضج ${title}`,
    redFlags: [ja ? '担当者がいない' : 'لا يوجد مسؤول'],
    levels: [1, 2, 3].map((score) => ({
      score,
      label: ja ? ['初期', '発展', '最適化'][score - 1]! : ['مبتدئ', 'نامٍ', 'متقدم'][score - 1]!,
      description: ja ? `レベル${score}の説明` : `وصف المستوى ${score}`,
      evidence: [ja ? '定期的な報告' : 'تقارير منتظمة'],
    })),
  });
  return {
    id: `local-${lang}`,
    title: ja ? '顧客アドボカシー成熟度診断' : 'تقييم نضج مناصرة العملاء',
    version: '1',
    scale: { min: 1, max: 3, labels: ja ? ['低', '中', '高'] : ['منخفض', 'متوسط', 'مرتفع'] },
    dimensions: ja
      ? [dim('refs', '導入事例と紹介'), dim('community', 'コミュニティ運営とユーザー会の活性化'), dim('voc', '顧客の声')]
      : [dim('refs', 'المراجع ودراسات الحالة'), dim('community', 'المجتمع وتنشيط مجموعات المستخدمين'), dim('voc', 'صوت العميل')],
    bands: [
      { id: 'low', label: ja ? '基礎段階' : 'مرحلة أساسية', min: 1, max: 2, interpretation: ja ? '土台づくりの段階です。' : 'أنت في مرحلة بناء الأساس.', nextStep: ja ? '担当者を決めましょう。' : 'عيّن مسؤولًا.' },
      { id: 'high', label: ja ? '成熟段階' : 'مرحلة ناضجة', min: 2.1, max: 3, interpretation: ja ? '仕組みが整っています。' : 'البرنامج راسخ.', nextStep: ja ? '成果を測りましょう。' : 'قِس النتائج.' },
    ],
  };
}

describe('custom models in Japanese and Arabic', function () {
  this.timeout(30000);
  for (const lang of ['ja', 'ar'] as const) {
    it(`${lang}: a model in the page's language renders as written, every step to the result`, async () => {
      const model = localModel(lang);
      const el = await mountIn<MaturityAssessment>({ lang, dir: lang === 'ar' ? 'rtl' : undefined }, html`<maturity-assessment .model=${model}></maturity-assessment>`);
      expect(text($(el, 'h2'))).to.equal(model.dimensions[0]!.title);
      expect(text($(el, '.choice-label'))).to.contain(model.dimensions[0]!.levels[0]!.label);
      for (const s of [1, 3, 2]) {
        $(el, `[role="radio"][data-score="${s}"]`).click();
        await settle(el);
        $(el, 'button.next').click();
        await settle(el);
      }
      $(el, '.review button.primary').click();
      await settle(el);
      expect(text($(el, '[part="band"]'))).to.equal(model.bands[0]!.label);
      const radar = $<ScoreRadar>(el, 'score-radar');
      await settle(radar);
      const labels = [...radar.shadowRoot!.querySelectorAll('text.axis-label')].map((t) => (t.querySelector('title')?.textContent ?? text(t)).replace(/\s+/g, ''));
      expect(labels).to.deep.equal(model.dimensions.map((d) => d.title.replace(/\s+/g, '')));
      await expect(el).to.be.accessible();
    });
  }
});

describe('right to left', function () {
  this.timeout(30000);

  it('the NPS scale moves with the arrow pointing the way the respondent sees', async () => {
    const el = await mountIn<NpsSurvey>({ lang: 'ar', dir: 'rtl' }, html`<nps-survey value="5"></nps-survey>`);
    const five = $(el, '[role="radio"][data-score="5"]');
    const six = $(el, '[role="radio"][data-score="6"]');
    expect(six.getBoundingClientRect().right).to.be.at.most(five.getBoundingClientRect().left + 1);
    five.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.value).to.equal(6);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.value).to.equal(4);
  });

  it('the level choices follow the visual direction too', async () => {
    const el = await mountIn<MaturityAssessment>({ dir: 'rtl' }, html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    $(el, '[role="radio"][data-score="2"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[aria-checked="true"]')!.getAttribute('data-score')).to.equal('3');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[aria-checked="true"]')!.getAttribute('data-score')).to.equal('2');
  });

  it('radar labels land where they were laid out, as left to right, without overlapping', async () => {
    const axes = ['Expansion and upsell marketing', 'Customer reference and evidence', 'Community and advocacy', 'Voice of the customer (NPS/CSAT)', 'Customer communications'].map(
      (label, i) => ({ id: `d${i}`, label }),
    );
    const series = [{ label: 'S', values: { d0: 3, d1: 2, d2: 4, d3: 3, d4: 2 } }];
    const boxes = async (dir: string) => {
      const el = await mountIn<ScoreRadar>({ dir }, html`<score-radar style="width:420px" .axes=${axes} .series=${series}></score-radar>`);
      const origin = $(el, 'svg').getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll('text.axis-label')].map((t) => {
        const r = t.getBoundingClientRect();
        return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
      });
    };
    const ltr = await boxes('ltr');
    const rtl = await boxes('rtl');
    rtl.forEach((b, i) => {
      expect(Math.abs(b.left - ltr[i]!.left), `label ${i} left`).to.be.below(2);
      expect(Math.abs(b.right - ltr[i]!.right), `label ${i} right`).to.be.below(2);
    });
    for (let i = 0; i < rtl.length; i++) {
      for (let j = i + 1; j < rtl.length; j++) {
        const a = rtl[i]!;
        const b = rtl[j]!;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('the gauge’s scale runs from the right: its low end, the needle for a low value and the alarm zone there', async () => {
    const measure = async (dir: string) => {
      const el = await mountIn<BenchmarkGauge>({ dir }, html`<benchmark-gauge style="width:300px" min="1" max="5" alarm="1.6" expected="2.3" good="3" value="1.4"></benchmark-gauge>`);
      const svg = $(el, 'svg').getBoundingClientRect();
      const middle = svg.left + svg.width / 2;
      const [low, high] = [...el.shadowRoot!.querySelectorAll('text.scale-label')].map((t) => t.getBoundingClientRect());
      const centre = (r: DOMRect) => r.left + r.width / 2;
      return {
        lowText: text(el.shadowRoot!.querySelectorAll('text.scale-label')[0]!),
        lowOnRight: centre(low!) > middle && centre(high!) < middle,
        needleOnRight: centre($(el, '.needle path').getBoundingClientRect()) > middle,
        alarmOnRight: centre($(el, '.zone.alarm').getBoundingClientRect()) > middle,
        lowScale: (el.shadowRoot!.querySelector('text.scale-label') as SVGTextElement).getScreenCTM()!.a,
      };
    };
    const ltr = await measure('ltr');
    const rtl = await measure('rtl');
    expect(ltr).to.include({ lowOnRight: false, needleOnRight: false, alarmOnRight: false });
    expect(rtl).to.include({ lowOnRight: true, needleOnRight: true, alarmOnRight: true, lowText: ltr.lowText });
    // The number itself is drawn as written, not mirrored.
    expect(rtl.lowScale, 'the low end’s number is mirrored').to.be.above(0);
    expect(ltr.lowScale).to.be.above(0);
  });

  it('every element passes axe in Arabic, right to left', async () => {
    const wrap = { lang: 'ar', dir: 'rtl' };
    const signals = { dau_mau: 0.3, seat_utilization: 0.5, nps: 20 };
    const elements = [
      await mountIn(wrap, html`<health-badge label="أكمي" score="72.5" previous="70"></health-badge>`),
      await mountIn(wrap, html`<health-badge .signals=${signals}></health-badge>`),
      await mountIn(wrap, html`<nps-survey advocacy value="10"></nps-survey>`),
      await mountIn(wrap, html`<score-radar .axes=${[{ id: 'a', label: 'أ' }, { id: 'b', label: 'ب' }, { id: 'c', label: 'ج' }]} .series=${[{ label: 'س', values: { a: 2, b: 3, c: 4 } }]}></score-radar>`),
      await mountIn(wrap, html`<benchmark-gauge model="customer-marketing-5" segment="growth" value="2.4"></benchmark-gauge>`),
      await mountIn(wrap, html`<benchmark-gauge value="9"></benchmark-gauge>`),
      await mountIn(wrap, html`<roi-calculator></roi-calculator>`),
      await mountIn(wrap, html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`),
    ];
    const badge = elements[1]!;
    $(badge, 'button').focus();
    await settle(badge);
    for (const el of elements) await expect(el).to.be.accessible();
  });
});
