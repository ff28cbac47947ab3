// Headless Debian Chromium for the benchmarks (puppeteer-core, no browser download).
import puppeteer from 'puppeteer-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';

export function launch() {
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}
