import { css } from 'lit';

export const finderStyles = css`
  :host {
    min-height: 20em;
    /* Lets the layout follow the widget's own width, not the window's. */
    container-type: inline-size;
  }

  h2 {
    margin: 0 0 0.357em;
    font-size: 1.4em;
    line-height: 1.25;
  }

  .safety {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 6px solid var(--_k-emergency);
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
  }

  .safety a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.192em;
    color: var(--_k-emergency);
    font-weight: 800;
    font-size: 1.3em;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
    margin-bottom: 1em;
  }

  .more-filters {
    display: contents;
  }

  /* "More filters": always in the compact layout; in the full one only when narrow. */
  .base.full button.more {
    display: none;
  }

  .base.compact:not(.expanded) .more-filters {
    display: none;
  }

  @container (max-width: 36em) {
    .base.full button.more {
      display: inline-block;
    }

    .base.full:not(.expanded) .more-filters {
      display: none;
    }
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field.wide {
    flex-basis: 100%;
  }

  .field.narrow {
    flex: 0 1 6em;
  }

  label,
  legend {
    font-weight: 600;
    font-size: 0.9375em;
    padding: 0;
  }

  input[type='search'],
  input[type='number'],
  select {
    min-height: 44px;
    width: 100%;
    padding: 0.375em 0.625em;
    border: 2px solid var(--_k-muted);
    border-radius: var(--_k-radius);
    background: var(--_k-bg);
    color: var(--_k-text);
    font: inherit;
  }

  fieldset.reach {
    flex-basis: 100%;
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  fieldset.reach legend {
    width: 100%;
    margin-bottom: 0.25em;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: 400;
  }

  .check input {
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    accent-color: var(--_k-accent);
  }

  .count {
    margin: 0 0 0.5em;
    font-weight: 700;
  }

  .results,
  .contacts,
  .places,
  .badges {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .results {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
  }

  .card {
    padding: 0.75em 1em;
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
    border-inline-start: 4px solid var(--_k-accent);
  }

  .card.pinned {
    border-inline-start-color: var(--_k-emergency);
  }

  h3 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .org,
  .source,
  .note {
    margin: 0.143em 0 0;
    color: var(--_k-muted);
    font-size: 0.875em;
  }

  .summary {
    margin: 0.5em 0 0;
  }

  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.133em 0.8em;
    margin: 0.533em 0 0;
    font-size: 0.9375em;
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.5em;
  }

  .badges li {
    padding: 0.143em 0.571em;
    border: 1px solid var(--_k-open);
    border-radius: 999px;
    color: var(--_k-open);
    font-size: 0.875em;
    font-weight: 700;
  }

  .contacts {
    display: grid;
    gap: 0.25em;
    margin-top: 0.5em;
  }

  .contact {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 0;
    color: var(--_k-accent);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .contact.phone .digits {
    font-size: 1.35em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .contact.emergency {
    color: var(--_k-emergency);
  }

  .contact .label {
    color: var(--_k-text);
    font-weight: 400;
  }

  .hours {
    display: block;
    color: var(--_k-muted);
    font-size: 0.875em;
  }

  .badge.open {
    color: var(--_k-open);
    font-weight: 700;
  }

  .badge.closed {
    font-weight: 700;
  }

  .place {
    display: flex;
    flex-direction: column;
    margin-top: 0.533em;
    font-size: 0.9375em;
  }

  .place-name {
    font-weight: 700;
  }

  .place a,
  /* freshness: a fact older than stale-after-months asks the reader to re-check it */
  .source .stale {
    display: block;
    color: var(--_k-text, inherit);
    font-weight: 700;
  }

  .source a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_k-accent);
  }

  .appointment {
    color: var(--_k-muted);
    font-style: italic;
  }

  details.more-places {
    margin-top: 0.25em;
  }

  details.more-places summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_k-accent);
    font-weight: 700;
  }

  .empty {
    padding: 1em;
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
  }

  .empty p {
    margin: 0;
  }

  .compact .card {
    padding: 0.5em 0.75em;
  }

  @media (forced-colors: active) {
    .card,
    .safety,
    .empty {
      border: 1px solid CanvasText;
    }
  }

  /* The crisis panel (crisis-panel.ts): calm, not alarming — the accent, not the emergency red. */
  .crisis {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    background: var(--_k-surface);
    border: 2px solid var(--_k-accent);
    border-radius: var(--_k-radius);
  }

  .crisis p {
    margin: 0 0 0.5em;
  }

  .crisis-title {
    font-size: 1.15em;
    line-height: 1.3;
  }

  .crisis .contacts {
    margin: 0;
  }

  @media (forced-colors: active) {
    .crisis {
      border: 2px solid CanvasText;

  /* The safety line reads as a sentence on a phone too: its two numbers keep 44 px targets
     through padding, which does not stretch the lines of text around them. */
  .safety {
    line-height: 1.6;
  }

  .safety a {
    display: inline;
    padding: 0.55em 0.2em;
    line-height: 1;
  }

  /* ——— print: the safety line and the results, every number; the filters are left out ——— */
  @media print {
    :host {
      min-height: 0;
    }

    .safety,
    .empty {
      background: none;
      border: 1px solid var(--_k-border);
      border-inline-start: 6px solid var(--_k-emergency);
    }

    /* "More places" is printed open (its summary is a screen control). */
    details.more-places > summary {
      display: none;
    }

    details.more-places::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
