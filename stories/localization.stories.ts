import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { registerTranslation } from '../src/translations/index.js';

/**
 * How a host localizes the kit: load a language module, set `lang` (and `dir`) on the page or a section, and
 * override single strings with `registerTranslation`. The Locale and Direction toolbar switches every story.
 */
const meta = {
  title: 'Guides/Localization',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** One section per language; each element follows its nearest `lang`. */
export const EveryLanguage: Story = {
  render: () => html`<div style="display:grid; gap:1rem; grid-template-columns:repeat(auto-fill, minmax(18rem, 1fr))">
    ${['en', 'de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'ar'].map(
      (lang) => html`<section lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="border:1px solid #d0d7de; border-radius:6px; padding:0.75rem">
        <p style="margin:0 0 0.5rem; font:600 0.8rem system-ui">${lang}</p>
        <health-badge label="Acme" score="82.5" previous="78"></health-badge>
        <benchmark-gauge model="customer-marketing-5" segment="growth" value="2.4"></benchmark-gauge>
      </section>`,
    )}
  </div>`,
};

/**
 * A host overriding one string: `registerTranslation({ $code: 'de', 'nps.submit': 'Feedback senden' })`. Only
 * that string changes; the rest stays the shipped German.
 */
export const OverrideOneString: Story = {
  render: () => {
    registerTranslation({ $code: 'de', 'nps.submit': 'Feedback senden' });
    return html`<div lang="de"><nps-survey product="Acme Analytics" value="9" style="max-width:40rem"></nps-survey></div>`;
  },
  play: async ({ canvasElement }) => {
    const survey = canvasElement.querySelector('nps-survey')!;
    await waitFor(() => expect(survey.shadowRoot!.querySelector('button.submit')!.textContent!.trim()).toBe('Feedback senden'));
  },
};

/** A language the kit does not ship: register it, and anything it leaves out falls back to English. */
export const AddALanguage: Story = {
  render: () => {
    registerTranslation({
      $code: 'sv',
      $name: 'Svenska',
      'nps.questionUs': 'Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?',
      'nps.notLikely': 'Inte troligt',
      'nps.veryLikely': 'Mycket troligt',
      'nps.dismiss': 'Stäng enkäten',
    });
    return html`<div lang="sv"><nps-survey style="max-width:40rem"></nps-survey></div>`;
  },
};
