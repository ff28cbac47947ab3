import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  href: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Quick exit',
  component: 'kanner-quick-exit',
  args: { href: '' },
  parameters: {
    docs: {
      description: {
        component:
          'Activating the exit (or pressing Shift three times) leaves the page for real — in this story too. Use "Open canvas in new tab" to try it.',
      },
    },
  },
  render: (args, { globals }) =>
    html`<kanner-quick-exit theme=${globals.theme ?? 'auto'} href=${args.href || nothing}></kanner-quick-exit>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const CustomDestination: Story = { args: { href: 'https://www.wikipedia.org/' } };
export const CustomColours: Story = {
  render: (_args, { globals }) =>
    html`<kanner-quick-exit theme=${globals.theme ?? 'auto'} style="--kanner-exit-background:#1a1d23;--kanner-exit-color:#fff"></kanner-quick-exit>`,
};
