/**
 * The public element types of kanner-widgets, for TypeScript users of any framework.
 *
 * - `HTMLElementTagNameMap`: `document.createElement('kanner-service-finder')` and
 *   `querySelector('kanner-hotline-banner')` return the widget's class.
 * - Attribute types: unions of the allowed ids, taken from the `as const` arrays the widgets
 *   validate against (`NEEDS`, `AUDIENCES`, `CANTONS`, the variants and layouts), so a new id
 *   in those arrays is typed everywhere at once. Numeric attributes accept numbers.
 * - JSX: the tags and their attributes in React 19 (`React.JSX.IntrinsicElements`), Preact
 *   and Solid; Vue's `GlobalComponents`. Events: `onkanner-contact` (React 19, Preact),
 *   `on:kanner-contact` (Solid), `@kanner-contact` (Vue).
 *
 * Every entry of the package loads these declarations (the base element's published
 * declaration imports them, see scripts/types-postbuild.mjs), so
 * `import 'kanner-widgets/hotline-banner'` alone types every tag and event.
 * The framework blocks name only interfaces that the framework already declares (they merge)
 * or that this file declares itself, so a project without React, Preact, Solid or Vue
 * type-checks too, with or without `skipLibCheck`.
 */
/// <reference path="./frameworks.d.ts" preserve="true" />
import type { KannerContactEvent, KannerExitEvent } from './events.js';
import type { Theme } from './kanner-element.js';
import type { AUDIENCES, CANTONS, NEEDS, READING_LEVELS, RIGHTS_GROUPS } from '../data/types.js';
import type { KannerHotlineBanner, STICKY, VARIANTS as BANNER_VARIANTS } from '../components/kanner-hotline-banner/kanner-hotline-banner.js';
import type { KannerQuickExit } from '../components/kanner-quick-exit/kanner-quick-exit.js';
import type { KannerServiceFinder, LAYOUTS as FINDER_LAYOUTS } from '../components/kanner-service-finder/kanner-service-finder.js';
import type { KannerParentsForum, TARGETS, VARIANTS as FORUM_VARIANTS } from '../components/kanner-parents-forum/kanner-parents-forum.js';
import type { KannerRightsExplainer, LAYOUTS as RIGHTS_LAYOUTS } from '../components/kanner-rights-explainer/kanner-rights-explainer.js';

/** A whole number, as a number or as the attribute's text. */
export type NumberAttribute = number | `${number}`;
/** A day, `YYYY-MM-DD`. */
export type DateAttribute = `${number}-${number}-${number}`;

/** `<kanner-hotline-banner variant>` */
export type HotlineBannerVariant = (typeof BANNER_VARIANTS)[number];
/** `<kanner-hotline-banner sticky>` */
export type HotlineBannerSticky = (typeof STICKY)[number];
/** `audience` of the banner and the finder. */
export type AudienceId = (typeof AUDIENCES)[number];
/** `<kanner-service-finder need>` — a need id of the dataset's taxonomy. */
export type ServiceFinderNeed = (typeof NEEDS)[number];
/** `<kanner-service-finder region>` — one of the 12 cantons. */
export type ServiceFinderRegion = (typeof CANTONS)[number];
/** `<kanner-service-finder layout>` */
export type ServiceFinderLayout = (typeof FINDER_LAYOUTS)[number];
/** `<kanner-parents-forum variant>` */
export type ParentsForumVariant = (typeof FORUM_VARIANTS)[number];
/** `<kanner-parents-forum target>` */
export type ParentsForumTarget = (typeof TARGETS)[number];
/** `<kanner-rights-explainer age>` — the reading level. */
export type RightsExplainerAge = (typeof READING_LEVELS)[number];
/** `<kanner-rights-explainer group>` */
export type RightsExplainerGroup = (typeof RIGHTS_GROUPS)[number] | 'all';
/** `<kanner-rights-explainer layout>` */
export type RightsExplainerLayout = (typeof RIGHTS_LAYOUTS)[number];

/** Attributes every widget has. */
export interface KannerCommonAttributes {
  /** `auto` (default: follows `prefers-color-scheme`), `light` or `dark`. */
  theme?: Theme;
  /** The widget's language (`en`, `fr`, `de`, `lb`, `pt`; regional tags map); else inherited. */
  lang?: string;
}

