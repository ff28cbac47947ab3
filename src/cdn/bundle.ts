/**
 * `kanner.bundle.js` — one classic, self-contained file (every widget, the data, every
 * language) for intranets and CMSs that allow a single upload:
 * `<script src="kanner.bundle.js" defer></script>`.
 */
import '../define.js';
