import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { brandTheme, eventArgTypes, onDark } from './support.js';

interface Args {
  customers: number;
  arrPerCustomer: number;
  baselineChurn: number;
  programChurn: number;
  expansionShare: number;
  expansionUplift: number;
  setupInvestment: number;
  annualInvestment: string;
  scenario: 'low' | 'base' | 'high';
  currency: string;
  label: string;
  onRoiChange: (e: Event) => void;
  onRoiError: (e: Event) => void;
}

const calculator = (args: Args) => html`<roi-calculator
  customers=${args.customers}
  arr-per-customer=${args.arrPerCustomer}
  baseline-churn=${args.baselineChurn}
  program-churn=${args.programChurn}
  expansion-share=${args.expansionShare}
  expansion-uplift=${args.expansionUplift}
  setup-investment=${args.setupInvestment}
  annual-investment=${args.annualInvestment}
  scenario=${args.scenario}
  currency=${args.currency}
  label=${args.label}
  @roi-change=${args.onRoiChange}
  @roi-error=${args.onRoiError}
></roi-calculator>`;

/** Seed 003's base case: 1,000 customers, $10K ARR, churn 10 % → 7 %, 20 % uplift on 30 % of accounts. */
const meta = {
  title: 'Elements/roi-calculator',
  component: 'roi-calculator',
  tags: ['autodocs'],
  args: {
    customers: 1000,
    arrPerCustomer: 10_000,
    baselineChurn: 10,
    programChurn: 7,
    expansionShare: 30,
    expansionUplift: 20,
    setupInvestment: 500_000,
    annualInvestment: '500000 600000 750000',
    scenario: 'base',
    currency: 'USD',
    label: 'Advocacy program ROI',
  },
  argTypes: {
    baselineChurn: { control: { type: 'number', step: 0.5 }, description: 'Yearly churn without the program, in percent.' },
    programChurn: { control: { type: 'number', step: 0.5 }, description: 'Yearly churn with the program, in percent.' },
    expansionShare: { control: { type: 'number', step: 1 }, description: 'Accounts that expand, in percent.' },
    expansionUplift: { control: { type: 'number', step: 1 }, description: 'ARR uplift of an expanded account, in percent.' },
    annualInvestment: { control: 'text', description: 'Investment in years 1–3, space- or comma-separated.' },
    scenario: { control: 'inline-radio', options: ['low', 'base', 'high'] },
    currency: { control: 'text' },
    ...eventArgTypes(['roi-change', 'roi-error']),
  },
  render: calculator,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const BaseCase: Story = { name: 'Base case (seed 003)' };
export const LowAdoption: Story = { name: 'Low adoption (60 %)', args: { scenario: 'low' } };
export const HighAdoption: Story = { name: 'High adoption (100 %)', args: { scenario: 'high' } };
/** A program that does not pay back within three years: no breakeven. */
export const NoBreakeven: Story = { name: 'No breakeven', args: { programChurn: 9.5, expansionShare: 5 } };
export const InEuros: Story = {
  name: 'Euros, German page',
  args: { currency: 'EUR', label: 'ROI eines Advocacy-Programms' },
  render: (args) => html`<div lang="de">${calculator(args)}</div>`,
};
/** Churn above 100 % and a negative investment: the inline error and `roi-error`. */
export const InvalidAssumptions: Story = {
  name: 'Error · impossible assumptions',
  args: { baselineChurn: 150, setupInvestment: -1 },
};
export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  render: (args) => onDark(calculator(args)),
};
export const Themed: Story = {
  render: (args) => html`${brandTheme}
    <div class="brand-story">${calculator(args)}</div>`,
};
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${calculator(args)}</div>`,
};
