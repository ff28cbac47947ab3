// After a web-test-runner run, prints one plain line "wtr: N passed, N failed" (wtr's
// own summary is a progress bar). A test file that could not load counts as a failure.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = failed = skipped = 0;
      for (const session of sessions) {
        const before = passed + failed + skipped;
        if (session.testResults) walk(session.testResults);
        const ran = passed + failed + skipped - before;
        if (!session.passed && ran === 0) failed += 1;
      }
    },
    stop() {
      console.log(`wtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
