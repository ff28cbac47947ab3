import { svg, type SVGTemplateResult } from 'lit';
import type { RightsGroupId } from '../../data/types.js';

// Icons drawn for this project: one per group and one for the principles. Decorative:
// every use is aria-hidden; the words beside them carry the meaning.
const frame = (body: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const groupIcons: Record<RightsGroupId, SVGTemplateResult> = {
  // A house with a heart: what a child needs to live and grow.
  provision: frame(svg`<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 9.5V20h13V9.5"/><path d="M12 17.2s-3-1.8-3-3.7a1.6 1.6 0 0 1 3-.8 1.6 1.6 0 0 1 3 .8c0 1.9-3 3.7-3 3.7Z"/>`),
  // A shield: being kept safe.
  protection: frame(svg`<path d="M12 3 5 6v5.5c0 4.2 3 7.7 7 9.5 4-1.8 7-5.3 7-9.5V6l-7-3Z"/><path d="m9 12 2.2 2.2L15.5 10"/>`),
  // A speech bubble: being heard.
  participation: frame(svg`<path d="M4 5.5h16v10H11l-4.5 4v-4H4z"/><path d="M8 9.5h8M8 12.5h5"/>`),
};

// A compass rose: the principles that guide every right.
export const principleIcon = frame(svg`<circle cx="12" cy="12" r="8.5"/><path d="m12 6.5 2 5.5-2 5.5-2-5.5z"/>`);
