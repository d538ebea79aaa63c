import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

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
  initialGlobals: { backgrounds: { value: 'light' } },
};
export default preview;
