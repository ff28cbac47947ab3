// Benchmark probe: marks when the page's scripts start and sums layout shifts on the host page.
window.__scriptStart = performance.now();
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
