/**
 * kanner-widgets in React 19, Preact, Solid and Vue type-checking (hand-written: module
 * augmentations). Loaded from every entry through `elements.d.ts`.
 *
 * Each block names only interfaces that the framework itself declares (they merge) or
 * declares them here, so a project without that framework type-checks too, with or
 * without `skipLibCheck`.
 */
import type { KannerContactEvent, KannerExitEvent } from './events.js';
import type { KannerElementAttributes, KannerJsxProps, KannerVueElement } from './elements.js';
import type { KannerHotlineBanner } from '../components/kanner-hotline-banner/kanner-hotline-banner.js';
import type { KannerQuickExit } from '../components/kanner-quick-exit/kanner-quick-exit.js';
import type { KannerServiceFinder } from '../components/kanner-service-finder/kanner-service-finder.js';
import type { KannerParentsForum } from '../components/kanner-parents-forum/kanner-parents-forum.js';
import type { KannerRightsExplainer } from '../components/kanner-rights-explainer/kanner-rights-explainer.js';

declare module 'react' {
  // Declared by @types/react (these merge); declared here too so that, without React, the
  // names below still resolve. Events: `onkanner-contact`, `onkanner-exit` (React 19 adds
  // a listener for an `on…` prop of a custom element under the name as written).
  interface HTMLAttributes<T> {}
  interface ClassAttributes<T> {}
  namespace JSX {
    interface IntrinsicElements {
      'kanner-hotline-banner': KannerJsxProps<'kanner-hotline-banner', HTMLAttributes<KannerHotlineBanner> & ClassAttributes<KannerHotlineBanner>>;
      'kanner-quick-exit': KannerJsxProps<'kanner-quick-exit', HTMLAttributes<KannerQuickExit> & ClassAttributes<KannerQuickExit>>;
      'kanner-service-finder': KannerJsxProps<'kanner-service-finder', HTMLAttributes<KannerServiceFinder> & ClassAttributes<KannerServiceFinder>>;
      'kanner-parents-forum': KannerJsxProps<'kanner-parents-forum', HTMLAttributes<KannerParentsForum> & ClassAttributes<KannerParentsForum>>;
      'kanner-rights-explainer': KannerJsxProps<'kanner-rights-explainer', HTMLAttributes<KannerRightsExplainer> & ClassAttributes<KannerRightsExplainer>>;
    }
  }
}

declare module 'preact' {
  // Declared by Preact (these merge); declared here too so that, without Preact, the
  // names below still resolve. Events: `onkanner-contact`, `onkanner-exit`.
  interface HTMLAttributes<RefType extends EventTarget = EventTarget> {}
  namespace JSX {
    interface IntrinsicElements {
      'kanner-hotline-banner': KannerJsxProps<'kanner-hotline-banner', HTMLAttributes<KannerHotlineBanner>>;
      'kanner-quick-exit': KannerJsxProps<'kanner-quick-exit', HTMLAttributes<KannerQuickExit>>;
      'kanner-service-finder': KannerJsxProps<'kanner-service-finder', HTMLAttributes<KannerServiceFinder>>;
      'kanner-parents-forum': KannerJsxProps<'kanner-parents-forum', HTMLAttributes<KannerParentsForum>>;
      'kanner-rights-explainer': KannerJsxProps<'kanner-rights-explainer', HTMLAttributes<KannerRightsExplainer>>;
    }
  }
}

declare module 'solid-js' {
  namespace JSX {
    // Declared by Solid (these merge); declared here too so that, without Solid, the names
    // below still resolve. Events: `on:kanner-contact`, `on:kanner-exit`.
    interface HTMLAttributes<T> {}
    interface CustomEvents {
      'kanner-contact': KannerContactEvent;
      'kanner-exit': KannerExitEvent;
    }
    interface IntrinsicElements {
      'kanner-hotline-banner': KannerElementAttributes['kanner-hotline-banner'] & HTMLAttributes<KannerHotlineBanner>;
      'kanner-quick-exit': KannerElementAttributes['kanner-quick-exit'] & HTMLAttributes<KannerQuickExit>;
      'kanner-service-finder': KannerElementAttributes['kanner-service-finder'] & HTMLAttributes<KannerServiceFinder>;
      'kanner-parents-forum': KannerElementAttributes['kanner-parents-forum'] & HTMLAttributes<KannerParentsForum>;
      'kanner-rights-explainer': KannerElementAttributes['kanner-rights-explainer'] & HTMLAttributes<KannerRightsExplainer>;
    }
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'kanner-hotline-banner': KannerVueElement<'kanner-hotline-banner'>;
    'kanner-quick-exit': KannerVueElement<'kanner-quick-exit'>;
    'kanner-service-finder': KannerVueElement<'kanner-service-finder'>;
    'kanner-parents-forum': KannerVueElement<'kanner-parents-forum'>;
    'kanner-rights-explainer': KannerVueElement<'kanner-rights-explainer'>;
  }
}
