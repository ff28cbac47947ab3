import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  age: 'young' | 'teen' | 'adult';
  group: 'all' | 'provision' | 'protection' | 'participation';
  article: string;
  layout: 'accordion' | 'cards' | 'spotlight';
  date: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Rights explainer',
  component: 'kanner-rights-explainer',
  args: { age: 'teen', group: 'all', article: '', layout: 'accordion', date: '' },
  argTypes: {
    age: { control: 'inline-radio', options: ['young', 'teen', 'adult'] },
    group: { control: 'inline-radio', options: ['all', 'provision', 'protection', 'participation'] },
    layout: { control: 'inline-radio', options: ['accordion', 'cards', 'spotlight'] },
  },
  render: (args, { globals }) => html`<kanner-rights-explainer
    theme=${globals.theme ?? 'auto'}
    age=${args.age}
    group=${args.group}
    article=${args.article || nothing}
    layout=${args.layout}
    date=${args.date || nothing}
  ></kanner-rights-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AccordionForTeens: Story = {};
export const AccordionForChildren: Story = { args: { age: 'young' } };
export const AccordionForAdults: Story = { args: { age: 'adult' } };
export const CardsProvision: Story = { args: { layout: 'cards', group: 'provision' } };
export const CardsProtectionForChildren: Story = { args: { layout: 'cards', group: 'protection', age: 'young' } };
export const CardsParticipationForAdults: Story = { args: { layout: 'cards', group: 'participation', age: 'adult' } };
export const SpotlightToday: Story = { args: { layout: 'spotlight' } };
export const SpotlightForChildren: Story = { args: { layout: 'spotlight', age: 'young', date: '2026-11-20' } };
export const BeingHeardArticle12: Story = { args: { article: '12', age: 'young' } };
export const HowAdultsMakeItHappen: Story = { args: { article: '44', age: 'adult' } };
