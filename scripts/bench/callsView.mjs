#!/usr/bin/env node
// The Calls view's figures against the real bundled server (issue 20: every call listed within 300 ms
// after the diagnostics arrive; an appended line updates the view in under 50 ms), without the whole
// `npm run bench`: on the benchmark's generated log, the first `sipLens/calls` after the diagnostics
// (summaries and rows of every call), the same request again (cached), a hover sent while the first
// one runs (the summaries must not hold the server), and, after each of a few appends, the time from
// didChange to `sipLens/callsChanged` and to the rows of the new version (asked with `since`, as the client does).
//
//   npm run build && node scripts/bench/callsView.mjs [--size MB] [--appends N]   (defaults: 50 MB, 5)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { advance, endPosition } from './documentPositions.mjs';
import { writeLog } from './generate.mjs';
import { startSession } from './lspSession.mjs';
import { MB } from './options.mjs';
import { appendedText, measureOpen } from './serverMeasures.mjs';
import { median, now, withTimeout } from './timing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'bench/out');
const SERVER = join(ROOT, 'server/dist/server.js');
const TIMEOUT_MS = 120_000;
/** The request and notification names of catalog/src/protocol.ts (CallsRequest, CallsChangedNotification). */
const CALLS_REQUEST = 'sipLens/calls';
const CALLS_CHANGED = 'sipLens/callsChanged';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!(value > 0)) {
    console.error(`calls view bench: ${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

/** Resolves with the next callsChanged for `uri` at `version`. */
function callsChanged(session, uri, version) {
  return new Promise((resolveChanged) => {
    const subscription = session.connection.onNotification(CALLS_CHANGED, (params) => {
      if (params.uri !== uri || params.version !== version) return;
      subscription.dispose();
      resolveChanged(now());
    });
  });
}

/** One `sipLens/calls` round trip; with `since`, as the client asks after an append (only the rows that changed). */
async function timedRows(session, uri, since) {
  const started = now();
  const params = since === undefined ? { uri } : { uri, since };
  const result = await withTimeout(session.connection.sendRequest(CALLS_REQUEST, params), TIMEOUT_MS, 'calls');
  return { ms: now() - started, rows: result?.rows.length ?? 0, version: result?.version };
}

/** The first rows after the diagnostics, with a hover on the first line sent right behind the request. */
async function firstRows(session, uri) {
  const rows = timedRows(session, uri);
  const hoverStarted = now();
  const hover = session.connection
    .sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })
    .then(() => now() - hoverStarted);
  return { first: await rows, hoverMs: await hover };
}

async function appends(session, uri, text, count) {
  const changed = [];
  const rows = [];
  const sent = [];
  let end = endPosition(text);
  for (let i = 0; i < count; i++) {
    const version = 2 + i;
    const inserted = i === 0 && !text.endsWith('\n') ? `\n${appendedText(i)}` : appendedText(i);
    const change = { range: { start: end, end }, text: inserted };
    end = advance(end, inserted);
    const started = now();
    const notified = callsChanged(session, uri, version);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    changed.push((await withTimeout(notified, TIMEOUT_MS, 'append -> callsChanged')) - started);
    const answer = await timedRows(session, uri, version - 1);
    rows.push(answer.ms);
    sent.push(answer.rows);
  }
  return { changed, rows, sent };
}

async function main() {
  const sizeMb = option('--size', 50);
  const count = option('--appends', 5);
  if (!existsSync(SERVER)) throw new Error('build first: npm run build');
  mkdirSync(OUT_DIR, { recursive: true });
  const logPath = join(OUT_DIR, `calls-${sizeMb}mb.log`);
  if (!existsSync(logPath)) writeLog(logPath, Math.round(sizeMb * MB));
  const text = readFileSync(logPath, 'utf8');
  const uri = pathToFileURL(logPath).href;
  const session = await startSession(SERVER, TIMEOUT_MS);
  try {
    const opened = await measureOpen(session, { uri, text, timeoutMs: TIMEOUT_MS });
    const { first, hoverMs } = await firstRows(session, uri);
    const again = await timedRows(session, uri);
    const tail = await appends(session, uri, text, count);
    console.log(`log: ${logPath} (${(text.length / MB).toFixed(1)} MB)`);
    console.log(`  didOpen -> diagnostics                 ${opened.openMs.toFixed(0)} ms`);
    console.log(
      `  calls rows after diagnostics (first)   ${first.ms.toFixed(0)} ms, ${first.rows} rows (target: 300 ms)`,
    );
    console.log(`  hover sent behind that request         ${hoverMs.toFixed(0)} ms`);
    console.log(`  calls rows again (cached)              ${again.ms.toFixed(0)} ms`);
    console.log(`  append -> callsChanged (median of ${count})  ${median(tail.changed).toFixed(0)} ms`);
    console.log(
      `  rows of the appended version (median)  ${median(tail.rows).toFixed(0)} ms, ${median(tail.sent)} rows sent (target: 50 ms)`,
    );
  } finally {
    await session.stop();
  }
}

main().catch((error) => {
  console.error(`calls view bench: ${error.stack ?? error}`);
  process.exit(1);
});
