#!/usr/bin/env node
// `npm run bench`: measures the SIP Lens language server on generated 1, 10 and 50 MB logs (and,
// on the largest, the call summaries, the Calls view and the rules cap), the CLI streaming a
// generated 200 MB and 2 GB log (stream.mjs), the server streaming a generated 1 GB log it reads
// from disk (onDisk.mjs: "Analyse on disk"), and writes the figures to docs/PERFORMANCE.md. A
// script, not a test: it judges targets but never fails on them. Needs the bundled server and CLI
// (`node esbuild.mjs`); needs no network.
//
//   node scripts/bench/run.mjs [--sizes 1,10,50] [--runs N] [--no-write] [--help]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ripgrepVersion } from './baselines.mjs';
import { benchSize } from './benchSize.mjs';
import { CALLS_HEADERS, callsRow, CAP_HEADERS, capRow, MODEL_HEADERS, modelRows } from './callsTables.mjs';
import { describeMachine } from './machine.mjs';
import { parseOptions } from './options.mjs';
import { writeReport } from './performanceDoc.mjs';
import { DATA_HEADERS, dataRow, RESULT_HEADERS, resultRow, textTable } from './tables.mjs';
import { evaluateTargets } from './targets.mjs';
import { measureStream, streamTable, streamTargets } from './stream.mjs';
import { measureOnDisk, onDiskLine, onDiskTargets } from './onDisk.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = join(ROOT, 'server/dist/server.js');
const OUT_DIR = join(ROOT, 'bench/out');
const REPORT = join(ROOT, 'docs/PERFORMANCE.md');

function printResults(results, targets) {
  console.log(`\n${textTable(RESULT_HEADERS, results.map(resultRow))}\n`);
  console.log(`${textTable(DATA_HEADERS, results.map(dataRow))}\n`);
  const calls = results.map(callsRow).filter(Boolean);
  if (calls.length > 0) console.log(`${textTable(CALLS_HEADERS, calls)}\n`);
  const model = results.flatMap(modelRows);
  if (model.length > 0) console.log(`${textTable(MODEL_HEADERS, model)}\n`);
  const cap = results.map(capRow).filter(Boolean);
  if (cap.length > 0) console.log(`${textTable(CAP_HEADERS, cap)}\n`);
  console.log(
    textTable(
      ['target', 'limit', 'measured', 'verdict'],
      targets.map((t) => [t.target, t.limit, t.measured, t.verdict]),
    ),
  );
}

async function main() {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (!existsSync(SERVER)) {
    console.error(`bench: ${SERVER} is missing; build it first (npm run build, or node esbuild.mjs).`);
    process.exit(2);
  }
  const machine = describeMachine(ROOT, ripgrepVersion());
  if (machine.ripgrep === 'not installed')
    console.error('bench: NOTE ripgrep is not installed at /usr/bin/rg; the rg column and its target are skipped.');
  const started = Date.now();
  const results = [];
  const largest = Math.max(...options.sizes);
  for (const sizeMb of options.sizes) {
    const withCalls = sizeMb === largest && !results.some((result) => result.calls);
    results.push(await benchSize(sizeMb, { options, root: ROOT, serverPath: SERVER, outDir: OUT_DIR, withCalls }));
  }
  // The CLI streaming a generated 200 MB and 2 GB log from a temporary file (issue 22).
  const stream =
    options.streamSizes.length > 0
      ? await measureStream({ sizes: options.streamSizes, runs: Math.min(3, options.runs ?? 3) })
      : undefined;
  // The server streaming a generated 1 GB log it reads from disk ("Analyse on disk", issue 22).
  const onDisk = options.onDiskSizes.length > 0 ? await measureOnDisk({ sizes: options.onDiskSizes }) : undefined;
  const targets = [
    ...evaluateTargets(results, ROOT),
    ...(stream ? streamTargets(stream) : []),
    ...(onDisk ? onDiskTargets(onDisk) : []),
  ];
  printResults(results, targets);
  if (stream) console.log(`\n${streamTable(stream)}`);
  for (const row of onDisk?.rows ?? []) console.log(`Analyse on disk, ${onDiskLine(row)}`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    join(OUT_DIR, 'results.json'),
    JSON.stringify({ machine, options, results, stream, onDisk, targets }, null, 2),
  );
  const command = ['node scripts/bench/run.mjs', ...argv].join(' ');
  const seconds = Math.round((Date.now() - started) / 1000);
  if (options.write) writeReport({ path: REPORT, machine, results, stream, targets, command, seconds });
  console.log(
    `\nDone in ${seconds} s. ${options.write ? `Wrote ${REPORT} and` : 'Wrote'} ${join(OUT_DIR, 'results.json')}.`,
  );
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
