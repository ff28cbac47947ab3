/** @jsxImportSource solid-js */
// Solid: the tags and their attributes are known to JSX; events as `on:kanner-contact`.
import 'kanner-widgets/hotline-banner';
import { createSignal } from 'solid-js';
export const [count] = createSignal(0);
import type { KannerContactEvent } from 'kanner-widgets';

export const page = () => (
  <div>
    <kanner-hotline-banner variant="compact" sticky="bottom" on:kanner-contact={(e: KannerContactEvent) => console.log(e.detail.contact)} />
    <kanner-service-finder need="health" region="wiltz" max-results={2} />
    <kanner-parents-forum variant="card" topics="2" />
  </div>
);

export const rejected = () => (
  <div>
    {/* @ts-expect-error not a sticky edge */}
    <kanner-hotline-banner sticky="left" />
  </div>
);
