import type { Phone } from './types.js';

/** `tel:` URL of a phone: E.164 or a short code, digits (and +) only. */
export function telHref(phone: Pick<Phone, 'number'>): string {
  return `tel:${phone.number.replace(/[^+\d]/g, '')}`;
}
