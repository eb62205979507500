// `npm run test:integration`: runs the in-host Mocha suite (test/out/integration/index.js) inside a
// real VS Code — code-server's workbench in Debian's Chromium — with no internet. The web workbench
// honours VS Code's development payload (extensionDevelopmentPath + extensionTestsPath) only when the
// smoke-test driver is on; the suite's output and exit code come back through two page functions.
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium, newWorkbenchPage } from './browser.mjs';
import { createRunDirs, removeRunDirs, startCodeServer } from './code-server.mjs';
import { DEFAULT_LOCALE, browserLocale, prepareDisplayLanguage, requestedLocale } from './display-language.mjs';
import { elapsed, say } from './exec.mjs';
import { ensureCodeServer } from './install.mjs';
import { integrationIndex, integrationWorkspace, repoRoot } from './paths.mjs';

const LABEL = 'integration';
const TIMEOUT_MS = Number(process.env.SIP_LENS_TEST_TIMEOUT_MS ?? 5 * 60_000);

const defaults = {
  extensionPath: repoRoot,
  testsPath: integrationIndex,
  workspace: integrationWorkspace,
  locale: DEFAULT_LOCALE,
  grep: process.env.SIP_LENS_TEST_GREP,
};

/**
 * The title of the suite in test/integration/l10n.test.ts: the one suite the Chinese pass runs when
 * no SIP_LENS_TEST_LOCALE is given. Mocha matches it as a plain substring of each test's full title.
 */
export const DISPLAY_LANGUAGE_SUITE = 'Display language';

function checkBuilt({ extensionPath, testsPath }) {
  const needed =
    extensionPath === repoRoot
      ? [join(repoRoot, 'client', 'dist', 'extension.js'), join(repoRoot, 'server', 'dist', 'server.js'), testsPath]
      : [testsPath];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`not built: ${missing.join(', ')}; run \`npm run build\` first`);
}

/** The tests path must lie inside the development folder, or no extension host picks it up. */
function workbenchUrl(serverUrl, port, { extensionPath, testsPath, workspace }) {
  if (!testsPath.startsWith(`${extensionPath}/`)) throw new Error(`${testsPath} must lie inside ${extensionPath}`);
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  return `${serverUrl}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Workbench chatter that has nothing to do with the suite: offline look-ups (Open VSX, GitHub auth,
 * Copilot's agent host) and connection bookkeeping. It still goes to host.log in the run folder.
 */
const NOISE =
  /^\[(?:ChatModelSelection|AgentHost[^\]]*|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|^(?:Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin)|open-vsx\.org|authentication provider 'github'|api\.github\.com|ENOTFOUND|ERR_NAME_NOT_RESOLVED/;

/**
 * Returns the `codeAutomationLog(level, args)` receiver: it formats the args as console.log would
 * (Mocha's reporter logs format strings such as "%d passing (%s)"), keeps everything in host.log and
 * prints all but the noise.
 */
function hostLogPrinter(logFile) {
  const log = createWriteStream(logFile, { flags: 'a' });
  return (level, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    log.write(`[${level}] ${text}\n`);
    if (!NOISE.test(text)) process.stdout.write(`${text}\n`);
  };
}

/**
 * Exposes `codeAutomationExit` on the page (before navigation, or the workbench never sees it) and
 * returns `{ finished }`, a promise of the suite's exit code that rejects when the suite does not finish in time.
 */
async function exposeSuiteExit(page) {
  let settle;
  const finished = new Promise((resolveExit, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the suite did not finish within ${TIMEOUT_MS / 1000}s`)),
      TIMEOUT_MS,
    );
    settle = (code) => {
      clearTimeout(timer);
      resolveExit(Number(code));
    };
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(code));
  // Wrapped, because returning a promise from an async function would make the caller await the suite.
  return { finished };
}

/**
 * `npm run test:integration`: the whole suite in English, then the display-language suite again in a
 * VS Code set to Chinese. `SIP_LENS_TEST_LOCALE` runs the suite once, in that language only. A
 * `SIP_LENS_TEST_GREP` that cannot match the display-language suite skips the Chinese pass.
 * @returns {Promise<number>} 0 when every pass passed.
 */
export async function runIntegrationPasses() {
  const locale = requestedLocale();
  if (locale) return runIntegration({ locale });
  const english = await runIntegration({ locale: DEFAULT_LOCALE });
  const grep = defaults.grep;
  if (grep && !DISPLAY_LANGUAGE_SUITE.includes(grep)) {
    say(LABEL, `SIP_LENS_TEST_GREP="${grep}" leaves out "${DISPLAY_LANGUAGE_SUITE}": no zh-cn pass`);
    return english;
  }
  const chinese = await runIntegration({ locale: 'zh-cn', grep: grep ?? DISPLAY_LANGUAGE_SUITE });
  return english !== 0 ? english : chinese;
}

/** What the extension host needs to know: the Mocha grep and the display language the run set. */
function suiteEnv({ locale, grep }) {
  return { SIP_LENS_TEST_LOCALE: locale, ...(grep ? { SIP_LENS_TEST_GREP: grep } : {}) };
}

/**
 * @param {{ extensionPath?: string, testsPath?: string, workspace?: string, locale?: string,
 *   grep?: string }} [overrides] defaults: this repository, test/out/integration/index.js,
 *   test/integration/workspace, English and SIP_LENS_TEST_GREP
 * @returns {Promise<number>} the process exit code: 0 when every test passed.
 */
export async function runIntegration(overrides = {}) {
  const target = { ...defaults, ...overrides };
  checkBuilt(target);
  await ensureCodeServer();
  const startedAt = Date.now();
  const dirs = createRunDirs(target.locale === DEFAULT_LOCALE ? 'integration' : `integration-${target.locale}`);
  let server;
  let browser;
  let exitCode = 1;
  try {
    const languageArgs = await prepareDisplayLanguage(dirs, target.locale);
    server = await startCodeServer({
      dirs,
      folder: target.workspace,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver', ...languageArgs],
      env: suiteEnv(target),
    });
    say(LABEL, `code-server (display language ${target.locale}) listening at ${server.url} (${elapsed(startedAt)})`);
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser, { locale: browserLocale(target.locale) });
    await page.exposeFunction('codeAutomationLog', hostLogPrinter(join(dirs.root, 'host.log')));
    const { finished } = await exposeSuiteExit(page);
    await page.goto(workbenchUrl(server.url, server.port, target));
    say(LABEL, 'workbench opened; waiting for the extension host to run the suite');
    exitCode = await finished;
    say(LABEL, `suite ${exitCode === 0 ? 'passed' : `failed (exit code ${exitCode})`} in ${elapsed(startedAt)}`);
  } catch (error) {
    say(LABEL, `error: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (exitCode === 0) removeRunDirs(dirs);
    else say(LABEL, `kept logs in ${dirs.root} (code-server.log, host.log, user-data/logs)`);
  }
  return exitCode;
}
