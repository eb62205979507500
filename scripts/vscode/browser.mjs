// Debian's Chromium driven by playwright-core. Never `npx playwright install`: it downloads a browser,
// which these machines cannot do. The flags are the ones known to work headless as root, offline.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium; `SIP_LENS_HEADED=1` shows the window on a desktop. */
export async function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (or set SIP_LENS_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: process.env.SIP_LENS_HEADED !== '1',
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A page sized like a laptop screen, so screenshots look like what a person sees. `locale` (a BCP 47
 * tag such as "zh-CN") is the browser's language: its Accept-Language and `navigator.language`.
 */
export async function newWorkbenchPage(browser, { locale } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...(locale ? { locale } : {}) });
  return context.newPage();
}
