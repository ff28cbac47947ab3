import { css, unsafeCSS } from 'lit';

/**
 * Hidden on screen, still read out — for rules that hide something only in some layouts
 * (inside a container query, say), where the `.visually-hidden` class cannot be toggled.
 * Not `!important`, so a later rule (print) can show the element again.
 */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

/**
 * The theming contract shared by every widget, as one table: each public token
 * `--kanner-<name>` (set on the element or any ancestor) falls back to a built-in light
 * or dark value. Components read the resolved internal `--_k-<short>` property.
 * `theme="auto"` follows `prefers-color-scheme`; `light`/`dark` force one.
 */
export const COLOR_TOKENS = {
  bg: ['color-background', '#ffffff', '#15181d'],
  surface: ['color-surface', '#f3f6fa', '#20252d'],
  text: ['color-text', '#1a1d23', '#f2f4f7'],
  muted: ['color-muted', '#4a5361', '#bcc4cf'],
  border: ['color-border', '#c5ccd6', '#4a5361'],
  accent: ['color-accent', '#0a4f96', '#9ec9ff'],
  'accent-text': ['color-accent-text', '#ffffff', '#0b1626'],
  emergency: ['color-emergency', '#b3001b', '#ffb3b8'],
  'emergency-text': ['color-emergency-text', '#ffffff', '#3b0008'],
  open: ['color-open', '#0b6b2f', '#8fe3a8'],
  focus: ['color-focus', '#1a1d23', '#ffffff'],
} as const;

const palette = (scheme: 1 | 2) =>
  unsafeCSS(
    Object.entries(COLOR_TOKENS)
      .map(([short, token]) => `--_k-${short}:var(--kanner-${token[0]},${token[scheme]});`)
      .join(''),
  );

export const themeStyles = css`
  :host {
    ${palette(1)}
    --_k-radius: var(--kanner-radius, 0.5em);
    --_k-space: var(--kanner-space, 1em);

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
    /* "medium" is the reader's default font size (their browser setting), whatever the
       host does to its root: a theme's 62.5 % root font size changes nothing here.
       Every length inside a widget is in em (or px for minimum targets), never rem. */
    font-size: var(--kanner-font-size, medium);
    line-height: 1.45;
    text-align: start;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    color-scheme: dark;
    ${palette(2)}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      ${palette(2)}
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

  /* The bordered panel a block widget sits in (finder, rights explainer). */
  .k-box {
    background: var(--_k-bg);
    color: var(--_k-text);
    padding: var(--_k-space);
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
  }

  /* The outlined secondary button every widget uses ("more", "hide", "clear"). */
  .k-button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.375em 0.875em;
    border: 2px solid var(--_k-accent);
    border-radius: var(--_k-radius);
    background: transparent;
    color: var(--_k-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  /* !important: a utility class must win over any layout rule of the element it sits on. */
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

/**
 * Print (SPEC §2 "Prints legibly"): whatever the theme, the reader's OS setting or the host's
 * colour tokens, a widget prints dark text on white paper. Each value reads at least 7:1 on
 * white and stays dark in black-and-white printing; a host may still choose its own with
 * `--kanner-print-<name>` (e.g. `--kanner-print-color-accent`).
 */
export const PRINT_TOKENS: Record<keyof typeof COLOR_TOKENS, string> = {
  bg: '#ffffff',
  surface: '#ffffff',
  text: '#000000',
  muted: '#333333',
  border: '#595959',
  accent: '#0a3d75',
  'accent-text': '#ffffff',
  emergency: '#8a0015',
  'emergency-text': '#ffffff',
  open: '#0b5b28',
  focus: '#000000',
};

const printPalette = unsafeCSS(
  Object.entries(PRINT_TOKENS)
    .map(([short, value]) => `--_k-${short}:var(--kanner-print-${COLOR_TOKENS[short as keyof typeof COLOR_TOKENS][0]},${value});`)
    .join(''),
);

/**
 * Shared print rules (each widget adds its own `@media print` block at the end of its styles):
 * the print palette, no shadows or background images, and `.k-screen-only` — controls that
 * only make sense on a screen (quick exit, filters, hide, "more") — left out.
 */
export const printStyles = css`
  @media print {
    /* As specific as the dark rules above, and later: print wins in every theme. */
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      ${printPalette}
      color-scheme: light;
      color: var(--_k-text);
      background: #ffffff;
    }

    *,
    *::before,
    *::after {
      box-shadow: none !important;
      text-shadow: none !important;
      background-image: none !important;
    }

    .k-screen-only {
      display: none !important;
    }

    /* Time-bound states ("open now", "closed now") mean nothing on paper: hours stay. */
    .badge.now {
      display: none !important;
    }

    .k-box {
      border-color: var(--_k-border);
    }

    a {
      text-decoration: none;
    }
  }
`;
