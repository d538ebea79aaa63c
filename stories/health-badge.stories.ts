import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { HealthConfig, HealthRow, HealthSignals } from '../src/core/index.js';
import { brandTheme, eventArgTypes, onDark } from './support.js';

type Size = 'small' | 'medium' | 'large';

interface Args {
  score?: number;
  previous?: number;
  label: string;
  size: Size;
  signals?: HealthSignals | null;
  row?: HealthRow | null;
  config?: HealthConfig;
  onHealthChange: (e: Event) => void;
  onHealthError: (e: Event) => void;
}

/** Every signal of the default config present (scores 75.8: At risk). */
const FULL_SIGNALS: HealthSignals = {
  dau_mau: 0.62,
  seat_utilization: 0.81,
  ticket_reopen_rate: 0.05,
  csm_sentiment: 8,
  nps: 45,
  payment_overdue_days: 0,
  mrr_trend: 0.04,
};

const badge = (args: Args) => html`<health-badge
  score=${ifDefined(args.score ?? undefined)}
  previous=${ifDefined(args.previous ?? undefined)}
  label=${ifDefined(args.label || undefined)}
  size=${args.size}
  .signals=${args.signals}
  .row=${args.row}
  .config=${args.config}
  @health-change=${args.onHealthChange}
  @health-error=${args.onHealthError}
></health-badge>`;

const meta = {
  title: 'Elements/health-badge',
  component: 'health-badge',
  tags: ['autodocs'],
  args: { score: 86, label: 'Northwind Traders', size: 'medium' },
  argTypes: {
    score: { control: { type: 'number', min: 0, max: 100, step: 0.1 }, description: 'Health score 0–100, used when `signals` is not set.' },
    previous: { control: { type: 'number', min: 0, max: 100, step: 0.1 }, description: 'Earlier score; shows the trend.' },
    label: { control: 'text', description: 'Account name, used in the accessible name.' },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    signals: { control: 'object', description: 'Raw signals scored with `config`; takes precedence over `score`.' },
    row: { control: 'object', description: 'The account\'s row as the warehouse scored it with `healthScoreSql`; shown as given, checked against `config`.' },
    config: { control: 'object', description: 'Scoring config; defaults to the core\'s `defaultHealthConfig`.' },
    ...eventArgTypes(['health-change', 'health-error']),
  },
  render: badge,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Healthy: Story = { args: { score: 86 } };
export const AtRisk: Story = { name: 'At risk', args: { score: 64 } };
export const Critical: Story = { args: { score: 32 } };
/** No score and no signals. */
export const NoData: Story = { name: 'No data', args: { score: undefined } };

/** Small for dense tables, medium by default, large for an account page. */
export const Sizes: Story = {
  render: (args) => html`<div style="display:flex; gap:1.5rem; align-items:center; flex-wrap:wrap">
    ${(['small', 'medium', 'large'] as const).map((size) => badge({ ...args, size, previous: 79 }))}
  </div>`,
};

export const AllBands: Story = {
  name: 'All bands',
  render: (args) => html`<div style="display:flex; gap:1rem; align-items:center; flex-wrap:wrap">
    ${[86, 64, 32, undefined].map((score) => badge({ ...args, score }))}
  </div>`,
};

/** `previous` adds an arrow and the change; a band change fires `health-change` (change `score` in the controls). */
export const WithTrend: Story = {
  name: 'With trend',
  render: (args) => html`<div style="display:flex; gap:1rem; align-items:center; flex-wrap:wrap">
    ${badge({ ...args, score: 84, previous: 71 })} ${badge({ ...args, score: 58, previous: 66 })} ${badge({ ...args, score: 40, previous: 40 })}
  </div>`,
};

/** Scored from raw signals; the play function opens the explanation, which lists every signal's points. */
export const FromSignals: Story = {
  name: 'From signals (explanation open)',
  args: { score: undefined, signals: FULL_SIGNALS, previous: 74 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('health-badge')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('button')).toBeTruthy());
    el.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="explanation"]')?.hasAttribute('hidden')).toBe(false));
  },
};

