#!/usr/bin/env node
// The cost of the call summaries (issue 20: at most 10% on top of the analysis), measured without
// the whole `npm run bench`: on the benchmark's generated log, the median of several runs of
// `analyze` alone against `analyze` followed by `summarizeCalls` (and, apart, `callStatistics`).
//
//   node scripts/bench/calls.mjs [--size MB] [--runs N]      (defaults: 50 MB, 5 runs)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { writeLog } from './generate.mjs';
import { MB } from './options.mjs';
import { median } from './timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'bench/out');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!(value > 0)) {
    console.error(`calls bench: ${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

/** The analysis core and the calls layer as one ES module, bundled from the sources. */
async function loadCore() {
  const outfile = join(OUT_DIR, 'calls-core.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze, LineIndex } from './server/src/analysis';",
        "export { summarizeCalls, callStatistics } from './server/src/calls';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

function time(fn) {
  globalThis.gc?.();
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

async function main() {
  const sizeMb = option('--size', 50);
  const runs = option('--runs', 5);
  mkdirSync(OUT_DIR, { recursive: true });
  const logPath = join(OUT_DIR, `calls-${sizeMb}mb.log`);
  if (!existsSync(logPath)) writeLog(logPath, Math.round(sizeMb * MB));
  const text = readFileSync(logPath, 'utf8');
  const core = await loadCore();
  // One warm-up of each, so that both paths run optimised code.
  core.summarizeCalls(text, core.analyze(text));
  const alone = [];
  const withSummaries = [];
  const summariesOnly = [];
  const statistics = [];
  const timings = [];
  let calls = 0;
  for (let run = 0; run < runs; run++) {
    alone.push(time(() => core.analyze(text)).ms);
    // Back to back, as the server would run them: the summaries also pay for collecting the analysis's garbage.
    const both = time(() => {
      const lines = new core.LineIndex(text);
      const analysis = core.analyze(text, { lineIndex: lines });
      return { analysis, lines, summaries: core.summarizeCalls(text, analysis, lines) };
    });
    withSummaries.push(both.ms);
    const { analysis, lines } = both.result;
    // Apart, on a collected heap: the summaries' own cost.
    const summarised = time(() => core.summarizeCalls(text, analysis, lines));
    summariesOnly.push(summarised.ms);
    calls = summarised.result.length;
    // Every call's timing read (each is read on demand), as the statistics and a full CSV need.
    timings.push(time(() => summarised.result.forEach((call) => call.timing)).ms);
    statistics.push(time(() => core.callStatistics(analysis, summarised.result)).ms);
  }
  const base = median(alone);
  const summaries = median(summariesOnly);
  console.log(`log: ${logPath} (${(text.length / MB).toFixed(1)} MB, ${calls} calls), ${runs} runs, medians:`);
  console.log(`  analyze alone                    ${base.toFixed(0)} ms`);
  console.log(`  analyze + summarizeCalls         ${median(withSummaries).toFixed(0)} ms`);
  console.log(`  summarizeCalls alone (after gc)  ${summaries.toFixed(0)} ms`);
  console.log(`  every call's timing (on demand)  ${median(timings).toFixed(0)} ms`);
  console.log(`  callStatistics, timings read     ${median(statistics).toFixed(0)} ms`);
  console.log(`  summaries / analysis             ${((summaries / base) * 100).toFixed(1)} % (target: at most 10 %)`);
  const full = summaries + median(timings);
  console.log(`  (summaries + timings) / analysis ${((full / base) * 100).toFixed(1)} %`);
  console.log(`  (analyze + summaries) / analyze  ${((median(withSummaries) / base - 1) * 100).toFixed(1)} % extra`);
}

main().catch((error) => {
  console.error(`calls bench: ${error.stack ?? error}`);
  process.exit(1);
});
