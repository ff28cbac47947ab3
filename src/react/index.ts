/**
 * `kanner-widgets/react` — one React component per widget (@lit/react), registering the tags
 * it wraps. Properties are set as properties, events are props: `onKannerContact`,
 * `onKannerExit`.
 *
 * ```tsx
 * import { KannerHotlineBanner } from 'kanner-widgets/react';
 * <KannerHotlineBanner variant="card" audience="teen" onKannerContact={(e) => console.log(e.detail.contact)} />
 * ```
 *
 * The plain tags are typed in React 19 JSX too, from every entry of the package
 * (`<kanner-service-finder need="health" max-results={3} />`; React 19 spells a custom
 * element's event prop as the event is named: `onkanner-contact`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KannerHotlineBanner as HotlineBannerElement } from '../components/kanner-hotline-banner/define.js';
import { KannerQuickExit as QuickExitElement } from '../components/kanner-quick-exit/define.js';
import { KannerServiceFinder as ServiceFinderElement } from '../components/kanner-service-finder/define.js';
import { KannerParentsForum as ParentsForumElement } from '../components/kanner-parents-forum/define.js';
import { KannerRightsExplainer as RightsExplainerElement } from '../components/kanner-rights-explainer/define.js';
import type { KannerContactEvent, KannerExitEvent } from '../core/events.js';
import type {
  AudienceId,
  DateAttribute,
  HotlineBannerSticky,
  HotlineBannerVariant,
  KannerCommonAttributes,
  NumberAttribute,
  ParentsForumTarget,
  ParentsForumVariant,
  RightsExplainerAge,
  RightsExplainerGroup,
  RightsExplainerLayout,
  ServiceFinderLayout,
  ServiceFinderNeed,
  ServiceFinderRegion,
} from '../core/elements.js';

/** The widget's properties as React props (camelCase, as on the element). */
export interface KannerHotlineBannerProps extends KannerCommonAttributes {
  variant?: HotlineBannerVariant;
  audience?: AudienceId;
  /** Comma-separated hotline ids, in order. */
  contacts?: string;
  sticky?: HotlineBannerSticky;
  dismissible?: boolean;
  quickExit?: boolean;
  exitHref?: string;
}
export interface KannerQuickExitProps extends KannerCommonAttributes {
  href?: string;
}
export interface KannerServiceFinderProps extends KannerCommonAttributes {
  need?: ServiceFinderNeed;
  audience?: AudienceId;
  region?: ServiceFinderRegion;
  maxResults?: NumberAttribute;
  layout?: ServiceFinderLayout;
}
export interface KannerParentsForumProps extends KannerCommonAttributes {
  variant?: ParentsForumVariant;
  topics?: NumberAttribute;
  target?: ParentsForumTarget;
  date?: DateAttribute;
}
export interface KannerRightsExplainerProps extends KannerCommonAttributes {
  age?: RightsExplainerAge;
  group?: RightsExplainerGroup;
  article?: NumberAttribute;
  layout?: RightsExplainerLayout;
  date?: DateAttribute;
}

export interface KannerContactHandler {
  /** `kanner-contact`: a reader activated a number, e-mail, link or address. */
  onKannerContact?: (event: KannerContactEvent) => void;
}
export interface KannerExitHandler {
  /** `kanner-exit`: the quick exit is leaving the page. */
  onKannerExit?: (event: KannerExitEvent) => void;
}

/** A wrapped widget: its props, the events as `on…` props, the element as `ref`. */
export type KannerReactComponent<El extends HTMLElement, Props> = React.ForwardRefExoticComponent<
  Omit<React.HTMLAttributes<El>, keyof Props> & Props & React.RefAttributes<El>
>;

const contact = { onKannerContact: 'kanner-contact' as EventName<KannerContactEvent> };
const exit = { onKannerExit: 'kanner-exit' as EventName<KannerExitEvent> };

export const KannerHotlineBanner = createComponent({
  react: React,
  tagName: 'kanner-hotline-banner',
  elementClass: HotlineBannerElement,
  events: { ...contact, ...exit },
  displayName: 'KannerHotlineBanner',
}) as unknown as KannerReactComponent<HotlineBannerElement, KannerHotlineBannerProps & KannerContactHandler & KannerExitHandler>;

export const KannerQuickExit = createComponent({
  react: React,
  tagName: 'kanner-quick-exit',
  elementClass: QuickExitElement,
  events: exit,
  displayName: 'KannerQuickExit',
}) as unknown as KannerReactComponent<QuickExitElement, KannerQuickExitProps & KannerExitHandler>;

export const KannerServiceFinder = createComponent({
  react: React,
  tagName: 'kanner-service-finder',
  elementClass: ServiceFinderElement,
  events: contact,
  displayName: 'KannerServiceFinder',
}) as unknown as KannerReactComponent<ServiceFinderElement, KannerServiceFinderProps & KannerContactHandler>;

export const KannerParentsForum = createComponent({
  react: React,
  tagName: 'kanner-parents-forum',
  elementClass: ParentsForumElement,
  events: contact,
  displayName: 'KannerParentsForum',
}) as unknown as KannerReactComponent<ParentsForumElement, KannerParentsForumProps & KannerContactHandler>;

export const KannerRightsExplainer = createComponent({
  react: React,
  tagName: 'kanner-rights-explainer',
  elementClass: RightsExplainerElement,
  events: contact,
  displayName: 'KannerRightsExplainer',
}) as unknown as KannerReactComponent<RightsExplainerElement, KannerRightsExplainerProps & KannerContactHandler>;

export type { KannerContactEvent, KannerExitEvent, KannerContactDetail, KannerExitDetail } from '../core/events.js';
