/** Every tag the script-tag files know, and the module that registers it. */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'kanner-hotline-banner': () => import('../components/kanner-hotline-banner/define.js'),
  'kanner-quick-exit': () => import('../components/kanner-quick-exit/define.js'),
  'kanner-service-finder': () => import('../components/kanner-service-finder/define.js'),
  'kanner-rights-explainer': () => import('../components/kanner-rights-explainer/define.js'),
  'kanner-parents-forum': () => import('../components/kanner-parents-forum/define.js'),
};
