import { css } from 'lit';

/**
 * The theming contract shared by every widget. Public tokens (documented in the README
 * and on each component with `@cssprop`) are `--kanner-*` custom properties that a host
 * may set on the element or any ancestor; each falls back to a built-in light or dark
 * value. `theme="auto"` follows `prefers-color-scheme`.
 *
 * Internal `--_k-*` properties hold the resolved values so that components read one name.
 */
export const themeStyles = css`
  :host {
    --_k-light-bg: #ffffff;
    --_k-light-surface: #f3f6fa;
    --_k-light-text: #1a1d23;
    --_k-light-muted: #4a5361;
    --_k-light-border: #c5ccd6;
    --_k-light-accent: #0a4f96;
    --_k-light-accent-text: #ffffff;
    --_k-light-emergency: #b3001b;
    --_k-light-emergency-text: #ffffff;
    --_k-light-open: #0b6b2f;
    --_k-light-focus: #1a1d23;

    --_k-dark-bg: #15181d;
    --_k-dark-surface: #20252d;
    --_k-dark-text: #f2f4f7;
    --_k-dark-muted: #bcc4cf;
    --_k-dark-border: #4a5361;
    --_k-dark-accent: #9ec9ff;
    --_k-dark-accent-text: #0b1626;
    --_k-dark-emergency: #ffb3b8;
    --_k-dark-emergency-text: #3b0008;
    --_k-dark-open: #8fe3a8;
    --_k-dark-focus: #ffffff;

    --_k-bg: var(--kanner-color-background, var(--_k-light-bg));
    --_k-surface: var(--kanner-color-surface, var(--_k-light-surface));
    --_k-text: var(--kanner-color-text, var(--_k-light-text));
    --_k-muted: var(--kanner-color-muted, var(--_k-light-muted));
    --_k-border: var(--kanner-color-border, var(--_k-light-border));
    --_k-accent: var(--kanner-color-accent, var(--_k-light-accent));
    --_k-accent-text: var(--kanner-color-accent-text, var(--_k-light-accent-text));
    --_k-emergency: var(--kanner-color-emergency, var(--_k-light-emergency));
    --_k-emergency-text: var(--kanner-color-emergency-text, var(--_k-light-emergency-text));
    --_k-open: var(--kanner-color-open, var(--_k-light-open));
    --_k-focus: var(--kanner-color-focus, var(--_k-light-focus));
    --_k-radius: var(--kanner-radius, 0.5rem);
    --_k-space: var(--kanner-space, 1rem);

    /* Own reset: host CSS stops at the shadow boundary except inherited properties,
       which are reset here. The font is inherited from the host page on purpose:
       an unset --kanner-font-family makes this declaration fall back to inheriting. */
    display: block;
    box-sizing: border-box;
    color: var(--_k-text);
    font-family: var(--kanner-font-family);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    font-size: var(--kanner-font-size, 1rem);
    line-height: 1.45;
    text-align: start;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    color-scheme: dark;
    --_k-bg: var(--kanner-color-background, var(--_k-dark-bg));
    --_k-surface: var(--kanner-color-surface, var(--_k-dark-surface));
    --_k-text: var(--kanner-color-text, var(--_k-dark-text));
    --_k-muted: var(--kanner-color-muted, var(--_k-dark-muted));
    --_k-border: var(--kanner-color-border, var(--_k-dark-border));
    --_k-accent: var(--kanner-color-accent, var(--_k-dark-accent));
    --_k-accent-text: var(--kanner-color-accent-text, var(--_k-dark-accent-text));
    --_k-emergency: var(--kanner-color-emergency, var(--_k-dark-emergency));
    --_k-emergency-text: var(--kanner-color-emergency-text, var(--_k-dark-emergency-text));
    --_k-open: var(--kanner-color-open, var(--_k-dark-open));
    --_k-focus: var(--kanner-color-focus, var(--_k-dark-focus));
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      --_k-bg: var(--kanner-color-background, var(--_k-dark-bg));
      --_k-surface: var(--kanner-color-surface, var(--_k-dark-surface));
      --_k-text: var(--kanner-color-text, var(--_k-dark-text));
      --_k-muted: var(--kanner-color-muted, var(--_k-dark-muted));
      --_k-border: var(--kanner-color-border, var(--_k-dark-border));
      --_k-accent: var(--kanner-color-accent, var(--_k-dark-accent));
      --_k-accent-text: var(--kanner-color-accent-text, var(--_k-dark-accent-text));
      --_k-emergency: var(--kanner-color-emergency, var(--_k-dark-emergency));
      --_k-emergency-text: var(--kanner-color-emergency-text, var(--_k-dark-emergency-text));
      --_k-open: var(--kanner-color-open, var(--_k-dark-open));
      --_k-focus: var(--kanner-color-focus, var(--_k-dark-focus));
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_k-focus);
    outline-offset: 2px;
  }

  a {
    color: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
