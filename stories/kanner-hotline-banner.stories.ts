import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { AUDIENCES } from '../src/data/types.js';
import { STICKY, VARIANTS } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';

interface Args {
  variant: 'bar' | 'card' | 'compact' | 'poster' | 'cards';
  audience: '' | 'child' | 'teen' | 'young-adult' | 'parent' | 'professional';
  contacts: string;
  sticky: '' | 'top' | 'bottom';
  dismissible: boolean;
  'quick-exit': boolean;
  'exit-href': string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'kanner-hotline-banner',
  args: { variant: 'bar', audience: '', contacts: '', sticky: '', dismissible: false, 'quick-exit': false, 'exit-href': '' },
  argTypes: {
    variant: { control: 'inline-radio', options: [...VARIANTS] },
    audience: { control: 'select', options: ['', ...AUDIENCES] },
    sticky: { control: 'inline-radio', options: ['', ...STICKY] },
  },
  render: (args, { globals }) => html`<kanner-hotline-banner
    theme=${globals.theme ?? 'auto'}
    variant=${args.variant}
    audience=${args.audience || nothing}
    contacts=${args.contacts || nothing}
    sticky=${args.sticky || nothing}
    ?dismissible=${args.dismissible}
    ?quick-exit=${args['quick-exit']}
    exit-href=${args['exit-href'] || nothing}
  ></kanner-hotline-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Bar: Story = {};
export const Card: Story = { args: { variant: 'card' } };
export const Compact: Story = { args: { variant: 'compact' } };
/** An A4 poster with a dial QR code beside each number (print it from the browser). */
export const Poster: Story = { args: { variant: 'poster' } };
export const PosterForChildren: Story = { args: { variant: 'poster', audience: 'child' } };
/** An A4 sheet of ten credit-card-sized cards to cut out, one line each with its QR code. */
export const PocketCards: Story = { args: { variant: 'cards', audience: 'teen' } };
export const WithQuickExit: Story = { args: { 'quick-exit': true, dismissible: true } };
export const ForChildren: Story = { args: { variant: 'card', audience: 'child' } };
export const ForTeens: Story = { args: { variant: 'card', audience: 'teen' } };
export const ForYoungAdults: Story = { args: { variant: 'card', audience: 'young-adult' } };
export const ForParents: Story = { args: { variant: 'card', audience: 'parent' } };
export const ForProfessionals: Story = { args: { variant: 'card', audience: 'professional' } };
export const ChosenContacts: Story = { args: { variant: 'card', contacts: '116000,112,113' } };
export const Sticky: Story = { args: { sticky: 'top', variant: 'compact', 'quick-exit': true } };
/** A brand colour needs a light and a dark value (see Docs/Theming): both keep 4.5:1 contrast. */
export const CustomTheme: Story = {
  render: (_args, { globals }) => html`<kanner-hotline-banner
    variant="card"
    theme=${globals.theme ?? 'auto'}
    style=${globals.theme === 'dark'
      ? '--kanner-color-accent:#7fd6d6;--kanner-radius:0;--kanner-font-family:Georgia,serif'
      : '--kanner-color-accent:#005f5f;--kanner-radius:0;--kanner-font-family:Georgia,serif'}
  ></kanner-hotline-banner>`,
};
