/**
 * The core's issues with a custom model or a health config, as the elements show them in their error states: in
 * the page's language (issue 18), and in the new language after a switch, like every error state and live-region
 * message the elements keep.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import '../../src/translations/de.js';
import de from '../../src/translations/de.js';
import fr from '../../src/translations/fr.js';
import es from '../../src/translations/es.js';
import ptBR from '../../src/translations/pt-BR.js';
import nl from '../../src/translations/nl.js';
import ja from '../../src/translations/ja.js';
import ar from '../../src/translations/ar.js';
import {
  builtInModels,
  defaultHealthConfig,
  HealthConfigError,
  modelLimits,
  readHealthRow,
  safeParseModel,
  scoreHealth,
  type AssessmentModel,
  type HealthConfig,
  type ModelIssueCode,
  type HealthConfigIssueCode,
  type HealthRowIssueCode,
} from '../../src/core/index.js';
import type { BenchmarkGauge, HealthBadge, MaturityAssessment, NpsSurvey, RoiCalculator, ScoreRadar } from '../../src/index.js';
import { mountIn, settle, strings } from './helpers.js';

const inLang = <T extends Element>(lang: string, template: unknown): Promise<T> => mountIn<T>({ lang }, template);

/** A language switch on the element's section: the document's observer, then the element's render. */
async function switchTo(el: Element, lang: string): Promise<void> {
  el.parentElement!.lang = lang;
  await new Promise((r) => setTimeout(r));
  await settle(el);
}

const copy = (m: AssessmentModel): AssessmentModel => JSON.parse(JSON.stringify(m)) as AssessmentModel;
type Loose = Record<string, unknown> & { scale: Record<string, unknown>; dimensions: Record<string, unknown>[] };

/** A custom model with field-shape issues: an empty title, a too-long version, a fractional scale, and more. */
const badShape = (() => {
  const m = copy(builtInModels['customer-marketing-5']) as unknown as Loose;
  m.title = '';
  m.version = 'v'.repeat(200);
  m.scale.min = 1.5;
  m.dimensions[0].levels = 'none';
  m.dimensions[1].weight = 0;
  delete m.dimensions[3].measures;
  return m;
})();

/** A custom model whose fields are well formed but do not fit together: a band gap, a threshold off the scale, a duplicate id. */
const badRules = (() => {
  const m = copy(builtInModels['customer-marketing-5']);
  m.bands[1].min = 2.4;
  m.segments![0].alarm = 9;
  m.dimensions[4].id = m.dimensions[0].id;
  return m;
})();

const signal = { id: 'usage', label: 'Usage', category: 'outcome', weight: 1, normalize: { kind: 'inverse' } };
/** A health config the core rejects: its second signal's decay has no half-life. */
const badConfig = { signals: [signal, { ...signal, id: 'tickets', normalize: { kind: 'decay', grace: 1, halfLife: 0 } }] } as unknown as HealthConfig;

function modelMessages(m: unknown): string[] {
  const r = safeParseModel(m);
  if (r.success) throw new Error('expected the model to be rejected');
  return r.error.issues.map((i) => i.message);
}

function configMessage(config: HealthConfig): string {
  try {
    scoreHealth({ usage: 0.5 }, config);
  } catch (e) {
    if (e instanceof HealthConfigError) return e.message;
  }
  throw new Error('expected the config to be rejected');
}

/**
 * What may stay as written in a German error state: the model's field paths and ids, which are code and name the
 * field in every language. Everything else the core said must be in German.
 */
const PATHS = new Set([
  'title',
  'version',
  'scale.min',
  'dimensions[0].levels',
  'dimensions[1].weight',
  'dimensions[3].measures',
  'bands[1].min',
  'segments[0].alarm',
  'dimensions[4].id',
]);

