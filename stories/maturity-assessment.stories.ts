import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { MaturityAssessment } from '../src/index.js';
import { brandTheme, eventArgTypes, onDark, seedAssessment, setShareHash, type SeededAssessment } from './support.js';

const EVENTS = ['assessment-change', 'assessment-complete', 'assessment-reset', 'assessment-error'] as const;

interface Args {
  model: string;
  segment: string;
  persist: string;
  share: boolean;
  exports: boolean;
  autoAdvance: boolean;
  reportTitle: string;
  onAssessmentChange: (e: Event) => void;
  onAssessmentComplete: (e: Event) => void;
  onAssessmentReset: (e: Event) => void;
  onAssessmentError: (e: Event) => void;
}

/** Per-story state, applied by the loader before the element reads storage and the URL fragment. */
interface AssessmentParameters {
  /** Stored state under `advocacy-kit:assessment:<persist>`; null clears it so the story starts fresh. */
  seed?: SeededAssessment | null;
  /** The share fragment (`ak=…`) to put in the URL, or null to remove one. */
  shareHash?: string | null;
}

const CM5_ANSWERS = { expansion: 3, reference: 2, community: 2, voc: 3, lifecycle: 2 };
const CM5_EARLIER = { expansion: 2, reference: 1, community: 2, voc: 2, lifecycle: 1 };
const CMA11_ANSWERS = {
  'program-vision': 3,
  'program-metrics': 2,
  'horizontal-integration': 2,
  'content-strategy': 3,
  'field-relationships': 2,
  'managing-upward': 1,
  'advocate-relationships': 3,
  'information-systems': 2,
  'program-promotion': 2,
  'outside-expertise': 1,
  'program-organization': 3,
};

function assessment(args: Args, slotted: TemplateResult | typeof nothing = nothing) {
  return html`<maturity-assessment
    model=${ifDefined(args.model || undefined)}
    segment=${ifDefined(args.segment || undefined)}
    persist=${ifDefined(args.persist || undefined)}
    ?share=${args.share}
    ?exports=${args.exports}
    ?auto-advance=${args.autoAdvance}
    report-title=${ifDefined(args.reportTitle || undefined)}
    @assessment-change=${args.onAssessmentChange}
    @assessment-complete=${args.onAssessmentComplete}
    @assessment-reset=${args.onAssessmentReset}
    @assessment-error=${args.onAssessmentError}
    >${slotted}</maturity-assessment
  >`;
}

const meta = {
  title: 'Elements/maturity-assessment',
  component: 'maturity-assessment',
  tags: ['autodocs'],
  args: { model: 'customer-marketing-5', segment: '', persist: '', share: false, exports: false, autoAdvance: false, reportTitle: '' },
  argTypes: {
    model: {
      control: 'select',
      options: ['customer-marketing-5', 'cma-advocacy-11'],
      description: 'A built-in model id; set the `model` property to pass a model object instead.',
    },
    segment: {
      control: 'select',
      options: ['', 'startup', 'growth', 'scale', 'enterprise'],
      description: 'Benchmark segment id; when empty and the model has segments, the visitor is asked for their ARR band.',
    },
    persist: { control: 'text', description: 'localStorage key: answers and attempts survive a reload.' },
    share: { control: 'boolean', description: 'Adds "Copy link" and opens shared results from `#ak=…`.' },
    exports: { control: 'boolean', description: 'Adds "Download JSON" and "Download CSV" to the result.' },
    autoAdvance: {
      control: 'boolean',
      description: 'Choosing a level (click, Space or Enter) moves on to the next step after a short transition.',
    },
    reportTitle: { control: 'text', description: 'A title printed at the top of the report, with the `logo` slot.' },
    ...eventArgTypes(EVENTS),
  },
  loaders: [
    async ({ parameters, args }) => {
      const p = (parameters.assessment ?? {}) as AssessmentParameters;
      if (p.seed !== undefined && args.persist) seedAssessment(String(args.persist), p.seed);
      if (p.shareHash !== undefined) setShareHash(p.shareHash);
      return {};
    },
  ],
  parameters: {
    docs: {
      description: {
        component:
          'One dimension per step, a review, then a scored and benchmarked result. Stories open on a given step by seeding the ' +
          'element\'s `persist` storage before it renders.',
      },
    },
  },
  render: (args) => assessment(args),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Change the controls to try every attribute; this one keeps nothing between reloads. */
export const Playground: Story = {
  parameters: { assessment: { shareHash: null } satisfies AssessmentParameters },
};

const COVER = html`<div slot="cover">
  <h2 style="margin:0 0 .5rem; font-size:1.5rem;">How mature is your customer marketing?</h2>
  <p>Five questions, about three minutes. See where your program stands against companies of your size, and what to do next.</p>
</div>`;

/**
 * A landing-page start: the `cover` slot (title, intro, image: the host's own) shows before the first question,
 * with the kit's Start button. The play function starts by keyboard and checks that the first step has focus.
 */
export const Cover: Story = {
  name: 'Flow · cover',
  args: { segment: 'growth', persist: 'sb-cm5-cover', autoAdvance: true },
  parameters: { assessment: { seed: null, shareHash: null } satisfies AssessmentParameters },
  render: (args) => assessment(args, COVER),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maturity-assessment')!;
    const start = await waitFor(() => {
      const b = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="start"]');
      expect(b).toBeTruthy();
      return b!;
    });
    await expect(el.shadowRoot!.querySelector('[role="radio"]')).toBeNull();
    start.click();
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('heading'));
  },
};

