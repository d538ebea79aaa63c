import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { brandTheme, eventArgTypes, onDark } from './support.js';

interface Args {
  question: string;
  product: string;
  name: string;
  surveyId: string;
  respondentId: string;
  advocacy: boolean;
  followUp: boolean;
  required: boolean;
  value?: number | null;
  onNpsSelect: (e: Event) => void;
  onNpsSubmit: (e: Event) => void;
  onNpsDismiss: (e: Event) => void;
  onNpsError: (e: Event) => void;
}

/** Storage key of a respondent's advocacy-ask history (see nps-survey.ts). */
const asksKey = (respondentId: string) => `advocacy-kit:asks:${respondentId}`;

const survey = (args: Args) => html`<nps-survey
  question=${ifDefined(args.question || undefined)}
  product=${ifDefined(args.product || undefined)}
  name=${ifDefined(args.name || undefined)}
  survey-id=${ifDefined(args.surveyId || undefined)}
  respondent-id=${ifDefined(args.respondentId || undefined)}
  ?advocacy=${args.advocacy}
  ?follow-up=${args.followUp}
  ?required=${args.required}
  value=${ifDefined(args.value ?? undefined)}
  @nps-select=${args.onNpsSelect}
  @nps-submit=${args.onNpsSubmit}
  @nps-dismiss=${args.onNpsDismiss}
  @nps-error=${args.onNpsError}
  style="max-width: 40rem"
></nps-survey>`;

const meta = {
  title: 'Elements/nps-survey',
  component: 'nps-survey',
  tags: ['autodocs'],
  args: {
    question: '',
    product: 'Acme Analytics',
    name: 'nps',
    surveyId: 'q1-2025-relationship',
    respondentId: '',
    advocacy: true,
    followUp: true,
    required: false,
  },
  argTypes: {
    question: { control: 'text', description: 'The question; `{product}` is replaced by `product`. Empty uses the default question.' },
    product: { control: 'text' },
    name: { control: 'text', description: 'Form field name under which the score is submitted.' },
    surveyId: { control: 'text' },
    respondentId: { control: 'text', description: 'Enables remembering advocacy asks in localStorage.' },
    advocacy: { control: 'boolean', description: 'Invite promoters (9–10) to opt in to advocacy permission tiers.' },
    followUp: { control: 'boolean', description: 'Tell detractors (0–6) that the team will follow up.' },
    required: { control: 'boolean' },
    value: { control: { type: 'number', min: 0, max: 10, step: 1 }, description: 'The chosen score, 0–10.' },
    ...eventArgTypes(['nps-select', 'nps-submit', 'nps-dismiss', 'nps-error']),
  },
  render: survey,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Question: Story = {};

/** 9–10: the comment box and, with `advocacy`, the invitation to opt in per permission tier. */
export const Promoter: Story = {
  name: 'Promoter (advocacy ask)',
  args: { value: 10 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('nps-survey')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="advocacy"]')).toBeTruthy());
  },
};

export const Passive: Story = { args: { value: 8 } };

/** 0–6: with `follow-up`, the respondent is told someone will get back to them (closed loop). */
export const Detractor: Story = { args: { value: 3 } };

/** Clicks a score the way a respondent would, which fires `nps-select` in the Actions panel. */
export const ChoosingAScore: Story = {
  name: 'Choosing a score (play)',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('nps-survey')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('[role="radio"][data-score="9"]')).toBeTruthy());
    el.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-score="9"]')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="advocacy"]')).toBeTruthy());
  },
};

/**
 * "Ask once, respect forever": this respondent declined last month, so a promoter score does not bring
 * the advocacy ask back (the decline is kept for 12 months in localStorage).
 */
export const DeclinedEarlier: Story = {
  name: 'Promoter who declined earlier (no ask)',
  args: { value: 10, respondentId: 'sb-declined-respondent' },
  loaders: [
    async () => {
      localStorage.setItem(asksKey('sb-declined-respondent'), JSON.stringify([{ at: Date.now() - 30 * 86_400_000, outcome: 'declined' }]));
      return {};
    },
  ],
};

/** Inside a host form: the score is submitted as a form field and `required` blocks an empty submit. */
export const InAForm: Story = {
  name: 'In a form (required)',
  args: { required: true, advocacy: false },
  render: (args) => html`<form @submit=${(e: Event) => e.preventDefault()} style="display:grid; gap:1rem; max-width:40rem">
    ${survey(args)}
    <button type="submit" style="justify-self:start">Send</button>
  </form>`,
};

/** An invalid `value`: an inline error and `nps-error`. */
export const InvalidValue: Story = {
  name: 'Error · invalid value',
  args: { value: 11 },
};

export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  args: { value: 10 },
  render: (args) => onDark(survey(args)),
};

export const Themed: Story = {
  args: { value: 9 },
  render: (args) => html`${brandTheme}
    <div class="brand-story">${survey(args)}</div>`,
};

export const RightToLeft: Story = {
  args: { value: 4 },
  render: (args) => html`<div dir="rtl">${survey(args)}</div>`,
};
