/**
 * Issue 22 over LSP: a large document's progress begins when the server receives it (before any
 * slice is analysed), the user can stop its analysis and start it again, and a log the editor
 * never handed over is read from disk ("Analyse on disk"): whole, gzipped, then what was appended;
 * past a limit (small here) it is streamed, with progress and cancel, at any size.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalyseAgainRequest,
  AnalyseOnDiskRequest,
  AnalysisProgressNotification,
  CallsChangedNotification,
  CallsRequest,
  CallStatisticsRequest,
  CancelAnalysisRequest,
  ForgetOnDiskRequest,
  type AnalysisProgressParams,
  type CallRow,
} from '../../catalog/src/protocol';
import { analyze } from '../../server/src/analysis';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { PROGRESS_MIN_CHARS } from '../../server/src/pipeline/analysisProgress';
import { evaluateRules } from '../../server/src/rules';
import { openDocument, REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';
import { failedCalls } from '../support/callLogs';

const SLOW = { timeout: 60_000 };

/**
 * What the server says about progress, and the diagnostics of the documents `watch`ed, in arrival
 * order (diagnostics through a waiter that never resolves: the handle owns that notification).
 */
function record(server: ServerHandle) {
  const events: Array<{ progress?: AnalysisProgressParams; diagnostics?: PublishDiagnosticsParams }> = [];
  server.connection.onNotification(AnalysisProgressNotification.method, (progress: AnalysisProgressParams) => {
    events.push({ progress });
  });
  const watch = (uri: string) => {
    void server.waitForDiagnostics(uri, (diagnostics) => (events.push({ diagnostics }), false));
  };
  const progressOf = (uri: string) => events.flatMap((e) => (e.progress?.uri === uri ? [e.progress] : []));
  const waitFor = async (uri: string, state: AnalysisProgressParams['state']) => {
    for (;;) {
      const found = progressOf(uri).find((p) => p.state === state);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { events, progressOf, waitFor, watch };
}

const OPTIONS = { analysisProgress: true };
/** Every finding published (no overflow notice), so counts compare with a one-shot evaluation. */
const UNCAPPED = { maxDiagnostics: 100_000 };
const expectedFindings = (text: string) =>
  evaluateRules(analyze(text), { overrides: {}, maxFindings: 100_000 }).findings;

describe('progress from the moment a large document arrives', () => {
  let server: ServerHandle;
  let seen: ReturnType<typeof record>;
  before(async () => {
    server = await startServer(UNCAPPED, { workDoneProgress: true }, undefined, undefined, OPTIONS);
    seen = record(server);
    server.connection.onRequest('window/workDoneProgress/create', () => assert.fail('no work done progress asked'));
  });
  after(() => server.stop());

  it('begins before any slice is reported or any diagnostic sent, and ends after the diagnostics', SLOW, async () => {
    const uri = 'file:///virtual/progress-at-open.log';
    seen.watch(uri);
    const sentAt = performance.timeOrigin + performance.now();
    const published = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text: failedCalls(PROGRESS_MIN_CHARS * 1.2) },
    });
    await published;
    await seen.waitFor(uri, 'end');
    const mine = seen.events.filter((e) => (e.progress ?? e.diagnostics)?.uri === uri);
    const begin = mine[0]?.progress;
    assert.equal(begin?.state, 'begin', JSON.stringify(mine.slice(0, 3)));
    assert.equal(begin?.phase, 'analysing');
    assert.equal(begin?.percentage, 0);
    // Same machine, same clock: the server says when it received the text.
    assert.ok((begin?.receivedAt ?? 0) >= sentAt - 1000 && (begin?.receivedAt ?? 0) < sentAt + 60_000);
    const reports = mine.flatMap((e) => (e.progress?.state === 'report' ? [e.progress.percentage ?? -1] : []));
    assert.ok(reports.length >= 1 && reports.every((p) => p > 0 && p < 100), JSON.stringify(reports));
    const published1 = mine.findIndex((e) => (e.diagnostics?.diagnostics.length ?? 0) > 0);
    const ended = mine.findIndex((e) => e.progress?.state === 'end');
    assert.ok(published1 > 0 && ended > published1, 'the end follows the diagnostics');
  });

  it('stops when cancelled, publishes nothing of the part analysed, and analyses again on request', SLOW, async () => {
    const uri = 'file:///virtual/cancelled.log';
    seen.watch(uri);
    const text = failedCalls(PROGRESS_MIN_CHARS * 1.5, 'x');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    await seen.waitFor(uri, 'begin');
    assert.equal(await server.connection.sendRequest(CancelAnalysisRequest, { uri }), true);
    await seen.waitFor(uri, 'cancelled');
    // A request after the cancel is answered after it: by then a publication of the part would have been sent.
    await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 5, character: 9 },
    });
    const diagnostics = seen.events.flatMap((e) => (e.diagnostics?.uri === uri ? [e.diagnostics.diagnostics] : []));
    assert.ok(diagnostics.length >= 1 && diagnostics.every((list) => list.length === 0), 'only an empty list');
    assert.equal(await server.connection.sendRequest(CancelAnalysisRequest, { uri }), false, 'nothing left to stop');
    const published = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.equal(await server.connection.sendRequest(AnalyseAgainRequest, { uri }), true);
    const { diagnostics: found } = await published;
    assert.equal(found.length, expectedFindings(text).length);
  });
});

