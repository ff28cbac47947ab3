import { css } from 'lit';

export const forumStyles = css`
  :host {
    min-height: 3em;
  }

  .base {
    margin: 0;
    background: var(--_k-bg);
    color: var(--_k-text);
  }

  .base.card {
    padding: var(--_k-space);
    border: 1px solid var(--_k-border);
    border-top: 6px solid var(--_k-accent);
    border-radius: var(--_k-radius);
    max-width: 40em;
  }

  .base.inline {
    padding: 0.5em 0;
  }

  .base.inline p {
    margin: 0 0 0.25em;
  }

  .base.compact {
    padding: 0.25em 0.5em;
  }

  h2 {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }

  .pitch {
    margin: 0.5em 0 0;
  }

  .small-title {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .topics li {
    padding: 0.25em 0.75em;
    border-radius: 999px;
    background: var(--_k-surface);
    border: 1px solid var(--_k-border);
  }

  .places li {
    margin: 0.125em 0;
  }

  .place-name {
    font-weight: 700;
  }

  .checked,
  .more-places,
  .attribution,
  .hours {
    color: var(--_k-muted);
    font-size: 0.875em;
  }

  .more-places {
    margin: 0.25em 0 0;
  }

  .cta-row {
    margin: 1em 0 0;
  }

  a.cta {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_k-radius);
    background: var(--_k-accent);
    color: var(--_k-accent-text);
    font-weight: 700;
    text-decoration: none;
  }

  a.cta:hover {
    text-decoration: underline;
  }

  .inline a.cta,
  .compact a.cta {
    padding: 0.25em 0.75em;
  }

  .attribution {
    margin: 0.5em 0 0;
  }

  .secondary li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
  }

  .secondary .hours {
    flex-basis: 100%;
  }

  a.phone,
  button.link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    color: var(--_k-accent);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  button.link {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .sep {
    margin: 0 0.25em;
  }

  @media (forced-colors: active) {
    a.cta {
      border: 2px solid LinkText;
    }
  }

  /* ——— print: on white, every number and link written out ——— */
  @media print {
    :host {
      min-height: 0;
      break-inside: avoid;
    }

    .base {
      background: none;
    }

    /* Backgrounds are not printed: the call to action becomes dark text in a frame, with its
       address written out. */
    a.cta {
      background: none;
      color: var(--_k-accent);
      border: 2px solid var(--_k-accent);
    }

    a.cta::after {
      content: '(' attr(href) ')';
      margin-inline-start: 0.375em;
      font-weight: 400;
    }
  }
`;
