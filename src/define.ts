/** Registers every kanner-widgets tag (guarded: loading twice never throws). */
import './components/kanner-hotline-banner/define.js';
import './components/kanner-quick-exit/define.js';
import './components/kanner-service-finder/define.js';
import './components/kanner-rights-explainer/define.js';
import './components/kanner-parents-forum/define.js';

export * from './index.js';
