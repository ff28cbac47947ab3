import { css } from 'lit';
import { visuallyHidden } from '../../core/theme.js';

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

  /* A pinned banner never takes more than a third of the screen (it turns compact first;
     this holds even with "more numbers" open). */
  :host([sticky='top']),
  :host([sticky='bottom']) {
    max-height: 33.3vh;
    max-height: 33.3dvh;
    overflow-y: auto;
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
    ${visuallyHidden}
  }

  /* On a phone the compact banner stays small: its heading is still the region's name for
     screen readers, but the numbers' own names say what they are, so it is not shown. */
  @container (max-width: 30em) {
    .compact .heading {
      ${visuallyHidden}
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
    /* The card's rows are separated by a rule above each one, nothing at their sides. */
    .card .contact {
      border: 0;
      border-top: 1px solid CanvasText;
    }
    .card .contact:first-child {
      border-top: 0;
    }
  }

  .more-short {
    display: none;
  }

  /* ——— card: every number in one column, whatever the length of its title ——— */
  .card .list {
    grid-template-columns: [text] 1fr [num] max-content;
    column-gap: 0.75em;
  }

  .card .contact {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }

  .card .number {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: baseline;
  }

  .card .number .title {
    grid-column: 1;
    grid-row: 1;
  }

  .card .number .digits {
    grid-column: 2;
    grid-row: 1;
    justify-self: end;
  }

  .card .for,
  .card .status {
    grid-column: 1 / -1;
  }

  /* ——— the bar on a phone: one dense row per line, numbers in one column ——— */
  @container (max-width: 36em) {
    .bar {
      padding: 0.5em 0.625em 0.625em;
    }

    .bar .heading {
      flex-basis: 100%;
      font-size: 1em;
    }

    /* With the exit or the hide button the heading would take a row of its own: it stays the
       region's name for screen readers, and the numbers' own names say what they are. */
    .bar.tools .heading {
      ${visuallyHidden}
    }

    /* Inside the banner the exit needs no frame of its own. */
    .bar kanner-quick-exit::part(base) {
      padding: 0;
    }

    .bar .top {
      gap: 0.375em 0.5em;
    }

    .bar .list {
      grid-template-columns: [num] min-content [text] 1fr;
      gap: 0.25em 0.625em;
      margin-top: 0.5em;
    }

    .bar .contact {
      position: relative;
      grid-column: 1 / -1;
      display: grid;
      grid-template-columns: subgrid;
      grid-template-rows: repeat(4, auto);
      row-gap: 0;
      padding: 0.25em 0.5em 0.3125em;
      /* The row's link spans its whole grid (a subgrid cannot grow it): the row keeps 44 px. */
      min-height: calc(44px + 0.5625em);
    }

    /* The whole row is the link (its name stays "Call <title> <number>"); who the line is
       for and its hours sit over it and let taps through to it. */
    .bar .number {
      grid-column: 1 / -1;
      grid-row: 1 / -1;
      display: grid;
      grid-template-columns: subgrid;
      grid-template-rows: subgrid;
      align-items: baseline;
      min-height: 44px;
      padding: 0;
    }

    .bar .number .digits {
      grid-column: 1;
      grid-row: 1;
      font-size: 1.3125em;
      line-height: 1.15;
    }

    .bar .number .title {
      grid-column: 2;
      grid-row: 1;
      font-size: 0.875em;
      line-height: 1.25;
    }

    /* Who the line is for, in two lines at most (the whole sentence is still read out). */
    .bar .for {
      grid-column: 2;
      grid-row: 2;
      margin: 0;
      font-size: 0.8125em;
      line-height: 1.3;
      pointer-events: none;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      /* Its own height, not the row's: a taller neighbour (a badge in three lines) must not
         stretch the box and show a third line under the clamp. */
      align-self: start;
    }

    /* Six lines or more (the teen set, a long contacts list): one line each, so the banner
       still leaves most of the phone screen to the page. */
    .bar .list:has(> .contact:nth-child(6)) {
      row-gap: 0.125em;
    }

    .bar .list:has(> .contact:nth-child(6)) .contact {
      padding-block: 0.125em 0.1875em;
      min-height: calc(44px + 0.3125em);
    }

    .bar .list:has(> .contact:nth-child(6)) .for {
      -webkit-line-clamp: 1;
    }

    /* The open-now badge under the number; hours and "checked" under who it is for. */
    .bar .status {
      display: contents;
      font-size: 0.75em;
      line-height: 1.25;
    }

    .bar .status > * {
      pointer-events: none;
    }

    .bar .status .badge {
      grid-column: 1;
      grid-row: 2;
      align-self: start;
    }

    .bar .status .hours {
      grid-column: 2;
      grid-row: 3;
      align-self: start;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }

    .bar .status .checked {
      grid-column: 2;
      grid-row: 4;
    }

    .bar .status .sep {
      display: none;
    }

  }

  /* compact on a phone: two numbers and "+N" in one row, the exit in the next */
  @container (max-width: 30em) {
    .compact .row {
      display: grid;
      grid-template-columns: 1fr 1fr auto;
      gap: 0.375em;
    }

    .compact .list.inline {
      grid-column: 1 / 3;
      display: grid;
      grid-template-columns: subgrid;
    }

    .compact .list.inline .contact {
      padding: 0.125em 0.5em;
      min-width: 0;
    }

    .compact .list.inline .number {
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: 0;
      padding: 0;
      width: 100%;
    }

    .compact .list.inline .title {
      font-size: 0.75em;
      line-height: 1.2;
      overflow-wrap: anywhere;
    }

    .compact .list.inline .digits {
      font-size: 1.25em;
      line-height: 1.15;
    }

    .compact .more {
      grid-column: 3;
      grid-row: 1;
    }

    .compact .more .more-long {

      ${visuallyHidden}
    }

    .compact .more .more-short {
      display: inline;
    }

    .compact kanner-quick-exit {
      grid-column: 1 / 3;
      grid-row: 2;
      justify-self: start;
    }

    .compact .dismiss {
      grid-column: 3;
      grid-row: 2;
    }
  }

  /* ——— print: every number written out, on white, nothing pinned ——— */
  @media print {
    :host,
    :host([sticky='top']),
    :host([sticky='bottom']) {
      position: static;
      max-height: none;
      overflow: visible;
      min-height: 0;
    }

    .base {
      border-color: var(--_k-text);
    }

    /* The compact banner's "more" numbers are printed too. */
    .list[hidden] {
      display: grid !important;
    }

    .compact #more {
      margin-top: 0.5em;
    }

    .contact {
      break-inside: avoid;
      background: none;
      border: 1px solid var(--_k-border);
      border-inline-start: 4px solid var(--_k-accent);
    }

    .contact.emergency {
      border-inline-start-color: var(--_k-emergency);
    }

    .card .contact {
      border: 0;
      border-top: 1px solid var(--_k-border);
    }

    /* Who each line is for, whole. */
    .for {
      display: block !important;
      -webkit-line-clamp: none !important;
      overflow: visible !important;
    }

    .list.inline .for {
      position: static;
      width: auto;
      height: auto;
      clip: auto;
      white-space: normal;
      font-size: 0.8125em;
    }

    /* Compact (or a pinned banner squeezed to compact) prints as a grid of all its lines. */
    .compact .row {
      display: block;
    }

    .compact .heading {
      position: static;
      width: auto;
      height: auto;
      clip: auto;
      white-space: normal;
    }

    .list.inline,
    .compact #more {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
      gap: 0.5em;
      margin: 0.5em 0 0;
    }

    .list.inline .contact {
      display: block;
      padding: 0.375em 0.75em;
    }

    .badge.now + .sep {
      display: none;
    }

    .badge.open::before {
      background: var(--_k-open);
      print-color-adjust: exact;
    }
  }
`;
