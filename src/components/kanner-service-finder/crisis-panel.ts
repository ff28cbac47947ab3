/**
 * The crisis panel (SPEC §2.2): above every result when a query speaks of suicide,
 * self-harm, wanting to die, or danger right now. A short, calm message after
 * safe-messaging practice (hope; you can talk to someone now; no method words) and the
 * lines to call, as one-tap `tel:` links — numbers and hrefs from the dataset. It is an
 * alert: a screen reader announces it as soon as it appears.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { hotlineLinks } from './results-list.js';
import type { CrisisKind } from './crisis.js';
import type { FinderView } from './finder-view.js';

/** The panel for this kind of crisis, offering these hotlines (dataset ids, in order). */
export function crisisPanel(view: FinderView, kind: CrisisKind, hotlineIds: readonly string[]): TemplateResult {
  const danger = kind === 'danger';
  return html`<div class="crisis" part="crisis" role="alert" aria-labelledby="crisis-title">
    <p class="crisis-title" id="crisis-title">
      <strong>${danger ? msg('Are you in danger right now?') : msg('You are not alone. You can talk to someone now.')}</strong>
    </p>
    <p>
      ${danger
        ? msg('If you can, go somewhere safe. Call the emergency number now. You can also call the police, or talk to the helpline.')
        : msg('What you feel now can change, and people want to help you through it. Call one of these lines, or tell an adult you trust. If you are in danger now, call the emergency number.')}
    </p>
    ${hotlineLinks(view, hotlineIds)}
  </div>`;
}
