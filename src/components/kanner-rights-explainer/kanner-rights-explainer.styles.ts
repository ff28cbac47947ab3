import { css } from 'lit';

export const rightsStyles = css`
  :host {
    min-height: 12em;
  }

  h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }

  h3 {
    display: flex;
    align-items: center;
    gap: 0.417em;
    margin: 1.042em 0 0.208em;
    font-size: 1.2em;
  }

  h4 {
    margin: 0;
    font-size: 1em;
  }

  .intro,
  .group-intro {
    margin: 0.25em 0 0.75em;
  }

  .group-intro,
  .source {
    color: var(--_k-muted);
  }

  .icon {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    color: var(--_k-accent);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .principles li {
    margin: 0.375em 0;
  }

  .num {
    color: var(--_k-muted);
    font-weight: 700;
    font-size: 0.875em;
    white-space: nowrap;
  }

  /* accordion (disclosure pattern) */
  .accordion .item {
    border-top: 1px solid var(--_k-border);
  }

  .accordion .item:last-child {
    border-bottom: 1px solid var(--_k-border);
  }

  .accordion button {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.25em 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: var(--_k-text);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  .accordion button:hover .title {
    text-decoration: underline;
  }

  .chevron::before {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }

  [aria-expanded='true'] .chevron::before {
    transform: rotate(-135deg);
  }

  .panel {
    padding: 0 0.25em 0.75em;
  }

  .panel[hidden] {
    display: none;
  }

  .text {
    margin: 0.25em 0 0;
  }

  /* cards and spotlight (the list only: the box itself is also classed "cards", after its
     layout, and must stay one column — heading and intro above the cards) */
  ul.cards {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .card {
    height: 100%;
    padding: 0.75em 1em;
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
    border-inline-start: 4px solid var(--_k-accent);
  }

  .card h3,
  .card h4 {
    display: block;
    margin: 0;
    font-size: 1.05em;
  }

  .card .num {
    display: block;
  }

  .card.spotlight {
    margin-top: 0.714em;
    font-size: 1.05em;
  }

  .kicker {
    display: flex;
    align-items: center;
    gap: 0.615em;
    margin: 0 0 0.308em;
    color: var(--_k-accent);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8125em;
  }

  /* who can help */
  .help {
    margin-top: 0.533em;
    font-size: 0.9375em;
  }

  .help-title {
    margin: 0;
    font-weight: 700;
  }

  .help li,
  .ways li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
  }

  .contact {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    color: var(--_k-accent);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .contact.phone {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    font-size: 1.1em;
  }

  .contact.emergency {
    color: var(--_k-emergency);
  }

  /* closing section */
  .complaint {
    margin-top: 1.25em;
    padding: 0.75em 1em;
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
    border-inline-start: 6px solid var(--_k-emergency);
  }

  .complaint h3 {
    margin-top: 0;
  }

  .complaint p {
    margin: 0.375em 0;
  }

  .complaint .service {
    font-weight: 700;
  }

  .source {
    margin: 1.143em 0 0;
    font-size: 0.875em;
  }

  .source a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_k-accent);
  }

  @media (forced-colors: active) {
    .card,
    .complaint {
      border: 1px solid CanvasText;
    }
  }

  /* ——— print: each right's title with its explanation for the chosen reader ——— */
  @media print {
    :host {
      min-height: 0;
    }

    .panel[hidden] {
      display: block !important;
    }

    .chevron {
      display: none;
    }

    .accordion .item,
    .card,
    .complaint {
      break-inside: avoid;
    }

    .card,
    .complaint {
      background: none;
      border: 1px solid var(--_k-border);
      border-inline-start: 4px solid var(--_k-accent);
    }

    .complaint {
      border-inline-start-color: var(--_k-emergency);
    }

    .accordion button {
      min-height: 0;
      padding: 0.375em 0 0;
    }

    h3 {
      break-after: avoid;
    }
  }
`;
