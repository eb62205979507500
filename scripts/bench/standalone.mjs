// What the single-measure entry points (calls.mjs, callsView.mjs, cap.mjs) share: the repository's
// paths, a numeric flag, and the main benchmark's generated log, reused when it is already there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLog } from './generate.mjs';
import { MB } from './options.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = join(ROOT, 'bench/out');
export const SERVER = join(ROOT, 'server/dist/server.js');

/** The value after `name` on the command line, a positive number; `fallback` when absent. */
export function numberFlag(name, fallback) {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!(value > 0)) {
    console.error(`bench: ${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

/** The log run.mjs generates for `sizeMb` (same file, same seed), generated only when missing. */
export function benchLog(sizeMb) {
  const path = join(OUT_DIR, `sip-${sizeMb}mb.log`);
  if (!existsSync(path)) writeLog(path, Math.round(sizeMb * MB));
  return { path, text: readFileSync(path, 'utf8') };
}
