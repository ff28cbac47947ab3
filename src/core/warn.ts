const said = new Set<string>();

/**
 * One `console.warn` per distinct message per page: a webmaster sees what is wrong
 * without the console filling up on every re-render.
 */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[kanner-widgets] ${message}`);
}

/**
 * Reads a `YYYY-MM-DD` attribute (previews pin the day a widget chooses for): absent means
 * today; anything else warns once, naming it, and means today.
 */
export function dateOf(tag: string, attribute: string, value: string | null | undefined): Date {
  if (value) {
    const d = new Date(`${value}T12:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(d.getTime())) return d;
    warnOnce(`<${tag}> ${attribute}="${value}" is not a date (YYYY-MM-DD); using today.`);
  }
  return new Date();
}

/**
 * Reads an enumerated attribute: returns `value` when it is one of `allowed`, else
 * warns (naming the element, attribute and value) and returns `fallback`.
 * `null`/absent and the empty string quietly mean the default.
 */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(
    `<${tag}> ${attribute}="${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`,
  );
  return fallback;
}
