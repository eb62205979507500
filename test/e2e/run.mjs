#!/usr/bin/env node
// `npm run test:e2e`: UI tests against the PACKAGED extension. Installs sip-lens-<version>.vsix into
// a fresh code-server (the shipped artifact, not the source tree), opens the fixture workspace in
// Debian's Chromium and drives it like a person. Exit code 1 when any test fails.
//
// Two passes, each with its own code-server: the UI tests in English, then the Chinese scenario in a
// VS Code whose display language is zh-cn (scripts/vscode/display-language.mjs).
// `SIP_LENS_TEST_LOCALE=en` or `=zh-cn` runs one pass only.
//
// The tests photograph the steps the README shows. A test run keeps those pictures in its own
// run folder under the ignored .vscode-test/ (deleted when every test passes), so `npm test` never
// changes tracked files; `npm run screenshots` (this script with --screenshots) runs the same steps
// and writes them to docs/images/ instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newWorkbenchPage } from '../../scripts/vscode/browser.mjs';
import { createRunDirs, installVsix, removeRunDirs, startCodeServer } from '../../scripts/vscode/code-server.mjs';
import {
  DEFAULT_LOCALE,
  browserLocale,
  prepareDisplayLanguage,
  requestedLocale,
} from '../../scripts/vscode/display-language.mjs';
import { elapsed, say } from '../../scripts/vscode/exec.mjs';
import { ensureCodeServer } from '../../scripts/vscode/install.mjs';
import { integrationWorkspace, repoRoot } from '../../scripts/vscode/paths.mjs';
import { packagedVsix } from '../../scripts/vscode/vsix.mjs';
import { createRunner } from './runner.mjs';
import { registerChineseTests } from './ui-zh-cn.tests.mjs';
import { registerTests } from './ui.tests.mjs';
import { openWorkbench } from './workbench.mjs';

const LABEL = 'e2e';
const WRITE_DOCS_IMAGES = process.argv.includes('--screenshots');

/** The tests each display language runs. */
const PASSES = { [DEFAULT_LOCALE]: registerTests, 'zh-cn': registerChineseTests };

/** Runs one language's tests in a fresh code-server; returns how many passed and failed. */
async function runPass(vsix, locale) {
  const startedAt = Date.now();
  const dirs = createRunDirs(locale === DEFAULT_LOCALE ? 'e2e' : `e2e-${locale}`);
  const imagesDir = WRITE_DOCS_IMAGES ? join(repoRoot, 'docs', 'images') : join(dirs.root, 'images');
  mkdirSync(imagesDir, { recursive: true });
  let server;
  let browser;
  let counts = { passed: 0, failed: 1 };
  try {
    await installVsix(vsix, dirs);
    say(LABEL, `installed ${vsix}`);
    const languageArgs = await prepareDisplayLanguage(dirs, locale);
    server = await startCodeServer({ dirs, folder: integrationWorkspace, extraArgs: languageArgs });
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser, { locale: browserLocale(locale) });
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openWorkbench(page, server.url, integrationWorkspace);
    say(LABEL, `workbench (display language ${locale}) ready at ${server.url} (${elapsed(startedAt)})`);
    const runner = createRunner();
    PASSES[locale](runner);
    counts = await runner.run({ page, dialogs, workspace: integrationWorkspace, imagesDir, runDir: dirs.root });
    say(LABEL, `${locale} done in ${elapsed(startedAt)}`);
    if (WRITE_DOCS_IMAGES)
      say(
        LABEL,
        counts.failed === 0
          ? `screenshots written to ${imagesDir}`
          : 'some steps failed: check docs/images/ before committing',
      );
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (counts.failed === 0) removeRunDirs(dirs);
    else say(LABEL, `kept logs and failure screenshots in ${dirs.root}`);
  }
  return counts;
}

async function main() {
  const vsix = packagedVsix();
  await ensureCodeServer();
  const requested = requestedLocale();
  const locales = requested ? [requested] : Object.keys(PASSES);
  const total = { passed: 0, failed: 0 };
  for (const locale of locales) {
    const { passed, failed } = await runPass(vsix, locale);
    total.passed += passed;
    total.failed += failed;
  }
  if (locales.length > 1) console.log(`\ntotal: ${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  say(LABEL, error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
