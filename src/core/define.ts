import { warnOnce } from './warn.js';

/** The library version, stamped on every class so that two copies can be told apart. */
export const VERSION = '0.1.0';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it already is: loading the library twice (script tag and npm
 * build, or two script tags) never throws. A different version already registered
 * wins and is named once in the console.
 */
export function defineElement(tag: string, ctor: Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      warnOnce(`<${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version ?? 'unknown'} is not used.`);
    }
    return;
  }
  customElements.define(tag, ctor);
}