/**
 * `auto-advance`: a click, Space or Enter on a level moves to the next step after a short pause (no slide with
 * reduced motion); the arrow keys only move within the levels. The play function answers the first step by click.
 */
export const AutoAdvance: Story = {
  name: 'Flow · auto-advance',
  args: { segment: 'growth', persist: 'sb-cm5-auto', autoAdvance: true },
  parameters: { assessment: { seed: null, shareHash: null } satisfies AssessmentParameters },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maturity-assessment')!;
    const first = await waitFor(() => {
      const r = el.shadowRoot?.querySelector<HTMLElement>('[role="radio"][data-score="3"]');
      expect(r).toBeTruthy();
      return r!;
    });
    first.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('#progress-text')?.textContent).toBe('Step 2 of 5'));
  },
};

/**
 * A custom model from a `<script type="application/json" slot="model">` child, for a CMS that cannot run script.
 * Its strings are shown as text, never as HTML.
 */
export const ModelFromScript: Story = {
  name: 'Custom model from a script child',
  args: { model: '', segment: '' },
  render: (args) =>
    assessment(
      args,
      html`<script type="application/json" slot="model">
        {
          "id": "cms-demo",
          "title": "Partner program check-up",
          "version": "1",
          "scale": { "min": 1, "max": 3, "labels": ["Starting", "Growing", "Leading"] },
          "dimensions": [
            {
              "id": "recruiting",
              "title": "Partner recruiting",
              "measures": "How you find and sign partners.",
              "redFlags": ["No one owns partner recruiting"],
              "levels": [
                { "score": 1, "label": "Starting", "description": "Partners find you", "evidence": ["No partner page"] },
                { "score": 2, "label": "Growing", "description": "A partner page and a form", "evidence": ["Partner page", "Intake form"] },
                { "score": 3, "label": "Leading", "description": "Targeted recruiting by segment", "evidence": ["Ideal partner profile"] }
              ]
            },
            {
              "id": "enablement",
              "title": "Partner enablement",
              "measures": "How partners learn to sell you.",
              "redFlags": [],
              "levels": [
                { "score": 1, "label": "Starting", "description": "Ad hoc calls", "evidence": [] },
                { "score": 2, "label": "Growing", "description": "A partner portal", "evidence": ["Portal with decks"] },
                { "score": 3, "label": "Leading", "description": "Certification paths", "evidence": ["Certified partners"] }
              ]
            }
          ],
          "bands": [
            { "id": "starting", "label": "Starting", "min": 1, "max": 1.9, "interpretation": "Partners come to you.", "nextStep": "Publish a partner page." },
            { "id": "leading", "label": "Leading", "min": 2, "max": 3, "interpretation": "Partners are a channel.", "nextStep": "Certify your partners." }
          ]
        }
      </script>`,
    ),
};

/** The first step of the 5-dimension model: it has ARR benchmark segments, so it asks for the visitor's band. */
export const CustomerMarketingSegmentQuestion: Story = {
  name: 'Customer marketing (5) · ARR question',
  args: { persist: 'sb-cm5-segment' },
  parameters: { assessment: { seed: null } satisfies AssessmentParameters },
};

/** A dimension step with two answers already given (resumed from storage). */
export const CustomerMarketingDimensionStep: Story = {
  name: 'Customer marketing (5) · dimension step',
  args: { persist: 'sb-cm5-step' },
  parameters: {
    assessment: {
      seed: { modelId: 'customer-marketing-5', segment: 'growth', answers: { expansion: 3, reference: 2 } },
    } satisfies AssessmentParameters,
  },
};

