// web-test-runner in Debian's Chromium (/usr/bin/chromium; no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { chromiumArgs as args, executablePath } from './scripts/chromium.mjs';
import { datasetsPlugin } from './test/datasets.mjs';

/**
 * Two commands the stock ones lack with puppeteer: media features such as `forced-colors`
 * (emulateMedia passes only colour scheme and motion), and printing the test page to PDF
 * (the print test renders that PDF back with pdfjs-dist and reads its QR codes).
 */
const sessions = new WeakMap();
const kannerCommands = {
  name: 'kanner-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kanner-media-features' && command !== 'kanner-pdf') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'kanner-media-features') {
      // Straight to the DevTools protocol: puppeteer's own helper refuses `forced-colors`.
      // The session stays open: emulation ends with the session that set it.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false, margin: { top: 0, right: 0, bottom: 0, left: 0 }, ...payload });
    return Buffer.from(pdf).toString('base64');
  },
};

/**
 * `set-default-font-size`: the reader's browser font-size setting (Chromium's "font size"
 * in Settings → Appearance), through CDP `Page.setFontSizes`, for the page of the test.
 */
const readerSettings = {
  name: 'kanner-reader-settings',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round((payload.px * 13) / 16) } });
    await cdp.detach();
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    readerSettings,
    // The tsconfig makes esbuild honour the legacy decorators; target esnext keeps
    // `import … with { type: 'json' }` so Chromium imports JSON natively.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // /__datasets/*.json: broken, script-laden and old datasets for the data-src tests.
    datasetsPlugin(),
    kannerCommands,
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // One page at a time: keyboard tests (Shift×3, Tab order) need the page to have focus.
  concurrency: 1,
};