describe('work done progress for other editors', () => {
  it('is cancellable, and cancelling it stops the analysis', SLOW, async () => {
    const server = await startServer({}, { workDoneProgress: true });
    try {
      const tokens: unknown[] = [];
      const progress: Array<{ kind: string; cancellable?: boolean }> = [];
      server.connection.onRequest('window/workDoneProgress/create', (params: { token: unknown }) => {
        tokens.push(params.token);
        return null;
      });
      server.connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
        progress.push(params.value);
      });
      const published: PublishDiagnosticsParams[] = [];
      const uri = 'file:///virtual/work-done-cancel.log';
      void server.waitForDiagnostics(uri, (p) => (published.push(p), false));
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'log', version: 1, text: failedCalls(PROGRESS_MIN_CHARS * 1.5, 'w') },
      });
      while (!progress.some((p) => p.kind === 'begin')) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(progress[0]?.cancellable, true);
      await server.connection.sendNotification('window/workDoneProgress/cancel', { token: tokens[0] });
      while (!progress.some((p) => p.kind === 'end')) await new Promise((resolve) => setTimeout(resolve, 5));
      await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 5, character: 9 },
      });
      assert.ok(published.filter((p) => p.uri === uri).every((p) => p.diagnostics.length === 0));
    } finally {
      await server.stop();
    }
  });
});

