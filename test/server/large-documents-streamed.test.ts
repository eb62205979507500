/**
 * "Analyse on disk" for logs too big to hold whole, over LSP: past a limit (1 MiB here) the server
 * streams the file with progress and cancel, publishes the whole text's diagnostics at their lines,
 * lists its calls (capped, failed first) and statistics, and streams again when it or the settings
 * change.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalyseOnDiskRequest,
  CallsChangedNotification,
  CallsRequest,
  CallStatisticsRequest,
  CancelAnalysisRequest,
  ForgetOnDiskRequest,
  type CallRow,
} from '../../catalog/src/protocol';
import { analyze } from '../../server/src/analysis';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { evaluateRules } from '../../server/src/rules';
import { openDocument, REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';
import { failedCalls } from '../support/callLogs';
import { PROGRESS_OPTIONS, recordProgress } from '../support/progressRecord';

const SLOW = { timeout: 60_000 };

describe('Analyse on disk, streamed (logs too big to hold whole)', () => {
  /** Logs of 1 MiB or more are streamed here (about a hundred by default). */
  const STREAM_FROM = 1024 * 1024;
  const CAP = 30;
  /** Rows listed for a streamed log here (20,000 by default): a log of 2 MiB has more calls. */
  const ROWS = 4_000;
  let server: ServerHandle;
  let seen: ReturnType<typeof recordProgress>;
  let dir: string;
  before(async () => {
    server = await startServer({ maxDiagnostics: CAP }, undefined, undefined, undefined, {
      ...PROGRESS_OPTIONS,
      streamOnDiskFromBytes: STREAM_FROM,
      streamedCallRows: ROWS,
    });
    seen = recordProgress(server);
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
