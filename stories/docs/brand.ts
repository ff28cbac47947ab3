// The commune brand of the Theming page: one file for the story and the page's snippet.
/**
 * A worked brand example for the Theming page: a commune whose brand is a dark green and a
 * humanist sans-serif. Brand colours go on the accent only — the emergency colour stays red,
 * so 112 reads as 112 on every site — and each brand colour has a light and a dark value
 * that keep 4.5:1 contrast (the story test runs axe on both).
 */
export const brandCss = `
  .commune-brand {
    --kanner-font-family: "Trebuchet MS", "Segoe UI", system-ui, sans-serif;
    --kanner-radius: 0.25rem;
  }
  .commune-brand > * {
    --kanner-color-accent: #1f5f3a;
    --kanner-color-accent-text: #ffffff;
    --kanner-color-surface: #eef5f0;
    --kanner-color-border: #9dbfa9;
  }
  .commune-brand > [theme="dark"] {
    --kanner-color-accent: #9fdcb4;
    --kanner-color-accent-text: #0d1f14;
    --kanner-color-surface: #1c2a21;
    --kanner-color-border: #4d6b58;
  }
  .commune-brand kanner-hotline-banner::part(base) {
    border-top: 0.375rem solid #1f5f3a;
  }
  .commune-brand kanner-hotline-banner[theme="dark"]::part(base) {
    border-top-color: #9fdcb4;
  }
  .commune-brand > * + * { margin-top: 1.5rem; }
`;

