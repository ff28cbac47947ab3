import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'lb', title: 'Lëtzebuergesch' },
          { value: 'pt', title: 'Português' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'auto (follows the system)' },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    // The language toolbar sets `lang` on a wrapper (widgets inherit it, SPEC §4); the theme
    // toolbar is read by each story's render function and put on the widget itself.
    (story, context) => {
      const dark = context.globals.theme === 'dark';
      return html`<div lang=${context.globals.locale} class="sb-kanner-frame" style="padding:1rem;font-family:system-ui,sans-serif;background:${dark ? '#0d0f12' : '#ffffff'}">${story()}</div>`;
    },
  ],
};
export default preview;