export const CustomerMarketingReview: Story = {
  name: 'Customer marketing (5) · review',
  args: { persist: 'sb-cm5-review' },
  parameters: {
    assessment: { seed: { modelId: 'customer-marketing-5', segment: 'growth', answers: CM5_ANSWERS } } satisfies AssessmentParameters,
  },
};

/** The result view, with the segment's expected level and the visitor's previous attempt as radar overlays. */
export const CustomerMarketingResult: Story = {
  name: 'Customer marketing (5) · result',
  args: { persist: 'sb-cm5-result', share: true },
  parameters: {
    assessment: {
      shareHash: null,
      seed: {
        modelId: 'customer-marketing-5',
        segment: 'growth',
        answers: CM5_ANSWERS,
        history: [
          { answers: CM5_EARLIER, overall: 1.6, completedAt: Date.UTC(2024, 9, 1) },
          { answers: CM5_ANSWERS, overall: 2.4, completedAt: Date.UTC(2025, 0, 15) },
        ],
      },
    } satisfies AssessmentParameters,
  },
};

/**
 * The 11-dimension advocacy model has no ARR benchmarks, so there is no ARR question: a fresh attempt
 * opens straight on its first dimension.
 */
export const AdvocacyFirstStep: Story = {
  name: 'Advocacy program (11) · first step (no ARR question)',
  args: { model: 'cma-advocacy-11', persist: 'sb-cma11-first' },
  parameters: { assessment: { seed: null } satisfies AssessmentParameters },
};

export const AdvocacyDimensionStep: Story = {
  name: 'Advocacy program (11) · dimension step',
  args: { model: 'cma-advocacy-11', persist: 'sb-cma11-step' },
  parameters: {
    assessment: {
      seed: {
        modelId: 'cma-advocacy-11',
        segment: null,
        answers: { 'program-vision': 3, 'program-metrics': 2, 'horizontal-integration': 2, 'content-strategy': 3 },
      },
    } satisfies AssessmentParameters,
  },
};

export const AdvocacyReview: Story = {
  name: 'Advocacy program (11) · review',
  args: { model: 'cma-advocacy-11', persist: 'sb-cma11-review' },
  parameters: {
    assessment: { seed: { modelId: 'cma-advocacy-11', segment: null, answers: CMA11_ANSWERS } } satisfies AssessmentParameters,
  },
};

/** No benchmark segments, so no gauge; red flags appear for dimensions at the two lowest levels. */
export const AdvocacyResult: Story = {
  name: 'Advocacy program (11) · result',
  args: { model: 'cma-advocacy-11', persist: 'sb-cma11-result' },
  parameters: {
    assessment: {
      seed: {
        modelId: 'cma-advocacy-11',
        segment: null,
        answers: CMA11_ANSWERS,
        history: [{ answers: CMA11_ANSWERS, overall: 2.2, completedAt: Date.UTC(2025, 0, 15) }],
      },
    } satisfies AssessmentParameters,
  },
};

const CM5_RESULT_SEED: SeededAssessment = {
  modelId: 'customer-marketing-5',
  segment: 'growth',
  answers: CM5_ANSWERS,
  history: [{ answers: CM5_ANSWERS, overall: 2.4, completedAt: Date.UTC(2025, 0, 15) }],
};

/**
 * Calls to action without script: `cta` shows after the top priorities, and a `cta-<band id>` slot replaces it
 * for visitors in that band. This visitor is Developing, so "Book a workshop" shows; an Advanced one would see
 * "Join our advisory board", any other band the newsletter.
 */
export const CallsToActionByBand: Story = {
  name: 'Result · calls to action by band',
  args: { persist: 'sb-cm5-cta' },
  parameters: { assessment: { shareHash: null, seed: CM5_RESULT_SEED } satisfies AssessmentParameters },
  render: (args) =>
    assessment(
      args,
      html`<p slot="cta"><a href="#newsletter">Get the customer-marketing newsletter</a></p>
        <p slot="cta-developing"><strong>Developing programs grow fastest with a plan.</strong> <a href="#workshop">Book a free workshop</a></p>
        <p slot="cta-advanced"><a href="#board">Join our advisory board</a></p>`,
    ),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maturity-assessment')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="cta"]')).toBeTruthy());
    await expect(el.querySelector<HTMLElement>('[slot="cta-developing"]')!.offsetHeight).toBeGreaterThan(0);
    await expect(el.querySelector<HTMLElement>('[slot="cta"]')!.offsetHeight).toBe(0);
  },
};

