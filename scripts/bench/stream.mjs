#!/usr/bin/env node
// Issue 22's CLI figures: `sip-lens check` streaming generated logs of 200 MB and 2 GB from a
// temporary file (never kept: deleted after), its throughput and peak RSS, beside `rg -c` on the
// same file. `run.mjs` calls `measureStream`; run alone it prints the table and, with --write,
// replaces the stream section of docs/PERFORMANCE.md (between its markers):
//
//   node scripts/bench/stream.mjs [--sizes 200,2048] [--runs N] [--write]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeRipgrep } from './baselines.mjs';
import { megabytes, ms, ratio } from './format.mjs';
import { logPieces } from './generate.mjs';
import { MB } from './options.mjs';
import { markdownTable, textTable } from './tables.mjs';
import { median, now } from './timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'server/dist/cli.js');
const TIME = '/usr/bin/time';
const DEFAULT_SIZES = [200, 2048];
/** Issue 22's targets: throughput on the 2 GB log, and peak RSS at both sizes. */
const TARGET_MB_PER_S = 150;
const TARGET_RSS = 200 * MB;

export const STREAM_START = '<!-- stream:start -->';
export const STREAM_END = '<!-- stream:end -->';

/** Writes about `sizeMb` MB of the benchmark's log to `path`, piece by piece (2 GB is no string). */
export async function writeBigLog(path, sizeMb) {
  const out = createWriteStream(path, { highWaterMark: 4 * MB });
  let pending = [];
  let pendingLength = 0;
  for (const piece of logPieces(sizeMb * MB)) {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength < 4 * MB) continue;
    if (!out.write(pending.join(''))) await new Promise((done) => out.once('drain', done));
    pending = [];
    pendingLength = 0;
  }
  out.write(pending.join(''));
  await new Promise((done, fail) => out.end((error) => (error ? fail(error) : done())));
}

/**
 * One `sip-lens check FILE > /dev/null`: wall time, CPU time (user + system: on a shared machine
 * the wall time says as much about the neighbours), peak RSS (GNU time's %M), exit status.
 */
