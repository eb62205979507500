// In-process measures of the analysis core: bundles the TypeScript sources of a checkout into one
// ES module with esbuild (the core needs no LSP), and times a function on a collected heap.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { now } from './timing.mjs';

// The bench runs without --expose-gc; this gives it `gc` all the same (the flag is read when a
// context is created), so each timed call starts on a heap without the previous call's garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/**
 * Bundles `exports` (lines such as "export { analyze } from './server/src/analysis';", relative to
 * `root`) into `outDir/<name>.mjs` and imports it. A fresh name per root keeps two checkouts apart.
 */
export async function bundleSources({ root, outDir, name, exports }) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}.mjs`);
  await esbuild.build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  // The query defeats the module cache when a standalone run rebundles the same file name.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Wall time of `fn()` after a full collection, and what it returned. */
export function timed(fn) {
  collectGarbage();
  const start = now();
  const result = fn();
  return { ms: now() - start, result };
}
