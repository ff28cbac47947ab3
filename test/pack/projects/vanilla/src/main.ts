// A vanilla TypeScript page using the package as published: one entry per widget, typed
// elements and events, no declarations written by hand.
import 'kanner-widgets/hotline-banner';
import 'kanner-widgets/service-finder';
import 'kanner-widgets/quick-exit';
import { DEFAULT_EXIT_HREF, NEEDS, type KannerContactDetail, type KannerElementAttributes, type ServiceFinderNeed } from 'kanner-widgets';

declare global {
  interface Window {
    kannerContacts: string[];
  }
}
window.kannerContacts = [];

// Tags are typed by their class (HTMLElementTagNameMap) from the widget entries alone.
const banner = document.querySelector('kanner-hotline-banner')!;
banner.audience = 'teen';
// `kanner-contact` is typed on the element and on the document (GlobalEventHandlersEventMap).
banner.addEventListener('kanner-contact', (event) => {
  const detail: KannerContactDetail = event.detail;
  window.kannerContacts.push(detail.contact);
});
document.addEventListener('kanner-exit', (event) => console.info('leaving for', event.detail.href));

const finder = document.createElement('kanner-service-finder');
const need: ServiceFinderNeed = NEEDS[0];
finder.need = need;
console.info('finder element', finder.localName, 'exit default', DEFAULT_EXIT_HREF);

// The reader's phone app is not part of the test.
document.addEventListener('click', (event) => {
  const link = event.composedPath()[0];
  if (link instanceof HTMLAnchorElement && link.href.startsWith('tel:')) event.preventDefault();
}, true);

// Attribute types are unions of the allowed ids.
export const attributes: KannerElementAttributes['kanner-service-finder'] = { need: 'health', 'max-results': 3, region: 'wiltz' };
// @ts-expect-error not a need id
export const wrong: KannerElementAttributes['kanner-service-finder'] = { need: 'homework' };