function checkOnce(file) {
  const started = now();
  const result = spawnSync(TIME, ['-f', '%M %U %S', process.execPath, CLI, 'check', file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  const wallMs = now() - started;
  const lines = result.stderr.trim().split('\n');
  const [rssKb, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  // 0: no error-level finding, 1: some; anything else is a failure of the run.
  const ok = result.status === 0 || result.status === 1;
  const cpuMs = (user + system) * 1000;
  return {
    wallMs,
    cpuMs,
    rss: Number.isFinite(rssKb) ? rssKb * 1024 : undefined,
    ok,
    error: ok ? undefined : result.stderr,
  };
}

function freeBytes(dir) {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** Measures `check` on each size; medians of `runs` runs (the highest peak RSS). */
export async function measureStream({ sizes = DEFAULT_SIZES, runs = 3, log = console.error } = {}) {
  if (!existsSync(CLI)) return { problem: `${CLI} is missing: build first` };
  if (!existsSync(TIME)) return { problem: `${TIME} is not installed: no peak RSS` };
  const rows = [];
  for (const sizeMb of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'sip-lens-stream-bench-'));
    try {
      if (freeBytes(dir) < sizeMb * MB * 1.5) {
        rows.push({ sizeMb, problem: `not enough room in ${tmpdir()} for ${sizeMb} MB` });
        continue;
      }
      const file = join(dir, `generated-${sizeMb}mb.log`);
      log(`stream: writing a ${sizeMb} MB log to ${file}`);
      await writeBigLog(file, sizeMb);
      const bytes = statfsSync(dir) && readSize(file);
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const sample = checkOnce(file);
        log(
          `stream: ${sizeMb} MB run ${run + 1}: ${ms(sample.wallMs)} (CPU ${ms(sample.cpuMs)}), peak RSS ${megabytes(sample.rss)}`,
        );
        if (!sample.ok) {
          rows.push({ sizeMb, bytes, problem: `check failed: ${sample.error?.slice(0, 200)}` });
          break;
        }
        samples.push(sample);
      }
      if (samples.length < runs) continue;
      const wallMs = median(samples.map((s) => s.wallMs));
      const cpuMs = median(samples.map((s) => s.cpuMs));
      const rss = Math.max(...samples.map((s) => s.rss ?? 0));
      const ripgrep = timeRipgrep(file, runs, 600_000);
      const mbPerS = bytes / MB / (wallMs / 1000);
      const cpuMbPerS = bytes / MB / (cpuMs / 1000);
      rows.push({ sizeMb, bytes, wallMs, cpuMs, mbPerS, cpuMbPerS, rss, rgMs: ripgrep?.ms, runs });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows };
}

function readSize(file) {
  return Number(spawnSync('stat', ['-c', '%s', file], { encoding: 'utf8' }).stdout.trim());
}

const HEADERS = [
  'log',
  'check (wall)',
  'throughput',
  'CPU time',
  'per CPU second',
  'peak RSS',
  'rg -c',
  'vs rg',
  'runs',
];

function rowCells(row) {
  if (row.problem) return [`${row.sizeMb} MB`, row.problem, '', '', '', '', '', '', ''];
  return [
    megabytes(row.bytes),
    ms(row.wallMs),
    `${row.mbPerS.toFixed(0)} MB/s`,
    ms(row.cpuMs),
    `${row.cpuMbPerS.toFixed(0)} MB/s`,
    megabytes(row.rss),
    ms(row.rgMs) ?? 'n/a',
    ratio(row.wallMs, row.rgMs) ?? 'n/a',
    String(row.runs),
  ];
}

/** Issue 22's CLI targets, judged from this run's rows. */
export function streamTargets(stream) {
  const rows = stream?.rows?.filter((row) => !row.problem) ?? [];
  const biggest = rows[rows.length - 1];
  const throughput = biggest
    ? {
        measured: `${biggest.mbPerS.toFixed(0)} MB/s at ${megabytes(biggest.bytes)} (${biggest.cpuMbPerS.toFixed(0)} MB/s of CPU)`,
        verdict: biggest.mbPerS >= TARGET_MB_PER_S ? 'met' : 'missed',
      }
    : { measured: stream?.problem ?? 'not measured', verdict: 'not measured' };
  const peak = rows.length === 0 ? undefined : Math.max(...rows.map((row) => row.rss));
  const memory = rows.length
    ? {
        measured: rows.map((row) => `${megabytes(row.rss)} at ${megabytes(row.bytes)}`).join(', '),
        verdict: peak <= TARGET_RSS ? 'met' : 'missed',
      }
    : { measured: stream?.problem ?? 'not measured', verdict: 'not measured' };
  return [
    { target: 'CLI `check` throughput, 2 GB generated log', limit: `≥ ${TARGET_MB_PER_S} MB/s`, ...throughput },
    { target: 'CLI `check` peak RSS, 200 MB and 2 GB logs', limit: `≤ ${megabytes(TARGET_RSS)}, both`, ...memory },
  ];
}

const METHOD = `How these are measured (\`scripts/bench/stream.mjs\`, which also runs alone): the benchmark's
generator writes the log piece by piece to a temporary file (deleted afterwards, never committed);
\`sip-lens check FILE\` runs with its output to /dev/null under GNU time, which gives the peak RSS
(\`%M\`); **check (wall)** is the median of the runs, process start included, and **throughput** the
log's size over it; **CPU time** is the median user + system time (GNU time's \`%U\` + \`%S\`) and
**per CPU second** the size over it, the figure to read on a shared machine, where the wall time
also counts the neighbours' work. **rg -c** is \`rg -c 'SIP/2.0 [1-6][0-9][0-9]'\` on the same file. The CLI reads
the log as a stream (server/src/stream): windows of about 1 M characters analysed one at a time,
calls kept as compact facts until idle, findings written as soon as nothing can come before them;
\`check\` runs in a worker thread whose heap is capped (server/src/cli/worker.ts), so the peak RSS
counts Node's main thread, the worker and its heap.`;

/** The report's stream section (Markdown lines between its markers). */
export function streamSection(stream) {
  if (!stream) return [];
  const rows = stream.rows ?? [];
  const body = rows.length ? markdownTable(HEADERS, rows.map(rowCells)) : `Not measured: ${stream.problem}.`;
  return [STREAM_START, '### CLI `check` on big logs (streaming)', '', body, '', METHOD, '', STREAM_END];
}

/** The console's table of the figures, or why there are none. */
export function streamTable(stream) {
  return stream.problem ? `stream: ${stream.problem}` : textTable(HEADERS, stream.rows.map(rowCells));
}

function parseArgs(argv) {
  const options = { sizes: DEFAULT_SIZES, runs: 3, write: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--write') options.write = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

/** Replaces the stream section of the report in place (it must be there: run.mjs writes it). */
function writeSection(path, stream) {
  const text = readFileSync(path, 'utf8');
  const [start, end] = [text.indexOf(STREAM_START), text.indexOf(STREAM_END)];
  const section = streamSection(stream).join('\n');
  const next =
    start === -1 || end === -1
      ? `${text.trimEnd()}\n\n${section}\n`
      : text.slice(0, start) + section + text.slice(end + STREAM_END.length);
  writeFileSync(path, next);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const stream = await measureStream(options);
  console.log(`\n${streamTable(stream)}\n`);
  const targets = streamTargets(stream);
  console.log(
    textTable(
      ['target', 'limit', 'measured', 'verdict'],
      targets.map((t) => [t.target, t.limit, t.measured, t.verdict]),
    ),
  );
  if (options.write) writeSection(join(ROOT, 'docs/PERFORMANCE.md'), stream);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`stream bench: ${error.stack ?? error}`);
    process.exit(1);
  });
}