/**
 * The printed report: Print / Save as PDF prints the element's report alone (the host page is left out), expands every
 * dimension and adds the `report-title` and the `logo` slot (both print-only). `exports` adds the JSON and CSV
 * downloads. Press Print to see the preview.
 */
export const PrintReport: Story = {
  name: 'Result · print report and exports',
  args: { persist: 'sb-cm5-print', exports: true, reportTitle: 'Acme · customer-marketing maturity report' },
  parameters: { assessment: { shareHash: null, seed: CM5_RESULT_SEED } satisfies AssessmentParameters },
  render: (args) => assessment(args, html`<strong slot="logo" style="font-size:1.25rem; letter-spacing:.05em;">ACME</strong>`),
};

/**
 * A lead gate: the host cancels `assessment-complete`, and the element shows the host's own form from
 * the `gate` slot until the host calls `showResults()`. The play function presses "See my results".
 */
export const LeadGate: Story = {
  args: { persist: 'sb-cm5-gate' },
  parameters: {
    assessment: { seed: { modelId: 'customer-marketing-5', segment: 'growth', answers: CM5_ANSWERS } } satisfies AssessmentParameters,
  },
  render: (args) => {
    const gated = { ...args, onAssessmentComplete: (e: Event) => (e.preventDefault(), args.onAssessmentComplete(e)) };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      (form.closest('maturity-assessment') as MaturityAssessment).showResults();
    };
    return assessment(
      gated,
      html`<form slot="gate" @submit=${submit} style="display:grid; gap:.5rem; max-width:24rem; padding:1rem 0;">
        <h2 style="margin:0">Your results are ready</h2>
        <p style="margin:0">Enter your work email to see them. (Storybook: nothing is sent.)</p>
        <label for="sb-gate-email">Work email</label>
        <input id="sb-gate-email" type="email" required autocomplete="email" />
        <button type="submit" style="justify-self:start">Show my results</button>
      </form>`,
    );
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('maturity-assessment')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="review"]')).toBeTruthy());
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('See my results'));
    button!.click();
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="gate"]')).toBeTruthy());
  },
};

/**
 * A result someone shared: the scores travel in the URL fragment (`#ak=<model>.<segment>.<one base-36
 * digit per dimension>`), which browsers never send to a server, and open read-only.
 */
export const SharedResult: Story = {
  name: 'Shared result (read-only)',
  args: { share: true },
  parameters: { assessment: { shareHash: 'ak=customer-marketing-5.growth.32232' } satisfies AssessmentParameters },
};

/** A model object that fails validation: an inline, accessible error instead of a crash, plus `assessment-error`. */
export const InvalidModel: Story = {
  name: 'Error · invalid model',
  render: (args) => html`<maturity-assessment
    .model=${{ id: 'broken model', title: '', scale: { min: 5, max: 1, labels: [] }, dimensions: [], bands: [] }}
    @assessment-error=${args.onAssessmentError}
  ></maturity-assessment>`,
};

export const UnknownModelId: Story = {
  name: 'Error · unknown model id',
  args: { model: 'no-such-model' },
};

/** The kit's dark palette on a dark page (the elements pick it up by themselves under a dark OS theme). */
export const Dark: Story = {
  args: { persist: 'sb-cm5-dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: {
    assessment: {
      seed: {
        modelId: 'customer-marketing-5',
        segment: 'growth',
        answers: CM5_ANSWERS,
        history: [{ answers: CM5_ANSWERS, overall: 2.4, completedAt: Date.UTC(2025, 0, 15) }],
      },
    } satisfies AssessmentParameters,
  },
  render: (args) => onDark(assessment(args)),
};

/** A brand theme through `--ak-*` custom properties and `::part()` only (see the `<style>` in the story source). */
export const Themed: Story = {
  args: { persist: 'sb-cm5-themed' },
  parameters: {
    assessment: { seed: { modelId: 'customer-marketing-5', segment: 'growth', answers: { expansion: 4 } } } satisfies AssessmentParameters,
  },
  render: (args) => html`${brandTheme}
    <div class="brand-story">${assessment(args)}</div>`,
};

/** Right-to-left page direction: layout mirrors, numbers and the radar stay readable. */
export const RightToLeft: Story = {
  args: { persist: 'sb-cm5-rtl' },
  parameters: {
    assessment: {
      seed: {
        modelId: 'customer-marketing-5',
        segment: 'growth',
        answers: CM5_ANSWERS,
        history: [{ answers: CM5_ANSWERS, overall: 2.4, completedAt: Date.UTC(2025, 0, 15) }],
      },
    } satisfies AssessmentParameters,
  },
  render: (args) => html`<div dir="rtl">${assessment(args)}</div>`,
};