describe('Analyse on disk', () => {
  let server: ServerHandle;
  let seen: ReturnType<typeof record>;
  let dir: string;
  before(async () => {
    server = await startServer(UNCAPPED, undefined, undefined, undefined, OPTIONS);
    seen = record(server);
    dir = mkdtempSync(join(tmpdir(), 'sip-lens-on-disk-'));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the file’s diagnostics, lists its calls, and follows what is appended', SLOW, async () => {
    const path = join(dir, 'big one.log');
    const text = failedCalls(300_000);
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    const first = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const result = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    assert.deepEqual(result, { outcome: 'read', version: 1, bytes: Buffer.byteLength(text) });
    const { diagnostics } = await first;
    const expected = expectedFindings(text);
    assert.equal(diagnostics.length, expected.length);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      expected.map((f) => f.rule),
    );
    const calls = await server.connection.sendRequest(CallsRequest, { uri });
    assert.equal(calls?.rows.length, analyze(text).calls.length);
    // Appended: version 2, read from where the last read ended.
    const more = failedCalls(2_000, 'more');
    appendFileSync(path, more);
    const second = server.waitForDiagnostics(uri, (p) => p.version === 2);
    const again = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    assert.deepEqual(again, { outcome: 'read', version: 2, bytes: Buffer.byteLength(text + more) });
    assert.equal((await second).diagnostics.length, expectedFindings(text + more).length);
    // Nothing new: the same version, nothing analysed.
    assert.equal((await server.connection.sendRequest(AnalyseOnDiskRequest, { uri })).version, 2);
    // Rewritten (rotated): read whole again.
    writeFileSync(path, more);
    const third = server.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.equal((await server.connection.sendRequest(AnalyseOnDiskRequest, { uri })).version, 3);
    assert.equal((await third).diagnostics.length, expectedFindings(more).length);
    // Forgotten: its diagnostics are cleared and its calls unknown.
    const cleared = server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.equal(await server.connection.sendRequest(ForgetOnDiskRequest, { uri }), true);
    await cleared;
    assert.equal(await server.connection.sendRequest(CallsRequest, { uri }), null);
  });

  it('reads a .gz log as its text, showing progress while it reads', SLOW, async () => {
    const path = join(dir, 'rotated.log.gz');
    const text = failedCalls(200_000, 'gz');
    writeFileSync(path, gzipSync(text));
    const uri = pathToFileURL(path).toString();
    const published = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const result = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    assert.equal(result.outcome, 'read');
    assert.equal((await published).diagnostics.length, expectedFindings(text).length);
    await seen.waitFor(uri, 'end');
    const states = seen.progressOf(uri).map((p) => `${p.state}:${p.phase}`);
    assert.equal(states[0], 'begin:reading');
    assert.ok(states.includes('end:analysing'), states.join(' '));
  });

  it('says why it cannot read: a missing file, bad gzip data, a file that is not on this disk', SLOW, async () => {
    const missing = pathToFileURL(join(dir, 'gone.log')).toString();
    const gone = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri: missing });
    assert.equal(gone.outcome, 'failed');
    assert.match(gone.message ?? '', /^cannot read '.*gone\.log': no such file$/u);
    const bad = join(dir, 'bad.log.gz');
    writeFileSync(bad, gzipSync('INVITE sip:a@b SIP/2.0\n').subarray(0, 12));
    const truncated = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri: pathToFileURL(bad).toString() });
    assert.match(truncated.message ?? '', /the gzip data ends early/u);
    const remote = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri: 'vscode-remote://host/x.log' });
    assert.equal(remote.outcome, 'failed');
  });
});

