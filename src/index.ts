/**
 * kanner-widgets — classes, types and data helpers, with NO registration side effects.
 * Import `kanner-widgets/define` (all tags) or `kanner-widgets/hotline-banner`,
 * `kanner-widgets/quick-exit` (one tag each) to register the elements.
 */
export { KannerHotlineBanner } from './components/kanner-hotline-banner/kanner-hotline-banner.js';
export { KannerQuickExit, DEFAULT_EXIT_HREF } from './components/kanner-quick-exit/kanner-quick-exit.js';
export { KannerParentsForum } from './components/kanner-parents-forum/kanner-parents-forum.js';
export { topicsOfTheDay } from './components/kanner-parents-forum/forum-logic.js';
export { KannerRightsExplainer } from './components/kanner-rights-explainer/kanner-rights-explainer.js';
export { entriesOf, entryForArticle, rightOfTheDay } from './components/kanner-rights-explainer/rights-logic.js';
export { KannerServiceFinder } from './components/kanner-service-finder/kanner-service-finder.js';
export { Finder, fold, REACH, type Criteria, type FinderResult, type Reach } from './components/kanner-service-finder/finder-logic.js';
export { KannerElement, THEMES, type Theme } from './core/kanner-element.js';
export { defineElement, VERSION } from './core/define.js';
export { normalizeLocale, LOCALES, type Locale } from './core/locales.js';
export type { KannerContactDetail, KannerContactEvent, KannerEventMap, KannerExitDetail, KannerExitEvent } from './core/events.js';
export type * from './core/elements.js';
export { openState, publicHolidays, type OpenState } from './data/schedule.js';
export { hotlineEntries, hotlineIds, hotlineSet, telHref, type HotlineEntry } from './data/hotlines.js';
export * from './data/types.js';
