/**
 * `kanner.js` — the one `<script type="module">` a webmaster pastes. It registers only
 * the tags present on the page (now, or added later), loading each widget's code — and,
 * when a widget connects, only its page's language — as chunks from beside itself.
 */
import { widgetLoaders } from './widgets.js';

const pending = new Map(Object.entries(widgetLoaders));

function scan(): void {
  for (const [tag, load] of pending) {
    if (document.getElementsByTagName(tag).length) {
      pending.delete(tag);
      load().catch((error: unknown) => console.warn(`[kanner-widgets] could not load <${tag}>:`, error));
    }
  }
  if (pending.size === 0) observer?.disconnect();
}

let observer: MutationObserver | undefined;
if (typeof document !== 'undefined') {
  scan();
  if (pending.size) {
    observer = new MutationObserver(scan);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
