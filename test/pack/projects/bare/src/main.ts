// Types only, with no framework's types installed at all (not even the @types/react that
// npm adds for @lit/react's peer), and ONE widget entry imported: every tag and both events
// must be typed from it, and the JSX / Vue declarations must not break the build.
import 'kanner-widgets/hotline-banner';

const banner = document.querySelector('kanner-hotline-banner');
banner?.addEventListener('kanner-contact', (event) => console.info(event.detail.contact, event.detail.channel));
document.addEventListener('kanner-exit', (event) => console.info(event.detail.trigger));
const finder = document.createElement('kanner-service-finder');
finder.need = 'health';
// @ts-expect-error kanner-contact's detail has no such field
banner?.addEventListener('kanner-contact', (event) => event.detail.nope);
