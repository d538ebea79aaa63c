// Server-renders the kit's elements with @lit-labs/ssr, as a Node server would: from the package's own
// entry (`advocacy-kit`, i.e. dist/), to declarative shadow DOM. Used by test/node/ssr.test.mjs and, through
// a test-runner route (scripts/wtr-bundle-plugin.mjs), by test/ssr/hydrate.test.ts. `node render.mjs a b`
// prints the fixtures named a and b.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'advocacy-kit';

const axes = [
  { id: 'reach', label: 'Reach' },
  // Long enough to wrap differently at the server's fallback width than in a wide page (test/ssr/hydrate.test.ts).
  { id: 'depth', label: 'Depth of the reference programme across regions' },
  { id: 'voice', label: 'Voice' },
];

/** Server-rendered examples, by name (the element's tag unless `tag` says), with what each must show before any script runs. */
export const fixtures = {
  'health-badge': { template: html`<health-badge label="Acme" score="85"></health-badge>`, shows: '85 Healthy' },
  'nps-survey': {
    template: html`<nps-survey survey-id="q3" question="How likely are you to recommend Acme?"></nps-survey>`,
    shows: 'How likely are you to recommend Acme?',
  },
  'maturity-assessment': {
    template: html`<maturity-assessment model="customer-marketing-5" segment="growth"></maturity-assessment>`,
    shows: 'role="radiogroup"',
  },
  'benchmark-gauge': {
    // A model id: the server, which cannot wait for a fetch, has the models' numbers from the package's main entry.
    template: html`<benchmark-gauge value="2.6" model="customer-marketing-5" segment="growth"></benchmark-gauge>`,
    shows: 'aria-valuetext="2.6 of 5 — on track for Growth; expected 2.3, good 3.0"',
  },
  // A gauge in its error state: the server words its problems from the main entry, and a page that hydrates with the
  // gauge's own entry, which loads those words on demand, must hydrate the same box (test/ssr/hydrate-alone.test.ts).
  'benchmark-gauge-problem': {
    tag: 'benchmark-gauge',
    template: html`<benchmark-gauge value="11"></benchmark-gauge>`,
    shows: 'value (11) is outside the scale 1–5.',
  },
  'score-radar': {
    template: html`<score-radar
      .axes=${axes}
      .series=${[{ label: 'Acme', values: { reach: 3, depth: 4, voice: 2 } }]}
      min="1"
      max="5"
    ></score-radar>`,
    shows: 'Depth',
  },
};

export const renderFixture = (name) => collectResult(render(fixtures[name].template));

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const parts = [];
  for (const name of process.argv.slice(2)) parts.push(await renderFixture(name));
  process.stdout.write(parts.join('\n'));
}
