// `npm start`: SIP Lens in a real VS Code in your browser. Installs the packaged VSIX into the
// cached code-server and serves the samples/ workspace on http://127.0.0.1:8080 until Ctrl+C.
// The profile under .vscode-test/start/ persists between runs (settings, open editors);
// `--fresh` starts from a clean one. Options: --port N (or SIP_LENS_PORT), --fresh, --locale zh-cn
// (or SIP_LENS_TEST_LOCALE: VS Code's display language, see display-language.mjs).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRunDirs, installVsix, startCodeServer } from './code-server.mjs';
import { DEFAULT_LOCALE, TEST_LOCALES, prepareDisplayLanguage, requestedLocale } from './display-language.mjs';
import { say } from './exec.mjs';
import { ensureCodeServer } from './install.mjs';
import { cacheDir, repoRoot, samplesDir } from './paths.mjs';
import { packagedVsix } from './vsix.mjs';

const LABEL = 'start';
const DEFAULT_PORT = 8080;

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, fresh: { type: 'boolean', default: false }, locale: { type: 'string' } },
  });
  const locale = values.locale?.toLowerCase() ?? requestedLocale() ?? DEFAULT_LOCALE;
  if (!TEST_LOCALES.includes(locale)) throw new Error(`--locale must be one of ${TEST_LOCALES.join(', ')}`);
  const port = Number(values.port ?? process.env.SIP_LENS_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a TCP port, got "${values.port}"`);
  return { port, fresh: values.fresh, locale };
}

/** @returns {Promise<number>} code-server's exit code if it stops by itself. */
export async function start(argv) {
  const { port, fresh, locale } = readOptions(argv);
  const vsix = packagedVsix();
  await ensureCodeServer();
  const profile = join(cacheDir, 'start');
  if (fresh) rmSync(profile, { recursive: true, force: true });
  const dirs = createRunDirs('start', profile);
  await installVsix(vsix, dirs);
  say(LABEL, `installed ${vsix.startsWith(repoRoot) ? vsix.slice(repoRoot.length + 1) : vsix}`);
  const languageArgs = await prepareDisplayLanguage(dirs, locale);
  const server = await startCodeServer({ dirs, port, folder: samplesDir, extraArgs: languageArgs });
  const url = `${server.url}?folder=${encodeURIComponent(samplesDir)}`;
  say(LABEL, `SIP Lens is running in VS Code at ${url}`);
  say(LABEL, 'listening on 127.0.0.1 only, without a password; press Ctrl+C to stop');
  // Ctrl+C and SIGTERM are handled in processes.mjs: they kill code-server's whole group.
  const code = await server.exited;
  say(LABEL, `code-server stopped (exit code ${code})`);
  return code;
}
