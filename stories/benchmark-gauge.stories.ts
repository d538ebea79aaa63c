import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brandTheme, eventArgTypes, onDark } from './support.js';

interface Args {
  value?: number | null;
  min?: number;
  max?: number;
  expected?: number;
  good?: number;
  alarm?: number;
  label: string;
  model?: string;
  segment?: string;
  onGaugeError: (e: Event) => void;
}

/** The customer-marketing model's Growth segment: alarm ≤ 1.6, expected 2.3, good from 3.0, on 1–5. */
const GROWTH = { min: 1, max: 5, alarm: 1.6, expected: 2.3, good: 3 };

const gauge = (args: Args) => html`<benchmark-gauge
  value=${ifDefined(args.value ?? undefined)}
  min=${ifDefined(args.min)}
  max=${ifDefined(args.max)}
  expected=${ifDefined(args.expected)}
  good=${ifDefined(args.good)}
  alarm=${ifDefined(args.alarm)}
  label=${args.label}
  model=${ifDefined(args.model || undefined)}
  segment=${ifDefined(args.segment || undefined)}
  @gauge-error=${args.onGaugeError}
></benchmark-gauge>`;

const meta = {
  title: 'Elements/benchmark-gauge',
  component: 'benchmark-gauge',
  tags: ['autodocs'],
  args: { label: 'Your score against Growth companies', value: 2.6, ...GROWTH },
  argTypes: {
    value: { control: { type: 'number', step: 0.1 }, description: 'The score; without it the gauge shows its zones only.' },
    min: { control: { type: 'number', step: 0.1 } },
    max: { control: { type: 'number', step: 0.1 } },
    expected: { control: { type: 'number', step: 0.1 }, description: 'Expected level for the peer group.' },
    good: { control: { type: 'number', step: 0.1 } },
    alarm: { control: { type: 'number', step: 0.1 } },
    label: { control: 'text', description: 'Accessible name of the gauge.' },
    model: { control: 'select', options: [undefined, 'customer-marketing-5', 'cma-advocacy-11'] },
    segment: { control: 'select', options: [undefined, 'startup', 'growth', 'scale', 'enterprise'] },
    ...eventArgTypes(['gauge-error']),
  },
  render: gauge,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** At or below the alarm threshold. */
export const Alarm: Story = { args: { value: 1.4 } };
/** Above alarm, below the expected level. */
export const Below: Story = { name: 'Below expected', args: { value: 2 } };
export const OnTrack: Story = { name: 'On track', args: { value: 2.6 } };
export const Good: Story = { args: { value: 3.6 } };

const allZones = (args: Args) => html`<div style="display:grid; grid-template-columns:repeat(auto-fill, minmax(240px, 1fr)); gap:1rem">
  ${[1.4, 2, 2.6, 3.6].map((value) => gauge({ ...args, value }))}
</div>`;

export const AllZones: Story = { name: 'All zones', render: allZones };

/** Thresholds from a built-in model's segment instead of attributes. */
export const FromModelSegment: Story = {
  name: 'From model + segment',
  args: { min: undefined, max: undefined, alarm: undefined, expected: undefined, good: undefined, model: 'customer-marketing-5', segment: 'scale', value: 2.4 },
};

/** No score yet: zones and the expected marker only. */
export const NoScore: Story = { name: 'No score yet', args: { value: undefined } };

/** Thresholds out of order: an inline error and `gauge-error`. */
export const InvalidThresholds: Story = {
  name: 'Error · thresholds out of order',
  args: { alarm: 3.5, expected: 2.3, good: 3 },
};

export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  render: (args) => onDark(allZones(args)),
};

export const Themed: Story = {
  render: (args) => html`${brandTheme}
    <div class="brand-story">${allZones(args)}</div>`,
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${gauge(args)}</div>`,
};
