import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import '../../src/translations/de.js';
import '../../src/translations/fr.js';
import '../../src/translations/es.js';
import '../../src/translations/pt-BR.js';
import '../../src/translations/nl.js';
import '../../src/translations/ja.js';
import '../../src/translations/ar.js';
import type { HealthBadge, MaturityAssessment, NpsSurvey, ScoreRadar } from '../../src/index.js';
import { builtInModels, evaluateAccount, type AssessmentModel, type HealthConfig } from '../../src/core/index.js';
import { mountIn, seedText, settle, strings, unmount } from './helpers.js';

const LANGUAGES = ['de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'ar'] as const;
type Lang = (typeof LANGUAGES)[number] | 'en';

/** Strings the test itself hands the elements: the host's, not the kit's. */
const HOST = ['Acme Cloud', 'Acme', 'Expansion', 'Reference calls', 'Voice of the customer', 'Team', 'Peers', 'Growth'];

/** Property names and the custom model's field paths quoted in error messages: code, the same in every language. */
const CODE = new Set(['model', 'segment', 'title', 'scale.min', 'dimensions[1].weight', 'bands[1].min', 'segments[0].alarm']);

/** A custom model the core rejects, for its issues: an empty title, a fractional scale, a zero weight, a band gap, a threshold off the scale. */
function badModels(): AssessmentModel[] {
  const shape = JSON.parse(JSON.stringify(builtInModels['customer-marketing-5'])) as AssessmentModel & Record<string, unknown>;
  shape.title = '';
  (shape.scale as { min: number }).min = 1.5;
  shape.dimensions[1]!.weight = 0;
  const rules = JSON.parse(JSON.stringify(builtInModels['customer-marketing-5'])) as AssessmentModel;
  rules.bands[1]!.min = 2.4;
  rules.segments![0]!.alarm = 9;
  return [shape, rules];
}

const usage = { id: 'usage', label: 'Usage', category: 'outcome', weight: 1, normalize: { kind: 'inverse' } };
/** A health config the core rejects: a decay with no half-life. */
const badConfig = { signals: [{ ...usage, normalize: { kind: 'decay', grace: 1, halfLife: 0 } }] } as unknown as HealthConfig;

/** The longest first, so a seed sentence goes before any shorter seed text inside it. */
const NOT_OURS = [...HOST, ...[...seedText].filter((s) => s.length >= 3)].sort((a, b) => b.length - a.length);

/** Whether the kit wrote any of `text`'s letters: what is left once host and seed text are taken out. */
function kitWords(text: string): boolean {
  let rest = text;
  for (const s of NOT_OURS) if (rest.includes(s)) rest = rest.split(s).join(' ');
  return /\p{L}/u.test(rest);
}

/**
 * Words that are the same in English and the language, checked by hand: loanwords and international terms. Each
 * entry is what a native reader would write; anything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<(typeof LANGUAGES)[number], readonly string[]> = {
  de: ['Signal', 'Dimension', 'Benchmark', '(optional)'],
  fr: ['Points', 'Adoption', 'Total', 'Dimensions'],
  es: ['Base', 'Total'],
  'pt-BR': ['Total'],
  nl: ['alarm'],
  ja: [],
  ar: [],
};

/** Mounts `template` in a `lang` (and, for Arabic, `dir="rtl"`) wrapper, as a page section would. */
const inLang = <T extends Element>(lang: Lang, template: unknown): Promise<T> => mountIn<T>({ lang, dir: lang === 'ar' ? 'rtl' : undefined }, template);

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

async function click(el: Element, sel: string): Promise<void> {
  $(el, sel).click();
  await settle(el);
}

async function openBadge(el: HealthBadge): Promise<void> {
  $(el, 'button').focus();
  await settle(el);
}

async function answerAll(el: MaturityAssessment, scores: number[]): Promise<void> {
  for (const s of scores) {
    await click(el, `[role="radio"][data-score="${s}"]`);
    await click(el, 'button.next');
  }
}

const axes = [
  { id: 'expansion', label: 'Expansion' },
  { id: 'reference', label: 'Reference calls' },
  { id: 'voc', label: 'Voice of the customer' },
];

/** Every state of every element, reached the way a user or host would. */
const STATES: { element: string; state: string; make: (lang: Lang) => Promise<Element> }[] = [
  { element: 'health-badge', state: 'no data', make: (l) => inLang(l, html`<health-badge label="Acme"></health-badge>`).then(async (el) => (await openBadge(el as HealthBadge), el)) },
  {
    element: 'health-badge',
    state: 'score with trend, open',
    make: async (l) => {
      const el = await inLang<HealthBadge>(l, html`<health-badge label="Acme" score="72.5" previous="70"></health-badge>`);
      await openBadge(el);
      return el;
    },
  },
  {
    element: 'health-badge',
    state: 'signals, warnings and action, open',
    make: async (l) => {
      const signals = { dau_mau: 0.3, seat_utilization: 0.5, nps: 20 };
      const decision = evaluateAccount({
        health: 45,
        activeUsage: { previous: 100, current: 60 },
        tickets: { previous: 10, current: 20 },
        nps: { previous: 9, current: 4 },
        billing: { disputed: 20, invoiced: 100 },
      });
      const el = await inLang<HealthBadge>(l, html`<health-badge label="Acme" .signals=${signals} .decision=${decision} previous="60"></health-badge>`);
      await openBadge(el);
      return el;
    },
  },
  { element: 'health-badge', state: 'direct score, open', make: async (l) => { const el = await inLang<HealthBadge>(l, html`<health-badge score="20"></health-badge>`); await openBadge(el); return el; } },
  { element: 'health-badge', state: 'error', make: (l) => inLang(l, html`<health-badge label="Acme" score="150"></health-badge>`) },
  { element: 'health-badge', state: 'bad signals', make: (l) => inLang(l, html`<health-badge .signals=${{ nope: 1, nps: 'x' }}></health-badge>`) },
  { element: 'nps-survey', state: 'question', make: (l) => inLang(l, html`<nps-survey required></nps-survey>`) },
  { element: 'nps-survey', state: 'question for a product', make: (l) => inLang(l, html`<nps-survey product="Acme Cloud"></nps-survey>`) },
  { element: 'nps-survey', state: 'promoter invited', make: async (l) => { const el = await inLang<NpsSurvey>(l, html`<nps-survey advocacy></nps-survey>`); el.value = 9; await settle(el); return el; } },
  {
    element: 'nps-survey',
    state: 'promoter declined',
    make: async (l) => {
      const el = await inLang<NpsSurvey>(l, html`<nps-survey advocacy></nps-survey>`);
      el.value = 10;
      await settle(el);
      await click(el, 'button.decline');
      return el;
    },
  },
  { element: 'nps-survey', state: 'detractor', make: async (l) => { const el = await inLang<NpsSurvey>(l, html`<nps-survey follow-up></nps-survey>`); el.value = 3; await settle(el); return el; } },
  { element: 'nps-survey', state: 'passive', make: async (l) => { const el = await inLang<NpsSurvey>(l, html`<nps-survey></nps-survey>`); el.value = 7; await settle(el); return el; } },
  {
    element: 'nps-survey',
    state: 'thanked after advocacy',
    make: async (l) => {
      const el = await inLang<NpsSurvey>(l, html`<nps-survey advocacy follow-up></nps-survey>`);
      el.value = 10;
      await settle(el);
      $(el, 'input[type="checkbox"]').click();
      await settle(el);
      await click(el, 'button.submit');
      return el;
    },
  },
  {
    element: 'nps-survey',
    state: 'detractor thanked',
    make: async (l) => {
      const el = await inLang<NpsSurvey>(l, html`<nps-survey follow-up></nps-survey>`);
      el.value = 2;
      await settle(el);
      await click(el, 'button.submit');
      return el;
    },
  },
  { element: 'nps-survey', state: 'dismissed', make: async (l) => { const el = await inLang<NpsSurvey>(l, html`<nps-survey></nps-survey>`); await click(el, 'button.dismiss'); return el; } },
  { element: 'nps-survey', state: 'error', make: (l) => inLang(l, html`<nps-survey value="11"></nps-survey>`) },
  {
    element: 'score-radar',
    state: 'chart with a point focused',
    make: async (l) => {
      const el = await inLang<ScoreRadar>(
        l,
        html`<score-radar .axes=${axes} .series=${[{ label: 'Team', values: { expansion: 3.5, reference: 2, voc: 4 } }, { label: 'Peers', values: { expansion: 3, voc: 3 } }]} style="width:600px"></score-radar>`,
      );
      $(el, 'circle.point').dispatchEvent(new FocusEvent('focus'));
      await settle(el);
      return el;
    },
  },
  { element: 'score-radar', state: 'result series', make: (l) => inLang(l, html`<score-radar .result=${{ dimensions: [{ id: 'expansion', title: 'Expansion', score: 3 }, { id: 'reference', title: 'Reference calls', score: 2 }, { id: 'voc', title: 'Voice of the customer', score: 4 }] }} .series=${[{ label: '', values: { expansion: 2 } }]} style="width:200px"></score-radar>`) },
  { element: 'score-radar', state: 'empty', make: (l) => inLang(l, html`<score-radar></score-radar>`) },
  { element: 'score-radar', state: 'error', make: (l) => inLang(l, html`<score-radar .axes=${[{ id: 'a' }, { id: 'a' }]} .series=${[{ label: 'Team', values: { zz: 9, a: 'x' } }, 5]} min="5" max="1" levels="99"></score-radar>`) },
  { element: 'benchmark-gauge', state: 'value against a segment', make: (l) => inLang(l, html`<benchmark-gauge model="customer-marketing-5" segment="growth" value="2.4"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'good', make: (l) => inLang(l, html`<benchmark-gauge alarm="2" expected="3" good="4" value="4.5"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'on track', make: (l) => inLang(l, html`<benchmark-gauge alarm="2" expected="3" good="4" value="3.5"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'alarm', make: (l) => inLang(l, html`<benchmark-gauge alarm="2" expected="3" good="4" value="1.5"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'no score', make: (l) => inLang(l, html`<benchmark-gauge alarm="2" expected="3" good="4"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'error', make: (l) => inLang(l, html`<benchmark-gauge model="nope" segment="x" expected="9" value="7" min="3" max="1"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'error: thresholds', make: (l) => inLang(l, html`<benchmark-gauge alarm="4" expected="3" good="2"></benchmark-gauge>`) },
  { element: 'benchmark-gauge', state: 'error: missing threshold', make: (l) => inLang(l, html`<benchmark-gauge model="customer-marketing-5" segment="nope" alarm="2"></benchmark-gauge>`) },
  { element: 'roi-calculator', state: 'projection', make: (l) => inLang(l, html`<roi-calculator></roi-calculator>`) },
  { element: 'roi-calculator', state: 'no breakeven', make: (l) => inLang(l, html`<roi-calculator customers="10"></roi-calculator>`) },
  { element: 'roi-calculator', state: 'error', make: (l) => inLang(l, html`<roi-calculator customers="-1" baseline-churn="120" expansion-share="x" annual-investment="" scenario="odd" currency="??"></roi-calculator>`) },
  { element: 'roi-calculator', state: 'whole number error', make: (l) => inLang(l, html`<roi-calculator customers="1.5"></roi-calculator>`) },
  { element: 'maturity-assessment', state: 'ARR question', make: async (l) => { const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`); await click(el, 'button.primary'); return el; } },
  { element: 'maturity-assessment', state: 'step', make: (l) => inLang(l, html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`) },
  {
    element: 'maturity-assessment',
    state: 'last step, partly answered, evidence open',
    make: async (l) => {
      const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
      await answerAll(el, [3, 2]);
      await click(el, '.steps li:last-child button');
      await click(el, '.evidence-toggle');
      return el;
    },
  },
  {
    element: 'maturity-assessment',
    state: 'review, partly answered',
    make: async (l) => {
      const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5"></maturity-assessment>`);
      await click(el, 'input[type="radio"]');
      await click(el, 'button.primary');
      await click(el, '.steps li:last-child button');
      await click(el, 'button.next');
      return el;
    },
  },
  {
    element: 'maturity-assessment',
    state: 'gate',
    make: async (l) => {
      const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5" segment="growth" @assessment-complete=${(e: Event) => e.preventDefault()}></maturity-assessment>`);
      await answerAll(el, [3, 2, 4, 3, 2]);
      await click(el, '.review button.primary');
      return el;
    },
  },
  {
    element: 'maturity-assessment',
    state: 'second result, with deltas and trend',
    make: async (l) => {
      const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5" segment="growth" exports></maturity-assessment>`);
      await answerAll(el, [3, 2, 4, 3, 2]);
      await click(el, '.review button.primary');
      el.reset();
      await settle(el);
      await answerAll(el, [3, 3, 5, 1, 2]);
      await click(el, '.review button.primary');
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      return el;
    },
  },
  {
    element: 'maturity-assessment',
    state: 'result at the expected level, top levels',
    make: async (l) => {
      const el = await inLang<MaturityAssessment>(l, html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
      await answerAll(el, [5, 5, 5, 5, 5]);
      await click(el, '.review button.primary');
      return el;
    },
  },
  { element: 'maturity-assessment', state: 'error', make: (l) => inLang(l, html`<maturity-assessment model="nope"></maturity-assessment>`) },
  { element: 'maturity-assessment', state: 'error: segment', make: (l) => inLang(l, html`<maturity-assessment model="customer-marketing-5" segment="nope"></maturity-assessment>`) },
  { element: 'maturity-assessment', state: 'error: no model', make: (l) => inLang(l, html`<maturity-assessment></maturity-assessment>`) },
  { element: 'maturity-assessment', state: 'error: custom model, field shapes', make: (l) => inLang(l, html`<maturity-assessment .model=${badModels()[0]}></maturity-assessment>`) },
  { element: 'maturity-assessment', state: 'error: custom model, rules', make: (l) => inLang(l, html`<maturity-assessment .model=${badModels()[1]}></maturity-assessment>`) },
  { element: 'health-badge', state: 'error: health config', make: (l) => inLang(l, html`<health-badge .config=${badConfig} .signals=${{ usage: 0.5 }}></health-badge>`) },
];

describe('every string the kit writes, in each shipped language', function () {
  this.timeout(120000);

  for (const lang of LANGUAGES) {
    it(`${lang}: no visible text or accessible name is left in English`, async () => {
      const untranslated: string[] = [];
      const allowed = new Set(SAME_AS_ENGLISH[lang]);
      for (const s of STATES) {
        const english = new Set(strings(await s.make('en')));
        expect(english.size, `${s.element} (${s.state}) shows text in English`).to.be.greaterThan(0);
        const local = strings(await s.make(lang));
        for (const text of local) {
          if (english.has(text) && !allowed.has(text) && !CODE.has(text) && kitWords(text)) untranslated.push(`${s.element} (${s.state}): "${text}"`);
        }
        unmount();
      }
      expect(untranslated, `untranslated in ${lang}`).to.deep.equal([]);
    });
  }
});
