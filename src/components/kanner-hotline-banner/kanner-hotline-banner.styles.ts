import { css } from 'lit';

export const bannerStyles = css`
  :host {
    /* Reserve a box before upgrade/translation, so the host page does not jump. */
    min-height: 3.5em;
    /* Layout follows the banner's own width (a sidebar is narrow on a wide screen too). */
    container-type: inline-size;
  }

  :host([sticky='top']) {
    position: sticky;
    top: 0;
    z-index: 1000;
  }

  :host([sticky='bottom']) {
    position: sticky;
    bottom: 0;
    z-index: 1000;
  }

  .base {
    position: relative;
    background: var(--_k-bg);
    color: var(--_k-text);
    padding: calc(var(--_k-space) * 0.75) var(--_k-space);
  }

  .base.bar,
  .base.compact {
    border-bottom: 3px solid var(--_k-emergency);
  }

  :host([sticky='bottom']) .base.bar,
  :host([sticky='bottom']) .base.compact {
    border-bottom: 0;
    border-top: 3px solid var(--_k-emergency);
  }

  .base.card {
    border: 1px solid var(--_k-border);
    border-top: 6px solid var(--_k-emergency);
    border-radius: var(--_k-radius);
    padding: var(--_k-space);
    max-width: 40em;
  }

  .top,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .heading {
    flex: 1 1 12.444em;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .card .heading {
    font-size: 1.3em;
  }

  .list {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .list[hidden] {
    display: none;
  }

  .bar .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }

  .card .list {
    gap: 0;
  }

  /* In the bar's tiles the number goes under the name, the same in every tile. */
  .bar .number {
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
  }

  .contact {
    margin: 0;
    padding: 0.5em 0.75em 0.625em;
    background: var(--_k-surface);
    border-radius: var(--_k-radius);
    border-inline-start: 4px solid var(--_k-accent);
  }

  .contact.emergency {
    border-inline-start-color: var(--_k-emergency);
  }

  .card .contact {
    background: none;
    border-radius: 0;
    border-inline-start: 0;
    border-top: 1px solid var(--_k-border);
    padding: 0.75em 0;
  }

  .card .contact:first-child {
    border-top: 0;
  }

  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 0.75em;
    min-height: 44px;
    padding: 0.25em 0;
    color: var(--_k-text);
    text-decoration: none;
  }

  .number:hover .digits,
  .number:focus-visible .digits {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .title {
    font-weight: 700;
  }

  .digits {
    font-size: 1.6em;
    font-weight: 800;
    letter-spacing: 0.02em;
    color: var(--_k-accent);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .emergency .digits {
    color: var(--_k-emergency);
  }

  .for,
  .status {
    margin: 0.133em 0 0;
    font-size: 0.9375em;
  }

  .status {
    color: var(--_k-muted);
    font-size: 0.875em;
  }

  .badge {
    display: inline-block;
    font-weight: 700;
  }

  .badge.open {
    color: var(--_k-open);
  }

  .badge.open::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.05em;
  }

  .checked {
    font-style: italic;
  }

  /* freshness: a fact older than stale-after-months asks the reader to re-check it */
  .stale {
    font-weight: 700;
  }

  /* compact: one line */
  .compact .row {
    gap: 0.5em;
  }

  .compact .heading {
    flex: 0 1 auto;
    font-size: 1em;
  }

  .list.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }

  .list.inline .contact {
    padding: 0 0.75em;
    display: flex;
    align-items: center;
  }

  .list.inline .number {
    gap: 0.5em;
  }

  .list.inline .digits {
    font-size: 1.25em;
  }

  .list.inline .for,
  .list.inline .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  /* On a phone the compact banner stays small: its heading is still the region's name for
     screen readers, but the numbers' own names say what they are, so it is not shown. */
  @container (max-width: 30em) {
    .compact .heading {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .compact .row {
      gap: 0.375em;
    }

    .compact .k-button {
      padding: 0.25em 0.625em;
    }
  }

  .compact #more {
    margin-top: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }

  button.dismiss {
    font-size: 1.4em;
    line-height: 1;
    padding: 0 0.357em;
  }

  kanner-quick-exit {
    /* Holds the exit's place while its code loads: no jump when it appears. */
    min-height: 44px;
  }

  kanner-quick-exit::part(hint) {
    display: none;
  }

  @media (forced-colors: active) {
    .base,
    .contact {
      border: 1px solid CanvasText;
    }
    .badge.open::before {
      background: CanvasText;
    }
  }
`;
