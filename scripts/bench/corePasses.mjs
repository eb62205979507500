// CPU time of each pass of the analysis core (analyze(): line index, ANSI mask, start lines, message
// building, status codes, calls) on a generated log, for this checkout and optionally a reference
// commit, run interleaved in one process (warm, on a collected heap): medians and minimums of the runs
// (process.cpuUsage, so the collector's helper threads count).
//
//   node scripts/bench/corePasses.mjs [--size 50] [--runs 7] [--ref <commit>]
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateLog } from './generate.mjs';
import { bundleSources } from './inProcess.mjs';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function flag(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

const EXPORTS = [
  "export { maskAnsi } from './server/src/analysis/ansi';",
  "export { LineIndex } from './server/src/analysis/lineIndex';",
  "export { findStartLines } from './server/src/analysis/startLines';",
  "export { buildMessages } from './server/src/analysis/messages';",
  "export { scanCodes } from './server/src/analysis/scanner';",
  "export { groupCalls } from './server/src/analysis/transactions';",
  "export { analyze } from './server/src/analysis';",
];

function cpuMs(fn) {
  const before = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}

function passes(core, text) {
  const times = {};
  const step = (name, fn) => {
    const { ms, result } = cpuMs(fn);
    times[name] = ms;
    return result;
  };
  collectGarbage();
  const lines = step('lineIndex', () => new core.LineIndex(text));
  const masked = step('mask', () => core.maskAnsi(text));
  const starts = step('startLines', () => core.findStartLines(masked, lines));
  const built = step('messages', () => core.buildMessages(masked, lines, starts));
  step('codes', () => core.scanCodes(masked, lines, starts, built));
  step('calls', () => core.groupCalls(built.messages));
  collectGarbage();
  step('analyze', () => core.analyze(text));
  return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const size = Number(flag('--size', '50'));
const runs = Number(flag('--runs', '7'));
const ref = flag('--ref', undefined);
const { text } = generateLog(size * 1024 * 1024);
const cores = [
  ['here', await bundleSources({ root: ROOT, outDir: join(ROOT, 'bench/out'), name: 'passes-here', exports: EXPORTS })],
];
let refDir;
if (ref) {
  refDir = mkdtempSync(join(tmpdir(), 'sip-lens-passes-'));
  execSync(`git archive ${ref} server catalog | tar -x -C ${refDir}`, { cwd: ROOT });
  cores.unshift([
    ref,
    await bundleSources({ root: refDir, outDir: join(ROOT, 'bench/out'), name: 'passes-ref', exports: EXPORTS }),
  ]);
}
try {
  const results = new Map(cores.map(([name]) => [name, []]));
  for (const [, core] of cores) passes(core, text); // warm-up
  for (let run = 0; run < runs; run++) for (const [name, core] of cores) results.get(name).push(passes(core, text));
  for (const [name, all] of results) {
    const keys = Object.keys(all[0]);
    const figure = (key) => {
      const values = all.map((t) => t[key]);
      return `${key} ${median(values).toFixed(0)} (min ${Math.min(...values).toFixed(0)})`;
    };
    console.log(`${name}: ${keys.map(figure).join(', ')} ms CPU, median (min) of ${runs}`);
  }
} finally {
  if (refDir) rmSync(refDir, { recursive: true, force: true });
}
