#!/usr/bin/env node
// Issue 22's "Analyse on disk" figure: the server streaming a generated log it reads from disk
// (logs over 100 MB, server/src/pipeline/onDisk.ts), over stdio as an editor would ask it: time to
// the first diagnostics, to the end, the longest wait of another request meanwhile, and the
// server's peak RSS. The log is written to a temporary file and deleted after.
//
//   node scripts/bench/onDisk.mjs [--sizes 200,1024]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { megabytes, ms } from './format.mjs';
import { peakRss, startSession } from './lspSession.mjs';
import { MB } from './options.mjs';
import { writeBigLog } from './stream.mjs';
import { median, now } from './timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = join(ROOT, 'server/dist/server.js');
const DEFAULT_SIZES = [1024];
/** Issue 22's target for a 1 GB log. */
export const TARGET_FIRST_MS = 10_000;
/** How often another request is sent while the log streams, to time the server's answers. */
const PROBE_EVERY_MS = 100;

/** One streamed analysis of `file` in a fresh server. */
async function analyseOnce(file) {
  const session = await startSession(SERVER, 30_000);
  try {
    const uri = pathToFileURL(file).toString();
    const started = now();
    let firstMs;
    const first = session.nextDiagnostics(uri, (params) => params.diagnostics.length > 0);
    void first.then(() => (firstMs = now() - started));
    // Another document's request, again and again: how long the server keeps it waiting.
    let probing = true;
    const waits = [];
    const probe = async () => {
      while (probing) {
        const sent = now();
        await session.connection.sendRequest('sipLens/analysisStats', { uri: 'file:///other.log' });
        waits.push({ at: sent - started, ms: now() - sent });
        await new Promise((done) => setTimeout(done, PROBE_EVERY_MS));
      }
    };
    const probing1 = probe();
    const result = await session.connection.sendRequest('sipLens/analyseOnDisk', { uri });
    const endMs = now() - started;
    probing = false;
    await probing1;
    await first;
    if (process.env.SIP_LENS_BENCH_WAITS) console.error(waits.filter((w) => w.ms > 100));
    const longestWaitMs = Math.max(0, ...waits.map((w) => w.ms));
    const medianWaitMs = median(waits.map((w) => w.ms));
    const cpuMs = cpuTimeMs(session.child.pid);
    return { result, firstMs, endMs, longestWaitMs, medianWaitMs, cpuMs, rss: peakRss(session.child.pid) };
  } finally {
    await session.stop();
  }
}

/** User + system CPU time of a live process so far (/proc/<pid>/stat, in clock ticks of 10 ms), or undefined. */
function cpuTimeMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export async function measureOnDisk({ sizes = DEFAULT_SIZES, log = console.error } = {}) {
  if (!existsSync(SERVER)) return { problem: `${SERVER} is missing: build first` };
  const rows = [];
  for (const sizeMb of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'sip-lens-on-disk-bench-'));
    try {
      const file = join(dir, `generated-${sizeMb}mb.log`);
      log(`on disk: writing a ${sizeMb} MB log to ${file}`);
      await writeBigLog(file, sizeMb);
      const bytes = statSync(file).size;
      const run = await analyseOnce(file);
      if (run.result.outcome !== 'read') rows.push({ sizeMb, bytes, problem: JSON.stringify(run.result) });
      else rows.push({ sizeMb, bytes, ...run });
      log(`on disk: ${sizeMb} MB ${onDiskLine(rows[rows.length - 1])}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows };
}

/** "first diagnostics 1.2 s, all 41.0 s, ..." for one row. */
export function onDiskLine(row) {
  if (row.problem) return row.problem;
  return (
    `${megabytes(row.bytes)}: first diagnostics ${ms(row.firstMs)}, all ${ms(row.endMs)}` +
    ` (${(row.bytes / MB / (row.endMs / 1000)).toFixed(0)} MB/s; server CPU ${ms(row.cpuMs)}), another request waited ${ms(row.medianWaitMs)} (median), at most ${ms(row.longestWaitMs)},` +
    ` server peak RSS ${megabytes(row.rss)}`
  );
}

/** Issue 22's target row, judged from the biggest log measured. */
export function onDiskTargets(onDisk) {
  const row = onDisk?.rows?.filter((r) => !r.problem).at(-1);
  const measured = row ? onDiskLine(row) : (onDisk?.problem ?? 'not measured');
  const verdict = !row ? 'not measured' : row.firstMs <= TARGET_FIRST_MS ? 'met' : 'missed';
  return [
    { target: '"Analyse on disk", 1 GB log, first diagnostics', limit: `≤ ${ms(TARGET_FIRST_MS)}`, measured, verdict },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at > 0 ? process.argv[at + 1].split(',').map(Number) : DEFAULT_SIZES;
  const { rows, problem } = await measureOnDisk({ sizes });
  if (problem) console.log(problem);
  for (const row of rows ?? []) console.log(`Analyse on disk, ${onDiskLine(row)}`);
}
