import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: inline-block;
    /* The box is reserved before upgrade/translation so the host page does not jump. */
    min-height: 44px;
    vertical-align: middle;
  }

  /* The exit paints its own background, so its theme reads the same on any page. */
  .wrap {
    display: inline-block;
    padding: 0.25em;
    border-radius: var(--_k-radius);
    background: var(--_k-bg);
  }

  .exit {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    margin: 0;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_k-radius);
    background: var(--kanner-exit-background, var(--_k-emergency));
    color: var(--kanner-exit-color, var(--_k-emergency-text));
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: start;
    cursor: pointer;
  }

  .exit:hover {
    text-decoration: underline;
  }

  .exit:focus-visible {
    outline: 3px solid var(--_k-focus);
    outline-offset: 3px;
  }

  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .hint {
    display: block;
    margin-top: 0.25em;
    color: var(--_k-muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .exit {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
  }

  /* An exit button means nothing on paper. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