describe('the core’s issues with a custom model or a health config, in the page’s language', function () {
  this.timeout(20000);

  it('a malformed custom model in German shows each issue in German, and no English detail', async () => {
    for (const model of [badShape, badRules]) {
      const english = modelMessages(model);
      expect(english.length).to.be.greaterThan(2);
      const el = await inLang<MaturityAssessment>('de', html`<maturity-assessment .model=${model}></maturity-assessment>`);
      const shown = strings(el);
      expect(shown).to.include('Diese Bewertung kann nicht angezeigt werden.');
      for (const message of english) {
        for (const text of shown) expect(text, `English detail "${message}"`).not.to.include(message);
      }
      const items = [...el.shadowRoot!.querySelectorAll('.error li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(english.length);
      for (const item of items) {
        const [path, detail] = item.split(': ');
        expect(PATHS.has(path!), `path "${path}"`).to.equal(true);
        expect(detail, item).to.match(/\p{L}/u);
      }
    }
    const shape = await inLang<MaturityAssessment>('de', html`<maturity-assessment .model=${badShape}></maturity-assessment>`);
    expect(strings(shape)).to.include.members([
      'darf nicht leer sein',
      `ist länger als ${modelLimits.id} Zeichen`,
      'muss eine ganze Zahl sein',
      'muss eine Liste (Array) sein',
      'muss größer als 0 sein',
      'ist erforderlich',
    ]);
    const rules = await inLang<MaturityAssessment>('de', html`<maturity-assessment .model=${badRules}></maturity-assessment>`);
    expect(strings(rules)).to.include.members([
      'muss 2 sein, 0,1 über dem max des vorigen Bereichs, ohne Lücke oder Überschneidung',
      'muss auf der Skala 1–5 liegen',
      `doppelte ID „${badRules.dimensions[0].id}“`,
    ]);
  });

  it('writes an issue’s figures in the language: 1,5 in German, Arabic’s own number format in Arabic', async () => {
    const m = copy(builtInModels['customer-marketing-5']);
    m.bands[0].max = 1.4;
    const german = await inLang<MaturityAssessment>('de', html`<maturity-assessment .model=${m}></maturity-assessment>`);
    expect(strings(german)).to.include('muss 1,5 sein, 0,1 über dem max des vorigen Bereichs, ohne Lücke oder Überschneidung');
    const over = copy(builtInModels['customer-marketing-5']);
    over.segments![0].good = 7.5;
    const arabic = await inLang<MaturityAssessment>('ar', html`<maturity-assessment .model=${over}></maturity-assessment>`);
    const ar = new Intl.NumberFormat('ar');
    expect(strings(arabic)).to.include(`يجب أن يقع على المقياس من ${ar.format(1)} إلى ${ar.format(5)}`);
  });

  it('a malformed health config in German shows its issue in German, and no English detail', async () => {
    const english = configMessage(badConfig);
    const detail = english.replace('Invalid health config: ', '');
    const badge = await inLang<HealthBadge>('de', html`<health-badge label="Acme" .config=${badConfig} .signals=${{ usage: 0.5 }}></health-badge>`);
    const german = 'Ungültige Health-Konfiguration: signals[1].normalize braucht einen endlichen Wert für grace und halfLife > 0.';
    const shown = strings(badge);
    expect(shown).to.include(german);
    for (const text of shown) {
      expect(text).not.to.include(detail);
      expect(text).not.to.include('Invalid health config');
    }
    // A warehouse row read under the same config: the same issue, in German too.
    const row = await inLang<HealthBadge>('de', html`<health-badge label="Acme" .config=${badConfig} .row=${{ health_score: 50 }}></health-badge>`);
    const read = readHealthRow({ health_score: 50 }, badConfig);
    expect(read.success ? '' : read.issues[0]!.message).to.equal(english);
    expect(strings(row)).to.include(german);
    for (const text of strings(row)) expect(text).not.to.include(detail);
  });

  it('a malformed warehouse row in German shows each issue in German, and no English detail', async () => {
    const unreadable = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    const rows: [unknown, string[]][] = [
      [
        // Every column check at once: a score off the scale, a duplicate in health_missing, a value for a signal listed
        // as missing, a raw value that is no number, points off the scale, a contribution that is no number.
        {
          health_score: 150,
          health_missing: ['nps', 'nps'],
          nps: 45,
          dau_mau: 'x',
          seat_utilization: 0.5,
          seat_utilization_points: 120,
          ticket_reopen_rate: 0.1,
          ticket_reopen_rate_points: 90,
          ticket_reopen_rate_contribution: 'y',
        },
        [
          'health_score muss eine Zahl von 0 bis 100 oder null sein, erhalten: 150.',
          'health_missing muss eine Liste verschiedener Signal-IDs sein (dau_mau, seat_utilization, ticket_reopen_rate, csm_sentiment, nps, payment_overdue_days, mrr_trend), erhalten: object.',
          'nps muss null sein (das Signal ist als fehlend aufgeführt), erhalten: 45.',
          'dau_mau muss eine endliche Zahl sein oder in health_missing stehen, erhalten: "x".',
          'seat_utilization_points muss eine Zahl von 0 bis 100 sein, erhalten: 120.',
          'ticket_reopen_rate_contribution muss eine endliche Zahl sein, erhalten: "y".',
        ],
      ],
      [{ health_score: 50, health_band: 'green', health_missing: [] }, ['health_band muss für diesen Score und diese Konfiguration „amber“ sein, erhalten: "green".']],
      ['nope', ['Die Zeile muss ein Objekt aus Spalte → Wert sein, erhalten: "nope".']],
      [unreadable, ['Die Zeile konnte nicht gelesen werden (beim Zugriff auf eine Eigenschaft trat ein Fehler auf).']],
    ];
    for (const [row, german] of rows) {
      const read = readHealthRow(row, defaultHealthConfig);
      if (read.success) throw new Error('expected the row to be rejected');
      const badge = await inLang<HealthBadge>('de', html`<health-badge label="Acme" .row=${row}></health-badge>`);
      const shown = strings(badge).join('\n');
      expect(shown).to.include('Ungültige Health-Zeile:');
      for (const sentence of german) expect(shown).to.include(sentence);
      for (const issue of read.issues) expect(shown, `English detail "${issue.message}"`).not.to.include(issue.message);
    }
  });

  it('every shipped language words every code the core reports', () => {
    const modelCodes: ModelIssueCode[] = ['required', 'too-many-items', 'band-gap', 'off-scale', 'reserved-id', 'unreadable', 'arr-order'];
    const configCodes: HealthConfigIssueCode[] = ['signals', 'decay', 'duplicate-id', 'unknown-coefficient', 'unreadable'];
    const rowCodes: HealthRowIssueCode[] = ['row', 'score', 'band', 'missing', 'listed-missing', 'raw', 'points', 'contribution', 'unreadable'];
    for (const table of [de, fr, es, ptBR, nl, ja, ar]) {
      for (const code of modelCodes) expect(Object.hasOwn(table, `ma.issue.${code}`), `${table.$code} ma.issue.${code}`).to.equal(true);
      for (const code of configCodes) expect(Object.hasOwn(table, `health.config.${code}`), `${table.$code} health.config.${code}`).to.equal(true);
      for (const code of rowCodes) expect(Object.hasOwn(table, `health.row.${code}`), `${table.$code} health.row.${code}`).to.equal(true);
      expect(typeof table['health.configIssue']).to.equal('function');
    }
  });
});

describe('error states and live-region messages follow a change of language', function () {
  this.timeout(20000);

  it('maturity-assessment: a custom model’s issues and the heading switch from English to German', async () => {
    const el = await inLang<MaturityAssessment>('en', html`<maturity-assessment .model=${badShape}></maturity-assessment>`);
    expect(strings(el)).to.include.members(['This assessment cannot be shown.', 'must not be empty', 'required']);
    await switchTo(el, 'de');
    const shown = strings(el);
    expect(shown).to.include.members(['Diese Bewertung kann nicht angezeigt werden.', 'darf nicht leer sein', 'ist erforderlich']);
    for (const english of ['This assessment cannot be shown.', 'must not be empty', 'required']) expect(shown).not.to.include(english);
  });

  it('maturity-assessment: the element’s own errors (unknown model, segment, no model) switch too', async () => {
    const cases = [
      [html`<maturity-assessment model="nope"></maturity-assessment>`, 'Unknown model "nope"', 'Unbekanntes Modell „nope“'],
      [html`<maturity-assessment model="customer-marketing-5" segment="nope"></maturity-assessment>`, 'Unknown segment "nope"', 'Unbekanntes Segment „nope“'],
      [html`<maturity-assessment></maturity-assessment>`, 'No model given', 'Kein Modell angegeben'],
    ] as const;
    for (const [template, english, german] of cases) {
      const el = await inLang<MaturityAssessment>('en', template);
      expect(strings(el).join('\n')).to.include(english);
      await switchTo(el, 'de');
      expect(strings(el).join('\n')).to.include(german);
      expect(strings(el).join('\n')).not.to.include(english);
    }
  });

  it('maturity-assessment: the live region’s last announcement is said again in the new language', async () => {
    const el = await inLang<MaturityAssessment>('en', html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`);
    el.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-score="3"]')!.click();
    await settle(el);
    const live = () => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
    expect(live()).to.match(/^Defined selected\. 1 of 5 answered\.$/);
    await switchTo(el, 'de');
    expect(live()).to.equal('Defined ausgewählt. 1 von 5 beantwortet.');
  });

  it('health-badge: a config issue switches from English to German', async () => {
    const el = await inLang<HealthBadge>('en', html`<health-badge label="Acme" .config=${badConfig} .signals=${{ usage: 0.5 }}></health-badge>`);
    expect(strings(el)).to.include(configMessage(badConfig));
    await switchTo(el, 'de');
    expect(strings(el)).to.include('Ungültige Health-Konfiguration: signals[1].normalize braucht einen endlichen Wert für grace und halfLife > 0.');
    expect(strings(el)).not.to.include(configMessage(badConfig));
  });

  it('every other element’s error state switches to what it shows when drawn in that language', async () => {
    const templates = [
      html`<score-radar .axes=${[{ id: 'a' }, { id: 'a' }]} min="5" max="1"></score-radar>`,
      html`<benchmark-gauge model="nope" value="7" min="3" max="1"></benchmark-gauge>`,
      html`<nps-survey value="11"></nps-survey>`,
      html`<roi-calculator customers="-1" scenario="odd"></roi-calculator>`,
      html`<health-badge label="Acme" score="150"></health-badge>`,
    ];
    for (const template of templates) {
      const el = await inLang<ScoreRadar | BenchmarkGauge | NpsSurvey | RoiCalculator | HealthBadge>('en', template);
      const english = strings(el);
      await switchTo(el, 'de');
      const switched = strings(el);
      const fresh = strings(await inLang('de', template));
      expect(switched, el.localName).to.deep.equal(fresh);
      expect(switched, el.localName).not.to.deep.equal(english);
    }
  });
});
