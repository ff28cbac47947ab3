/** @jsxImportSource preact */
// Preact: the tags and their attributes are known to JSX; events as `onkanner-contact`.
import 'kanner-widgets/define';
import type { KannerContactEvent } from 'kanner-widgets';

export const page = (
  <div>
    <kanner-hotline-banner variant="bar" audience="parent" dismissible onkanner-contact={(e: KannerContactEvent) => console.log(e.detail.href)} />
    <kanner-service-finder need="online-abuse" max-results={5} class="finder" />
    <kanner-rights-explainer age="adult" group="all" layout="spotlight" date="2026-12-01" />
    <kanner-parents-forum topics={3} target="_self" />
    <kanner-quick-exit href="https://www.example.org/" onkanner-exit={(e) => console.log(e.detail.trigger)} />
  </div>
);

export const rejected = (
  <div>
    {/* @ts-expect-error not a layout */}
    <kanner-service-finder layout="grid" />
    {/* @ts-expect-error not an age */}
    <kanner-rights-explainer age="old" />
  </div>
);
