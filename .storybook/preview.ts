import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Each widget's docs page is its MDX file in stories/docs/ (prose + tables from the manifest).
  tags: [],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: {
      source: {
        // The code under a story is a snippet a webmaster can paste: the story's tags with the
        // toolbar's language on them (the wrapper that carries it in Storybook is not pasted),
        // under the one script line a page needs.
        type: 'dynamic',
        language: 'html',
        transform: (code: string, context: { globals?: { locale?: string } }) => {
          if (code.startsWith('<script')) return code;
          const template = document.createElement('template');
          template.innerHTML = code;
          const frame = template.content.querySelector('.sb-kanner-frame');
          const locale = context.globals?.locale;
          if (locale && locale !== 'en') {
            for (const el of (frame ?? template.content).querySelectorAll('*')) {
              if (el.localName.startsWith('kanner-') && !el.hasAttribute('lang')) el.setAttribute('lang', locale);
            }
          }
          const tags = (frame ? frame.innerHTML : template.innerHTML)
            .replace(/<!--[^]*?-->/g, '')
            .replace(/=""/g, '')
            .replace(/\n\s*\n/g, '\n')
            .trim();
          return `<script type="module" src="/kanner/kanner.js"></script>\n${tags}`;
        },
      },
    },
  },
  // Controls show what a designer sets: attributes (and events, parts, CSS properties in the
  // docs tables) — not the classes' internal properties.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).filter(([, argType]) => !['properties', 'methods'].includes(String(argType.table?.category ?? ''))),
      ),
  ],
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
