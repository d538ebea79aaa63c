import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { brandTheme, darkScheme } from '../stories/support.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import '../src/translations/de.js';
import '../src/translations/fr.js';
import '../src/translations/es.js';
import '../src/translations/pt-BR.js';
import '../src/translations/nl.js';
import '../src/translations/ja.js';
import '../src/translations/ar.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name?: string }[];
}

/**
 * Storybook keys its autodocs rows by name, so a CSS part named like an attribute (`score`, `segment`)
 * would hide the attribute; parts are shown as `::part(name)`, which is also how a designer writes them.
 */
function withPartSelectors(input: typeof manifest): typeof manifest {
  const copy = structuredClone(input) as { modules?: { declarations?: Declaration[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.tagName) d.cssParts = d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
    }
  }
  return copy as typeof manifest;
}

setCustomElementsManifest(withPartSelectors(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  // The theme toolbar uses what a site would: `--ak-color-scheme` to force light or dark, and `--ak-*` plus
  // `::part()` for the brand example.
  globalTypes: {
    // Sets `lang` and `dir` on the story's wrapper, as a page section would: every element inside follows.
    locale: {
      description: 'Language of the elements (their nearest lang)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية' },
        ],
      },
    },
    direction: {
      description: 'Writing direction (auto: right to left for Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Auto (from the locale)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    theme: {
      description: 'advocacy-kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Follow the viewer (prefers-color-scheme)' },
          { value: 'light', title: 'Light (--ak-color-scheme: light)' },
          { value: 'dark', title: 'Dark (--ak-color-scheme: dark)' },
          { value: 'brand', title: 'Brand (--ak-* and ::part)' },
        ],
      },
    },
  },
  decorators: [
    (story, { globals }) => {
      const lang = typeof globals.locale === 'string' ? globals.locale : 'en';
      const dir = globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : lang === 'ar' ? 'rtl' : 'ltr';
      return html`<div lang=${lang} dir=${dir}>${story()}</div>`;
    },
    (story, { globals }) => {
      switch (globals.theme) {
        case 'light':
          return html`<div style="--ak-color-scheme: light; background:#ffffff; color:#1f2328; padding:1rem;">${story()}</div>`;
        case 'dark':
          return html`<div style="${darkScheme} padding:1rem;">${story()}</div>`;
        case 'brand':
          return html`${brandTheme}<div class="brand-story">${story()}</div>`;
        default:
          return story();
      }
    },
  ],
  parameters: {
    // CSS custom properties (`--ak-*-color`) are documented from the manifest but are not args, so they get no colour control.
    controls: { expanded: true, matchers: { color: /^(?!--).*(background|color)$/i } },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0d1117' },
      },
    },
    a11y: { test: 'error' },
  },
  initialGlobals: { backgrounds: { value: 'light' }, theme: 'auto', locale: 'en', direction: 'auto' },
};
export default preview;
