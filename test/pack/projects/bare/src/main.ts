// Types only, with no framework's types installed at all (not even the @types/react that
// npm adds for @lit/react's peer): the JSX and Vue declarations must not break the build.
import 'kanner-widgets/define';
import type { KannerElementAttributes } from 'kanner-widgets';

const exit = document.querySelector('kanner-quick-exit');
exit?.addEventListener('kanner-exit', (event) => console.info(event.detail.trigger));
export const attributes: KannerElementAttributes['kanner-service-finder'] = { need: 'health', 'max-results': 3 };
// @ts-expect-error not a need id
export const wrong: KannerElementAttributes['kanner-service-finder'] = { need: 'homework' };
