import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { AUDIENCES, CANTONS as CANTON_IDS, NEEDS as NEED_IDS } from '../src/data/types.js';
import { LAYOUTS } from '../src/components/kanner-service-finder/kanner-service-finder.js';

interface Args {
  need: string;
  audience: string;
  region: string;
  'max-results': string;
  layout: 'full' | 'compact';
}

// The ids the widget accepts (a new need in the dataset's taxonomy appears here by itself).
const NEEDS = ['', ...NEED_IDS];
const CANTONS = ['', ...CANTON_IDS];

const meta: Meta<Args> = {
  title: 'Widgets/Service finder',
  component: 'kanner-service-finder',
  args: { need: '', audience: '', region: '', 'max-results': '', layout: 'full' },
  argTypes: {
    need: { control: 'select', options: NEEDS },
    audience: { control: 'select', options: ['', ...AUDIENCES] },
    region: { control: 'select', options: CANTONS },
    layout: { control: 'inline-radio', options: [...LAYOUTS] },
  },
  render: (args, { globals }) => html`<kanner-service-finder
    theme=${globals.theme ?? 'auto'}
    need=${args.need || nothing}
    audience=${args.audience || nothing}
    region=${args.region || nothing}
    max-results=${args['max-results'] || nothing}
    layout=${args.layout}
  ></kanner-service-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Everything: Story = {};
export const Compact: Story = { args: { layout: 'compact', 'max-results': '4' } };
export const ImmediateDanger: Story = { args: { need: 'immediate-danger' } };
export const MissingChild: Story = { args: { need: 'missing-child' } };
export const ForParents: Story = { args: { audience: 'parent', need: 'parenting-support' } };
export const ForTeensInWiltz: Story = { args: { audience: 'teen', region: 'wiltz' } };
export const FirstThree: Story = { args: { 'max-results': '3' } };
export const NothingFound: Story = {
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('kanner-service-finder');
    // The finder renders once its language is loaded: wait for its search box.
    let input: HTMLInputElement | null | undefined;
    for (let i = 0; i < 100 && !input; i++) {
      await new Promise((r) => setTimeout(r, 50));
      input = finder?.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
    }
    if (input) {
      input.value = 'xqzvvk';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  },
};
