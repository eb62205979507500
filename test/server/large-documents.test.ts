/**
 * Issue 22 over LSP: a large document's progress begins when the server receives it (before any
 * slice is analysed), the user can stop its analysis and start it again, and a log the editor
 * never handed over is read from disk ("Analyse on disk"): whole, gzipped, then what was appended
 * (past a limit it is streamed: large-documents-streamed.test.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
  AnalyseAgainRequest,
  AnalyseOnDiskRequest,
  CallsRequest,
  CancelAnalysisRequest,
  ForgetOnDiskRequest,
} from '../../catalog/src/protocol';
import { analyze } from '../../server/src/analysis';
import { PROGRESS_MIN_CHARS } from '../../server/src/pipeline/analysisProgress';
import { evaluateRules } from '../../server/src/rules';
import { startServer, type ServerHandle } from '../support/lspClient';
import { failedCalls } from '../support/callLogs';
import { PROGRESS_OPTIONS, recordProgress } from '../support/progressRecord';

const SLOW = { timeout: 60_000 };

/** Every finding published (no overflow notice), so counts compare with a one-shot evaluation. */
const UNCAPPED = { maxDiagnostics: 100_000 };
const expectedFindings = (text: string) =>
  evaluateRules(analyze(text), { overrides: {}, maxFindings: 100_000 }).findings;

describe('progress from the moment a large document arrives', () => {
  let server: ServerHandle;
  let seen: ReturnType<typeof recordProgress>;
  before(async () => {
    server = await startServer(UNCAPPED, { workDoneProgress: true }, undefined, undefined, PROGRESS_OPTIONS);
    seen = recordProgress(server);
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
  let seen: ReturnType<typeof recordProgress>;
  let dir: string;
  before(async () => {
    server = await startServer(UNCAPPED, undefined, undefined, undefined, PROGRESS_OPTIONS);
    seen = recordProgress(server);
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