export interface KannerHotlineBannerAttributes extends KannerCommonAttributes {
  variant?: HotlineBannerVariant;
  audience?: AudienceId;
  /** Comma-separated hotline ids, in order: `112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure`. */
  contacts?: string;
  sticky?: HotlineBannerSticky;
  dismissible?: boolean;
  'quick-exit'?: boolean;
  /** An http(s) URL for the built-in quick exit. */
  'exit-href'?: string;
}

export interface KannerQuickExitAttributes extends KannerCommonAttributes {
  /** The neutral page to go to (http(s) only). */
  href?: string;
}

export interface KannerServiceFinderAttributes extends KannerCommonAttributes {
  need?: ServiceFinderNeed;
  audience?: AudienceId;
  region?: ServiceFinderRegion;
  /** A positive whole number. */
  'max-results'?: NumberAttribute;
  layout?: ServiceFinderLayout;
}

export interface KannerParentsForumAttributes extends KannerCommonAttributes {
  variant?: ParentsForumVariant;
  /** How many example themes (0 for none). */
  topics?: NumberAttribute;
  target?: ParentsForumTarget;
  date?: DateAttribute;
}

export interface KannerRightsExplainerAttributes extends KannerCommonAttributes {
  age?: RightsExplainerAge;
  group?: RightsExplainerGroup;
  /** An article number, 1–54. */
  article?: NumberAttribute;
  layout?: RightsExplainerLayout;
  date?: DateAttribute;
}

/** Every tag and its attributes (the names as written in HTML). */
export interface KannerElementAttributes {
  'kanner-hotline-banner': KannerHotlineBannerAttributes;
  'kanner-quick-exit': KannerQuickExitAttributes;
  'kanner-service-finder': KannerServiceFinderAttributes;
  'kanner-parents-forum': KannerParentsForumAttributes;
  'kanner-rights-explainer': KannerRightsExplainerAttributes;
}

/** Every tag and its class. */
export interface KannerElementClasses {
  'kanner-hotline-banner': KannerHotlineBanner;
  'kanner-quick-exit': KannerQuickExit;
  'kanner-service-finder': KannerServiceFinder;
  'kanner-parents-forum': KannerParentsForum;
  'kanner-rights-explainer': KannerRightsExplainer;
}

/** The events each tag fires. */
export interface KannerElementEvents {
  'kanner-hotline-banner': { 'kanner-contact': KannerContactEvent; 'kanner-exit': KannerExitEvent };
  'kanner-quick-exit': { 'kanner-exit': KannerExitEvent };
  'kanner-service-finder': { 'kanner-contact': KannerContactEvent };
  'kanner-parents-forum': { 'kanner-contact': KannerContactEvent };
  'kanner-rights-explainer': { 'kanner-contact': KannerContactEvent };
}

/** `on<event>` handlers as React 19 and Preact spell them for custom elements (`onkanner-contact`). */
export type KannerLowercaseHandlers<Tag extends keyof KannerElementEvents> = {
  [E in keyof KannerElementEvents[Tag] & string as `on${E}`]?: (event: KannerElementEvents[Tag][E]) => void;
};

/** `onKannerContact`-style handlers (Vue's `@kanner-contact`, the React wrappers). */
export type KannerCamelHandlers<Tag extends keyof KannerElementEvents> = {
  [E in keyof KannerElementEvents[Tag] & string as `on${Camel<E>}`]?: (event: KannerElementEvents[Tag][E]) => void;
};
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${Capitalize<H>}${Camel<Capitalize<T>>}` : Capitalize<S>;

/** A tag in React 19 / Preact JSX: its attributes, `onkanner-contact`-style handlers, and the framework's own props `T`. */
export type KannerJsxProps<Tag extends keyof KannerElementClasses, T> = KannerElementAttributes[Tag] & KannerLowercaseHandlers<Tag> & T;

declare global {
  interface HTMLElementTagNameMap extends KannerElementClasses {}
}

/** A tag as Vue's template type-checker sees it: its attributes, `@kanner-contact`, the element for `ref`. */
export type KannerVueElement<Tag extends keyof KannerElementClasses> = new () => KannerElementClasses[Tag] & {
  $props: KannerElementAttributes[Tag] & KannerCamelHandlers<Tag>;
};

