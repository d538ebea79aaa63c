import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { builtInModels, scoreAssessment, type AssessmentResult } from '../src/core/index.js';
import type { RadarAxis, RadarSeries } from '../src/index.js';
import { brandTheme, eventArgTypes, onDark } from './support.js';

interface Args {
  axes?: RadarAxis[];
  series?: RadarSeries[];
  result?: AssessmentResult | null;
  model?: string;
  min?: number;
  max?: number;
  levels?: number;
  label: string;
  resultLabel: string;
  onRadarError: (e: Event) => void;
}

const cm5 = builtInModels['customer-marketing-5'];
const cma11 = builtInModels['cma-advocacy-11'];
const axesOf = (model: typeof cm5): RadarAxis[] => model.dimensions.map((d) => ({ id: d.id, label: d.title }));
const CM5_AXES = axesOf(cm5);
const CMA11_AXES = axesOf(cma11);

const CM5_YOU = { expansion: 3, reference: 2, community: 2, voc: 3, lifecycle: 2 };
const CM5_BEFORE = { expansion: 2, reference: 1, community: 2, voc: 2, lifecycle: 1 };
const CM5_EXPECTED = { expansion: 2.3, reference: 2.3, community: 2.3, voc: 2.3, lifecycle: 2.3 };
const CMA11_YOU: Record<string, number> = {
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
  'program-organization': 4,
};

const radar = (args: Args) => html`<score-radar
  .axes=${args.axes}
  .series=${args.series}
  .result=${args.result}
  .model=${args.model || undefined}
  min=${ifDefined(args.min)}
  max=${ifDefined(args.max)}
  levels=${ifDefined(args.levels)}
  label=${args.label}
  result-label=${args.resultLabel}
  @radar-error=${args.onRadarError}
  style="max-width: 34rem"
></score-radar>`;

const meta = {
  title: 'Elements/score-radar',
  component: 'score-radar',
  tags: ['autodocs'],
  args: { label: 'Score by dimension', resultLabel: 'Your score', axes: CM5_AXES, series: [{ label: 'Your answers', values: CM5_YOU }], min: 1, max: 5 },
  argTypes: {
    axes: { control: 'object', description: 'The spokes `[{ id, label }]`, first one pointing up.' },
    series: { control: 'object', description: 'Polygons `[{ label, values: { [axisId]: number } }]`; a missing value is a gap.' },
    result: { control: 'object', description: 'An `AssessmentResult` from the core; supplies the axes and a first series.' },
    model: { control: 'select', options: [undefined, 'customer-marketing-5', 'cma-advocacy-11'], description: 'Model (id or object) whose scale sets min, max and rings.' },
    min: { control: 'number' },
    max: { control: 'number' },
    levels: { control: 'number', description: 'Grid rings counting the centre.' },
    label: { control: 'text' },
    resultLabel: { control: 'text' },
    ...eventArgTypes(['radar-error']),
  },
  render: radar,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const ThreeAxes: Story = {
  name: '3 axes',
  args: {
    label: 'Program health',
    axes: [
      { id: 'reach', label: 'Reach' },
      { id: 'depth', label: 'Depth' },
      { id: 'impact', label: 'Impact' },
    ],
    series: [{ label: 'This quarter', values: { reach: 4, depth: 2.5, impact: 3 } }],
  },
};

/** The five dimensions of the customer-marketing model. */
export const FiveAxes: Story = { name: '5 axes' };

/** The eleven dimensions of the advocacy-program model, on its 1–4 scale; long labels wrap at spaces. */
export const ElevenAxes: Story = {
  name: '11 axes',
  args: { axes: CMA11_AXES, series: [{ label: 'Your answers', values: CMA11_YOU }], min: 1, max: 4 },
};

/** Too narrow for eleven labels around the plot (a phone sidebar): the axes are numbered and a key names them. */
export const ElevenAxesNarrow: Story = {
  name: '11 axes, narrow (keyed)',
  args: ElevenAxes.args,
  render: (args) => html`<div style="width: 240px">${radar(args)}</div>`,
};

/** Your answers with the segment's expected level and the previous attempt as overlays (colour plus dash pattern). */
export const WithOverlays: Story = {
  args: {
    series: [
      { label: 'Your answers', values: CM5_YOU },
      { label: 'Expected for Growth', values: CM5_EXPECTED },
      { label: 'Previous attempt', values: CM5_BEFORE },
    ],
  },
};

/** A value left out of a series is drawn as a gap, never as zero. */
export const MissingValue: Story = {
  args: { series: [{ label: 'Partly answered', values: { expansion: 4, reference: 3, voc: 2 } }] },
};

/** Straight from the core: `.result` supplies the axes and first series, `.model` the scale. */
export const FromResult: Story = {
  args: {
    axes: undefined,
    min: undefined,
    max: undefined,
    model: 'customer-marketing-5',
    result: scoreAssessment(cm5, CM5_YOU, { segment: 'growth' }),
    series: [{ label: 'Expected for Growth', values: CM5_EXPECTED }],
  },
};

/** A value outside the scale: an inline error (`role="alert"`, part `error`) and `radar-error`. */
export const InvalidData: Story = {
  name: 'Error · value outside the scale',
  args: { series: [{ label: 'Your answers', values: { ...CM5_YOU, expansion: 9 } }] },
};

export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  args: WithOverlays.args,
  render: (args) => onDark(radar(args)),
};

export const Themed: Story = {
  args: WithOverlays.args,
  render: (args) => html`${brandTheme}
    <div class="brand-story">${radar(args)}</div>`,
};

export const RightToLeft: Story = {
  args: WithOverlays.args,
  render: (args) => html`<div dir="rtl">${radar(args)}</div>`,
};
