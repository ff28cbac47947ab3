import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  variant: 'card' | 'inline' | 'compact';
  topics: string;
  target: '_self' | '_blank';
  date: string;
}

const meta: Meta<Args> = {
  title: "Widgets/Parents' Forum",
  component: 'kanner-parents-forum',
  args: { variant: 'card', topics: '3', target: '_self', date: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'inline', 'compact'] },
    target: { control: 'inline-radio', options: ['_self', '_blank'] },
  },
  render: (args, { globals }) => html`<kanner-parents-forum
    theme=${globals.theme ?? 'auto'}
    variant=${args.variant}
    topics=${args.topics}
    target=${args.target}
    date=${args.date || nothing}
  ></kanner-parents-forum>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Card: Story = {};
export const Inline: Story = { args: { variant: 'inline' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const ManyThemes: Story = { args: { topics: '6', date: '2026-11-21' } };
export const NewTab: Story = { args: { target: '_blank' } };
export const WithTheFinderOnThePage: Story = {
  render: (_args, { globals }) =>
    html`<kanner-parents-forum theme=${globals.theme ?? 'auto'}></kanner-parents-forum>
      <div style="margin-top:1rem"><kanner-service-finder theme=${globals.theme ?? 'auto'} max-results="3"></kanner-service-finder></div>`,
};