/** As a portal lays them out, in a table inside a small scrolling box: the explanation opens in the top layer,
 * so the box does not cut it off. */
export const InScrollingTable: Story = {
  name: 'In a scrolling table (explanation open)',
  args: { score: undefined, signals: FULL_SIGNALS, size: 'small' },
  render: (args) => html`<div style="overflow: auto; max-height: 7rem; max-width: 20rem; border: 1px solid #8c959f">
    <table style="border-collapse: collapse; width: 100%">
      ${['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys'].map(
        (label) => html`<tr>
          <th scope="row" style="text-align: start; padding: 0.25rem 0.5rem">${label}</th>
          <td style="padding: 0.25rem 0.5rem">${badge({ ...args, label })}</td>
        </tr>`,
      )}
    </table>
  </div>`,
  play: FromSignals.play,
};

/** Two signals missing: still scored from the rest, and the explanation names what is missing. */
export const MissingSignals: Story = {
  name: 'Missing signals',
  args: { score: undefined, signals: { ...FULL_SIGNALS, nps: null, csm_sentiment: null } },
  play: FromSignals.play,
};

/** Less than half the configured weight present: no score, band "No data". */
export const TooFewSignals: Story = {
  name: 'Too few signals (No data)',
  args: { score: undefined, signals: { ticket_reopen_rate: 0.1, payment_overdue_days: 30 } },
  play: FromSignals.play,
};

/**
 * Seed 003's example as DuckDB scored it with `healthScoreSql` (`advocacy-kit/sql`): the badge shows the
 * warehouse's score and contributions without recomputing them.
 */
const WAREHOUSE_ROW: HealthRow = {
  health_score: 65.4,
  health_band: 'amber',
  health_missing: ['seat_utilization', 'csm_sentiment', 'mrr_trend'],
  dau_mau: 0.3,
  dau_mau_points: 30,
  dau_mau_contribution: 10.714285714285715,
  ticket_reopen_rate: 0.05,
  ticket_reopen_rate_points: 95,
  ticket_reopen_rate_contribution: 20.357142857142858,
  nps: 45,
  nps_points: 70.00261037593556,
  nps_contribution: 20.000745821695872,
  payment_overdue_days: 10,
  payment_overdue_days_points: 100,
  payment_overdue_days_contribution: 14.285714285714285,
};

export const FromWarehouseRow: Story = {
  name: 'From a warehouse row (explanation open)',
  args: { score: undefined, row: WAREHOUSE_ROW },
  play: FromSignals.play,
};

/** A row whose band does not match its score under the badge's config, e.g. scored with other bands. */
export const InvalidRow: Story = {
  name: 'Error · warehouse row from another config',
  args: { score: undefined, row: { ...WAREHOUSE_ROW, health_band: 'green' } },
};

/** A score outside 0–100: an inline error and `health-error`. */
export const InvalidScore: Story = {
  name: 'Error · score out of range',
  args: { score: 140 },
};

export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  render: (args) => onDark(html`<div style="display:flex; gap:1rem; flex-wrap:wrap">
    ${badge({ ...args, score: 86, previous: 80 })} ${badge({ ...args, score: 64 })} ${badge({ ...args, score: 32, previous: 45 })}
    ${badge({ ...args, score: undefined })}
  </div>`),
};

export const Themed: Story = {
  render: (args) => html`${brandTheme}
    <div class="brand-story" style="display:flex; gap:1rem; flex-wrap:wrap">
      ${badge({ ...args, score: 86, previous: 80 })} ${badge({ ...args, score: 64 })} ${badge({ ...args, score: 32, previous: 45 })}
    </div>`,
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" style="display:flex; gap:1rem; flex-wrap:wrap">
    ${badge({ ...args, score: 86, previous: 80 })} ${badge({ ...args, score: 58, previous: 66 })}
  </div>`,
};
