import { expect } from '@open-wc/testing';
import { html } from 'lit';
// The elements alone, as a page without a language module loads them: nothing here imports src/internal/translator.ts.
import '../../src/components/health-badge/health-badge.js';
import '../../src/components/nps-survey/nps-survey.js';
import type { HealthBadge, NpsSurvey } from '../../src/index.js';
import { mountIn, settle } from './helpers.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const localizeLibraryLoaded = () => performance.getEntriesByType('resource').some((r) => r.name.includes('@shoelace-style/localize'));

describe('a page that registers no translation', () => {
  it('loads no localize library, words elements in English and formats numbers in their language, then follows a language registered later', async () => {
    const badge = await mountIn<HealthBadge>({ lang: 'de' }, html`<health-badge score="82.5"></health-badge>`);
    const survey = await mountIn<NpsSurvey>({}, html`<nps-survey product="Acme"></nps-survey>`);
    expect(text($(badge, 'button'))).to.equal('82,5 Healthy');
    expect(text($(survey, '[part="question"]'))).to.equal('How likely are you to recommend Acme to a friend or colleague?');
    expect(localizeLibraryLoaded(), 'the localize library before any translation').to.equal(false);

    const [{ registerTranslation }, { default: de }] = await Promise.all([import('../../src/internal/translator.js'), import('../../src/translations/data/de.js')]);
    registerTranslation(de, { $code: 'en', 'nps.question': (product: string) => `Would you tell a friend about ${product}?` });
    await settle(badge);
    await settle(survey);
    expect(localizeLibraryLoaded()).to.equal(true);
    expect(text($(badge, 'button'))).to.equal('82,5 Gesund');
    expect(text($(survey, '[part="question"]'))).to.equal('Would you tell a friend about Acme?');

    const later = await mountIn<HealthBadge>({ lang: 'de' }, html`<health-badge score="40"></health-badge>`);
    expect(text($(later, 'button'))).to.equal('40 Kritisch');
  });
});
