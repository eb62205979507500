#!/usr/bin/env node
// The cost of the diagnostics cap (issue 22: keep the most severe first, across the document), measured
// without the whole `npm run bench`: on the benchmark's generated log, the median of several runs of
// the whole rules evaluation and of the incremental one after an appended call, at the default cap.
// `--root DIR` bundles the rules from another checkout of the repository, for a before/after figure.
//
//   node --expose-gc scripts/bench/cap.mjs [--size MB] [--runs N] [--root DIR]   (defaults: 50 MB, 7 runs)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { writeLog } from './generate.mjs';
import { MB } from './options.mjs';
import { median } from './timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'bench/out');
const OPTIONS = { overrides: {}, maxFindings: 1000 };
const APPENDED =
  'SIP/2.0 503 Service Unavailable\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKcap\r\nCall-ID: cap-bench\r\nCSeq: 1 INVITE\r\n\r\n';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

/** The analysis and the rules as one ES module, bundled from the sources under `root`. */
async function loadRules(root) {
  const outfile = join(OUT_DIR, `cap-rules-${root === ROOT ? 'here' : 'other'}.mjs`);
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyzeWhole, reanalyze } from './server/src/analysis/incremental';",
        "export { evaluateRuleState } from './server/src/rules/index';",
        "export { updateRuleState } from './server/src/rules/incremental';",
      ].join('\n'),
      resolveDir: root,
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
  const sizeMb = Number(option('--size', 50));
  const runs = Number(option('--runs', 7));
  const root = resolve(option('--root', ROOT));
  mkdirSync(OUT_DIR, { recursive: true });
  const logPath = join(OUT_DIR, `cap-${sizeMb}mb.log`);
  if (!existsSync(logPath)) writeLog(logPath, sizeMb * MB);
  const text = readFileSync(logPath, 'utf8');
  const rules = await loadRules(root);
  const snapshot = rules.analyzeWhole(text);
  const edit = { start: text.length, end: text.length, insertedLength: APPENDED.length };
  const appended = rules.reanalyze(snapshot, text + APPENDED, edit);
  const whole = [];
  const incremental = [];
  let state;
  for (let i = 0; i < runs; i++) {
    const evaluated = time(() => rules.evaluateRuleState(snapshot.analysis, OPTIONS));
    whole.push(evaluated.ms);
    state = evaluated.result;
    incremental.push(time(() => rules.updateRuleState(state, appended.analysis, appended.change, OPTIONS)).ms);
  }
  const { totals, findings, overflow } = state;
  console.log(`rules from ${root}, ${sizeMb} MB log, ${runs} runs, cap ${OPTIONS.maxFindings}`);
  console.log(`findings: ${JSON.stringify(totals)}; shown ${findings.length}, hidden ${overflow?.hidden ?? 0}`);
  console.log(
    `shown by severity: ${JSON.stringify(countBy(findings))}; last shown at offset ${findings.at(-1)?.offset}`,
  );
  console.log(`whole evaluation: median ${median(whole).toFixed(1)} ms, fastest ${Math.min(...whole).toFixed(1)} ms`);
  console.log(
    `incremental after an append: median ${median(incremental).toFixed(2)} ms, fastest ${Math.min(...incremental).toFixed(2)} ms`,
  );
}

function countBy(findings) {
  const counts = {};
  for (const { severity } of findings) counts[severity] = (counts[severity] ?? 0) + 1;
  return counts;
}

await main();
