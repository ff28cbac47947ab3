// Vue: the tags are registered in `GlobalComponents` (what Volar / vue-tsc check templates
// against); `@kanner-contact` is `onKannerContact` in their props.
import 'kanner-widgets/service-finder';
import type { GlobalComponents } from 'vue';
import type { KannerContactEvent } from 'kanner-widgets';

type Props<T extends keyof GlobalComponents> = GlobalComponents[T] extends new () => { $props: infer P } ? P : never;

export const finder: Props<'kanner-service-finder'> = {
  need: 'family-conflict',
  'max-results': 4,
  layout: 'full',
  onKannerContact: (e: KannerContactEvent) => console.log(e.detail.channel),
};
export const banner: Props<'kanner-hotline-banner'> = { variant: 'card', 'quick-exit': true, onKannerExit: (e) => console.log(e.detail.href) };
// @ts-expect-error not a need id
export const wrong: Props<'kanner-service-finder'> = { need: 'homework' };
