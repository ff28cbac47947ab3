import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { brandCss } from './docs/brand.js';

const meta: Meta = {
  title: 'Guides/Theming examples',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/** The brand CSS as a page would have it in its own stylesheet. */
function styleElement(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = brandCss;
  return style;
}

export const CommuneBrand: Story = {
  render: (_args, { globals }) => html`${styleElement()}
    <div class="commune-brand">
      <kanner-hotline-banner variant="card" theme=${globals.theme ?? 'auto'}></kanner-hotline-banner>
      <kanner-parents-forum variant="inline" theme=${globals.theme ?? 'auto'}></kanner-parents-forum>
      <kanner-rights-explainer layout="spotlight" age="young" date="2026-12-01" theme=${globals.theme ?? 'auto'}></kanner-rights-explainer>
    </div>`,
};

