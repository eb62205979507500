#!/usr/bin/env node
// `npm run test:e2e`: UI tests against the PACKAGED extension. Installs sip-lens-<version>.vsix into
// a fresh code-server (the shipped artifact, not the source tree), opens the fixture workspace in
// Debian's Chromium and drives it like a person. Exit code 1 when any test fails.
//
// The tests photograph the steps the README shows. A test run keeps those pictures in its own
// run folder under the ignored .vscode-test/ (deleted when every test passes), so `npm test` never
// changes tracked files; `npm run screenshots` (this script with --screenshots) runs the same steps
// and writes them to docs/images/ instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newWorkbenchPage } from '../../scripts/vscode/browser.mjs';
import { createRunDirs, installVsix, removeRunDirs, startCodeServer } from '../../scripts/vscode/code-server.mjs';
import { elapsed, say } from '../../scripts/vscode/exec.mjs';
import { ensureCodeServer } from '../../scripts/vscode/install.mjs';
import { integrationWorkspace, repoRoot } from '../../scripts/vscode/paths.mjs';
import { packagedVsix } from '../../scripts/vscode/vsix.mjs';
import { createRunner } from './runner.mjs';
import { registerTests } from './ui.tests.mjs';
import { openWorkbench } from './workbench.mjs';

const LABEL = 'e2e';
const WRITE_DOCS_IMAGES = process.argv.includes('--screenshots');

async function main() {
  const vsix = packagedVsix();
  await ensureCodeServer();
  const startedAt = Date.now();
  const dirs = createRunDirs('e2e');
  const imagesDir = WRITE_DOCS_IMAGES ? join(repoRoot, 'docs', 'images') : join(dirs.root, 'images');
  mkdirSync(imagesDir, { recursive: true });
  let server;
  let browser;
  let failed = 1;
  try {
    await installVsix(vsix, dirs);
    say(LABEL, `installed ${vsix}`);
    server = await startCodeServer({ dirs, folder: integrationWorkspace });
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openWorkbench(page, server.url, integrationWorkspace);
    say(LABEL, `workbench ready at ${server.url} (${elapsed(startedAt)})`);
    const runner = createRunner();
    registerTests(runner);
    failed = await runner.run({ page, dialogs, workspace: integrationWorkspace, imagesDir, runDir: dirs.root });
    say(LABEL, `done in ${elapsed(startedAt)}`);
    if (WRITE_DOCS_IMAGES)
      say(
        LABEL,
        failed === 0
          ? `screenshots written to ${imagesDir}`
          : 'some steps failed: check docs/images/ before committing',
      );
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (failed === 0) removeRunDirs(dirs);
    else say(LABEL, `kept logs and failure screenshots in ${dirs.root}`);
  }
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  say(LABEL, error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
