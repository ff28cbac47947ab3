// A React 19 + TypeScript app using the package as published — no declarations written by
// hand. The wrappers (kanner-widgets/react) take camelCase props and `onKannerContact`; the
// plain tags are typed in JSX too, with the React 19 event spelling `onkanner-contact`.
import { useRef, useState } from 'react';
import {
  KannerHotlineBanner,
  KannerParentsForum,
  KannerQuickExit,
  KannerRightsExplainer,
  KannerServiceFinder,
  type KannerContactEvent,
} from 'kanner-widgets/react';
import type { KannerHotlineBanner as BannerElement } from 'kanner-widgets';

export function App() {
  const [contact, setContact] = useState('');
  const [intrinsic, setIntrinsic] = useState('');
  const banner = useRef<BannerElement>(null);
  return (
    <>
      <KannerHotlineBanner
        ref={banner}
        variant="card"
        audience="teen"
        quickExit
        onKannerContact={(event: KannerContactEvent) => setContact(event.detail.contact)}
        onKannerExit={(event) => console.info('exit to', event.detail.href)}
      />
      <p>
        Last contact: <output id="last-contact">{contact}</output>
      </p>
      <KannerServiceFinder need="health" maxResults={2} layout="compact" onKannerContact={(e) => setContact(e.detail.contact)} />
      <KannerParentsForum variant="inline" topics={2} target="_blank" />
      <KannerRightsExplainer age="young" article={12} layout="cards" />
      <KannerQuickExit href="https://www.example.org/" />

      <section id="intrinsic">
        <kanner-hotline-banner variant="compact" onkanner-contact={(event) => setIntrinsic(event.detail.contact)} />
        <output id="intrinsic-contact">{intrinsic}</output>
        <kanner-service-finder need="health" max-results={3} region="esch-sur-alzette" layout="compact" />
        <kanner-rights-explainer age="teen" group="protection" article={19} />
        <kanner-parents-forum variant="compact" topics={0} />
        <kanner-quick-exit href="https://www.example.org/" theme="dark" />
      </section>
    </>
  );
}

// Values outside the allowed ids do not compile (each line must be an error).
export function Rejected() {
  return (
    <>
      {/* @ts-expect-error not a banner variant */}
      <KannerHotlineBanner variant="huge" />
      {/* @ts-expect-error not a need id */}
      <KannerServiceFinder need="unknown-need" />
      {/* @ts-expect-error not a banner variant (plain tag) */}
      <kanner-hotline-banner variant="huge" />
      {/* @ts-expect-error not a canton */}
      <kanner-service-finder region="paris" />
      {/* @ts-expect-error React 19 listens to `onkanner-contact` on a plain tag; this spelling would never fire */}
      <kanner-hotline-banner onKannerContact={() => {}} />
      {/* @ts-expect-error not a theme */}
      <kanner-quick-exit theme="blue" />
    </>
  );
}
