// web-test-runner in Debian's Chromium (/usr/bin/chromium; no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { chromiumArgs as args, executablePath } from './scripts/chromium.mjs';
import { datasetsPlugin } from './test/datasets.mjs';


export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // The tsconfig makes esbuild honour the legacy decorators; target esnext keeps
    // `import … with { type: 'json' }` so Chromium imports JSON natively.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // /__datasets/*.json: broken, script-laden and old datasets for the data-src tests.
    datasetsPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // One page at a time: keyboard tests (Shift×3, Tab order) need the page to have focus.
  concurrency: 1,
};
