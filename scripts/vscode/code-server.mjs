// Starting and stopping code-server, and installing a VSIX into it. Each run gets fresh user-data and
// extensions dirs, because state left by an earlier run changes what the workbench does.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerCommand, node24Env } from './install.mjs';
import { runsDir } from './paths.mjs';
import { stopGroup, trackGroup } from './processes.mjs';

const READY_TIMEOUT_MS = 90_000;

/** Asks the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Creates `<root>/user-data` and `<root>/extensions`; a fresh temporary root unless one is given.
 * A failed run keeps its folder for its logs until the next run of the same kind replaces it.
 */
export function createRunDirs(prefix, root) {
  mkdirSync(runsDir, { recursive: true });
  if (!root) {
    for (const old of readdirSync(runsDir).filter((name) => name.startsWith(`${prefix}-`))) {
      rmSync(join(runsDir, old), { recursive: true, force: true });
    }
  }
  root ??= mkdtempSync(join(runsDir, `${prefix}-`));
  const dirs = { root, userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions') };
  mkdirSync(dirs.userDataDir, { recursive: true });
  mkdirSync(dirs.extensionsDir, { recursive: true });
  writeUserSettings(dirs);
  return dirs;
}

/**
 * A quiet workbench: no welcome page, no chat side bar, no recommendation toasts. Offline, these
 * only cover the editor in screenshots and steal focus from the keys a test presses.
 */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Writes the user settings.json code-server reads from `<user-data-dir>/User/`, unless one exists:
 * a persistent `npm start` profile keeps whatever the person changed.
 */
export function writeUserSettings(dirs, extra = {}) {
  const userDir = join(dirs.userDataDir, 'User');
  const file = join(userDir, 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(userDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2)}\n`);
}

export function removeRunDirs(dirs) {
  rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
}

function dirArgs(dirs) {
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/**
 * Spawns code-server in its own process group, so stopping it can take its helpers along.
 * Output goes to `<run root>/code-server.log`; `onLine` sees each line too. `env` reaches the
 * extension host too, which inherits the server's environment.
 */
function spawnCodeServer(args, dirs, onLine, env = {}) {
  const { command, entry } = codeServerCommand();
  const child = spawn(command, [entry, ...args], {
    env: node24Env(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackGroup(child.pid);
  const log = createWriteStream(join(dirs.root, 'code-server.log'), { flags: 'a' });
  const lines = [];
  const onData = (chunk) => {
    log.write(chunk);
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      onLine?.(line);
    }
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('close', () => log.end());
  return { child, lines };
}

/** Installs a packaged VSIX the way a user would (`--install-extension`), and checks it said so. */
export function installVsix(vsixPath, dirs) {
  return new Promise((resolveInstall, reject) => {
    const { child, lines } = spawnCodeServer([...dirArgs(dirs), '--force', '--install-extension', vsixPath], dirs);
    child.on('close', async (code) => {
      await stopGroup(child.pid, 500);
      const output = lines.join('\n');
      if (code === 0 && /successfully installed/i.test(output)) resolveInstall(output);
      else reject(new Error(`installing ${vsixPath} failed (exit ${code}):\n${output}`));
    });
  });
}

/**
 * @typedef {object} CodeServer
 * @property {string} url
 * @property {number} port
 * @property {number} pid
 * @property {string[]} lines
 * @property {Promise<number>} exited
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server on 127.0.0.1:<port> with `folder` open and resolves once it listens.
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ dirs, port, folder, extraArgs = [], env = {}, onLine }) {
  const listenPort = port ?? (await freePort());
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${listenPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...dirArgs(dirs),
    ...extraArgs,
    ...(folder ? [folder] : []),
  ];
  const { child, lines } = spawnCodeServer(args, dirs, onLine, env);
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0))),
  );
  const stop = () => stopGroup(child.pid);
  try {
    await waitForListening(child, lines, listenPort);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${listenPort}/`, port: listenPort, pid: child.pid, lines, exited, stop };
}

function waitForListening(child, lines, port) {
  const ready = `HTTP server listening on http://127.0.0.1:${port}`;
  return new Promise((resolveReady, reject) => {
    const onExit = (code, signal) => fail(`exited early (${signal ?? `exit ${code}`})`);
    const fail = (why) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`code-server ${why}:\n${lines.slice(-30).join('\n')}`));
    };
    const poll = setInterval(() => {
      if (lines.some((line) => line.includes(ready))) {
        clearInterval(poll);
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveReady();
      }
    }, 100);
    const timer = setTimeout(
      () => fail(`did not listen on port ${port} within ${READY_TIMEOUT_MS / 1000}s`),
      READY_TIMEOUT_MS,
    );
    child.once('exit', onExit);
  });
}