describe('Analyse on disk, streamed (logs too big to hold whole)', () => {
  /** Logs of 1 MiB or more are streamed here (about a hundred by default). */
  const STREAM_FROM = 1024 * 1024;
  const CAP = 30;
  /** Rows listed for a streamed log here (20,000 by default): a log of 2 MiB has more calls. */
  const ROWS = 4_000;
  let server: ServerHandle;
  let seen: ReturnType<typeof record>;
  let dir: string;
  before(async () => {
    server = await startServer({ maxDiagnostics: CAP }, undefined, undefined, undefined, {
      ...OPTIONS,
      streamOnDiskFromBytes: STREAM_FROM,
      streamedCallRows: ROWS,
    });
    seen = record(server);
    dir = mkdtempSync(join(tmpdir(), 'sip-lens-streamed-'));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The whole text's diagnostics (capped as the server's), each with its place in the file. */
  const expected = (text: string) => {
    const document = TextDocument.create('file:///x.log', 'log', 1, text);
    return toDiagnostics(document, evaluateRules(analyze(text), { overrides: {}, maxFindings: CAP }));
  };
  const placed = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }));

  it(
    'streams a log over the limit with progress: the whole text’s diagnostics at their lines, its calls capped',
    SLOW,
    async () => {
      const path = join(dir, 'streamed.log');
      const text = failedCalls(2.5 * STREAM_FROM, 's');
      writeFileSync(path, text);
      const uri = pathToFileURL(path).toString();
      seen.watch(uri);
      const result = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
      assert.deepEqual(result, {
        outcome: 'read',
        version: 1,
        bytes: Buffer.byteLength(text),
        streamed: { wholeUpToBytes: STREAM_FROM },
      });
      await seen.waitFor(uri, 'end');
      const published = seen.events.flatMap((e) => (e.diagnostics?.uri === uri ? [e.diagnostics] : []));
      const last = published.at(-1);
      assert.equal(last?.version, 1);
      assert.deepEqual(placed(last?.diagnostics ?? []), placed(expected(text)));
      assert.match(String(last?.diagnostics[0]?.message), new RegExp(`^${CAP} of [\\d,]+ findings shown`, 'u'));
      const states = seen.progressOf(uri).map((p) => `${p.state}:${p.phase}`);
      assert.equal(states[0], 'begin:analysing');
      assert.equal(states.at(-1), 'end:analysing');
      const listed = await server.connection.sendRequest(CallsRequest, { uri });
      assert.equal(listed?.rows.length, ROWS);
      assert.ok((listed?.listed?.calls ?? 0) > ROWS, `${listed?.listed?.calls} calls`);
      // Unchanged: nothing streamed again. Appended: streamed again, version 2, the whole new text's findings.
      assert.equal((await server.connection.sendRequest(AnalyseOnDiskRequest, { uri })).version, 1);
      const more = failedCalls(3_000, 'more').replaceAll('603 Decline', '500 Server Internal Error');
      appendFileSync(path, more);
      const second = server.waitForDiagnostics(uri, (p) => p.version === 2);
      assert.equal((await server.connection.sendRequest(AnalyseOnDiskRequest, { uri })).version, 2);
      assert.deepEqual(placed((await second).diagnostics), placed(expected(text + more)));
      const cleared = server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.equal(await server.connection.sendRequest(ForgetOnDiskRequest, { uri }), true);
      await cleared;
    },
  );

  /** The rows and statistics of `text` opened as an ordinary document named `name` (the whole-text path). */
  const ordinary = async (text: string, name: string) => {
    const uri = await openDocument(server, text, 'log', name);
    const rows = (await server.connection.sendRequest(CallsRequest, { uri }))?.rows ?? [];
    const statistics = await server.connection.sendRequest(CallStatisticsRequest, { uri });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { rows, statistics };
  };
  /** Timed calls (the statistics' RFC 6076 metrics), then INVITEs: one in three declined, the others answered. */
  const mixedLog = (chars: number, tag: string) =>
    readFileSync(join(REPO_ROOT, 'test/integration/workspace/call-outcomes.log'), 'utf8') +
    failedCalls(chars, tag).replaceAll('503 Service Unavailable', '200 OK').replaceAll('486 Busy Here', '200 OK');

  it('lists a streamed log’s calls and statistics as an ordinary document of its text does', SLOW, async () => {
    const text = mixedLog(1.05 * STREAM_FROM, 'rows');
    const path = join(dir, 'listed.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    const changed = new Promise<void>((resolve) => {
      const subscription = server.connection.onNotification(CallsChangedNotification, (params) => {
        if (params.uri !== uri) return;
        subscription.dispose();
        resolve();
      });
    });
    assert.deepEqual((await server.connection.sendRequest(AnalyseOnDiskRequest, { uri })).streamed, {
      wholeUpToBytes: STREAM_FROM,
    });
    await changed;
    const whole = await ordinary(text, 'listed.log');
    assert.ok(whole.rows.length > 2_000 && whole.rows.length < ROWS, `${whole.rows.length} calls`);
    const streamed = await server.connection.sendRequest(CallsRequest, { uri });
    assert.deepEqual(streamed, { version: 1, rows: whole.rows }, 'every row, none left out');
    // Selecting a row reveals its first message: the INVITE's line in the file.
    const lines = text.split('\n');
    const row = streamed?.rows.at(-1);
    assert.match(lines[row?.line ?? 0] ?? '', /^INVITE sip:\d+@example\.com SIP\/2\.0$/u);
    const statistics = await server.connection.sendRequest(CallStatisticsRequest, { uri });
    assert.deepEqual(statistics, whole.statistics);
    assert.match(String(statistics?.text), /Session Request Delay \(SRD\), RFC 6076 §4\.3: \d+ ms/u);
    await server.connection.sendRequest(ForgetOnDiskRequest, { uri });
    assert.equal(await server.connection.sendRequest(CallsRequest, { uri }), null, 'forgotten with the log');
  });

  it('lists at most the cap of a streamed log’s calls, failed ones first, and says how many it has', SLOW, async () => {
    const text = mixedLog(2.2 * STREAM_FROM, 'capped');
    const path = join(dir, 'capped.log');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    const whole = await ordinary(text, 'capped.log');
    const failed = whole.rows.filter((row) => row.failed);
    assert.ok(failed.length < ROWS && whole.rows.length > ROWS, `${failed.length} of ${whole.rows.length} failed`);
    const streamed = await server.connection.sendRequest(CallsRequest, { uri });
    assert.deepEqual(streamed?.listed, { calls: whole.rows.length, failed: failed.length, ended: true });
    // Every failed call, and the first of the others to fill the cap, in the log's order.
    const others = new Set(whole.rows.filter((row) => !row.failed).slice(0, ROWS - failed.length));
    const kept = whole.rows.filter((row: CallRow) => row.failed || others.has(row));
    assert.deepEqual(streamed?.rows, kept);
    // The statistics count every call, listed or not.
    assert.deepEqual(await server.connection.sendRequest(CallStatisticsRequest, { uri }), whole.statistics);
    await server.connection.sendRequest(ForgetOnDiskRequest, { uri });
  });

  it('streams a .gz log whose text is over the limit, found while reading it', SLOW, async () => {
    const path = join(dir, 'rotated.log.gz');
    const big = failedCalls(1.5 * STREAM_FROM, 'gz');
    const small = failedCalls(2_000, 'last');
    const text = big + small;
    // Two members (as `cat a.gz b.gz`): the trailer gives only the last one's size, under the limit,
    // so the server starts a whole read and turns to the stream once the text passes the limit.
    writeFileSync(path, Buffer.concat([gzipSync(big), gzipSync(small)]));
    const uri = pathToFileURL(path).toString();
    const published = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const result = await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    assert.equal(result.outcome, 'read');
    assert.deepEqual(result.streamed, { wholeUpToBytes: STREAM_FROM });
    assert.deepEqual(placed((await published).diagnostics), placed(expected(text)));
  });

  it('streams the log again when settings change: in Chinese, then with no diagnostics', SLOW, async () => {
    const path = join(dir, 'reworded.log');
    const text = failedCalls(1.5 * STREAM_FROM, 'zh');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    const first = server.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
    await server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    assert.match(String((await first).diagnostics[0]?.message), /findings shown/u);
    const chinese = server.waitForDiagnostics(uri, (p) => p.version === 2);
    server.setConfiguration({ maxDiagnostics: CAP, language: 'zh-cn' });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const reworded = (await chinese).diagnostics;
    assert.equal(reworded.length, expected(text).length);
    assert.match(String(reworded[0]?.message), /[\u4e00-\u9fff]/u, 'worded in Chinese');
    const off = server.waitForDiagnostics(uri, (p) => p.version === 3);
    server.setConfiguration({ maxDiagnostics: CAP, diagnostics: { enabled: false } });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await off).diagnostics, []);
    server.setConfiguration({ maxDiagnostics: CAP });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.connection.sendRequest(ForgetOnDiskRequest, { uri });
  });

  it('refuses no size (no more 512 MB limit), and stops when cancelled', SLOW, async () => {
    // A sparse file: 600 MB long, no disk used; refused before, streamed now, and stopped at once.
    const huge = join(dir, 'huge.log');
    writeFileSync(huge, '');
    truncateSync(huge, 600 * 1024 * 1024);
    const uri = pathToFileURL(huge).toString();
    seen.watch(uri);
    const answer = server.connection.sendRequest(AnalyseOnDiskRequest, { uri });
    await seen.waitFor(uri, 'begin');
    assert.equal(await server.connection.sendRequest(CancelAnalysisRequest, { uri }), true);
    assert.deepEqual(await answer, { outcome: 'cancelled' });
    await seen.waitFor(uri, 'cancelled');
    const lists = seen.events.flatMap((e) => (e.diagnostics?.uri === uri ? [e.diagnostics.diagnostics] : []));
    assert.ok(lists.length >= 1 && lists.every((list) => list.length === 0), 'only an empty list');
  });
});
