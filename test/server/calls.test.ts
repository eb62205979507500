/**
 * The Calls view's requests over stdio against the real bundled server: `sipLens/calls` rows of an
 * open log, `sipLens/callStatistics` in the document's language, `sipLens/callMessages`, and the
 * `sipLens/callsChanged` notification after each publication (an append included).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CallMessagesRequest,
  CallsChangedNotification,
  CallsRequest,
  CallStatisticsRequest,
  type CallsChangedParams,
} from '../../catalog/src/protocol';
import { openDocument, REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';

const OUTCOMES = readFileSync(join(REPO_ROOT, 'test/integration/workspace/call-outcomes.log'), 'utf8');

function nextCallsChanged(server: ServerHandle, uri: string, version: number): Promise<CallsChangedParams> {
  return new Promise((resolve) => {
    const subscription = server.connection.onNotification(CallsChangedNotification, (params) => {
      if (params.uri !== uri || params.version !== version) return;
      subscription.dispose();
      resolve(params);
    });
  });
}

describe('the Calls view requests', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('lists the calls of an open log, with where each starts, and null for an unknown document', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const result = await server.connection.sendRequest(CallsRequest, { uri });
    assert.ok(result);
    assert.equal(result.version, 1);
    assert.deepEqual(
      result.rows.map((row) => `${row.stateLabel} ${row.finalCode ?? '-'} ${row.from} → ${row.to}`),
      [
        'busy 486 1001 → +14035550123',
        'cancelled 487 1001 → +14035550188',
        'rejected 503 1001 → +442079460000',
        'rejected 499 1001 → +18005550199',
        'in progress - 1001 → +14035550142',
      ],
    );
    const first = result.rows[0];
    assert.ok(first);
    assert.equal(OUTCOMES.split('\n')[first.line], 'INVITE sip:+14035550123@203.0.113.20 SIP/2.0');
    assert.equal(first.start, '2026-11-20 09:21:05.011');
    assert.equal(first.finalPhrase, 'Busy Here');
    assert.equal(await server.connection.sendRequest(CallsRequest, { uri: 'file:///virtual/never.log' }), null);
  });

  it('gives the ranges of one call’s messages', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const rows = (await server.connection.sendRequest(CallsRequest, { uri }))?.rows ?? [];
    const busy = rows[0];
    assert.ok(busy);
    const result = await server.connection.sendRequest(CallMessagesRequest, { uri, callId: busy.callId });
    assert.equal(result?.ranges.length, busy.messageCount);
    const lines = OUTCOMES.split('\n');
    assert.deepEqual(
      result?.ranges.map((range) => lines[range.start.line]?.slice(0, 21)),
      ['INVITE sip:+140355501', 'SIP/2.0 100 Trying', 'SIP/2.0 486 Busy Here', 'ACK sip:+14035550123@'],
    );
    assert.equal(await server.connection.sendRequest(CallMessagesRequest, { uri, callId: 'no-such-call' }), null);
  });

  it('words the statistics in the document’s language, with the RFC 6076 metrics', async () => {
    const uri = await openDocument(server, OUTCOMES, 'log', 'stats-en.log');
    const stats = await server.connection.sendRequest(CallStatisticsRequest, { uri });
    assert.ok(stats);
    assert.equal(stats.calls, 5);
    assert.equal(stats.failed, 3);
    assert.equal(stats.hasTimes, true);
    assert.match(stats.text, /^stats-en\.log: 5 call\(s\), 3 failed$/mu);
    assert.match(stats.text, /^ {2}486 × 1: /mu);
    assert.match(stats.text, /Session Request Delay \(SRD\), RFC 6076 §4\.3: \d+ ms, from 4 call\(s\)/u);
  });

  it('tells the client after each publication, an append included, and lists the appended call', async () => {
    const text = OUTCOMES;
    const opened = nextCallsChanged(server, 'file:///virtual/growing.log', 1);
    const uri = await openDocument(server, text, 'log', 'growing.log');
    await opened;
    const appended = nextCallsChanged(server, uri, 2);
    const lineCount = text.split('\n').length;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: lineCount, character: 0 }, end: { line: lineCount, character: 0 } },
          text: '\nSIP/2.0 603 Decline\r\nCall-ID: tail@x\r\nCSeq: 9 INVITE\r\n\r\n',
        },
      ],
    });
    await appended;
    const result = await server.connection.sendRequest(CallsRequest, { uri });
    assert.equal(result?.version, 2);
    assert.equal(result?.rows.length, 6);
    assert.equal(result?.rows[5]?.callId, 'tail@x');
    assert.equal(result?.from, undefined, 'asked without `since`: every row');
  });

  it('sends only the rows from the first one an append changed to a client holding the version before', async () => {
    const uri = await openDocument(server, OUTCOMES, 'log', 'delta.log');
    const before = await server.connection.sendRequest(CallsRequest, { uri });
    assert.equal(before?.version, 1);
    const appended = nextCallsChanged(server, uri, 2);
    const lineCount = OUTCOMES.split('\n').length;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: lineCount, character: 0 }, end: { line: lineCount, character: 0 } },
          text: '\nSIP/2.0 603 Decline\r\nCall-ID: delta@x\r\nCSeq: 9 INVITE\r\n\r\n',
        },
      ],
    });
    await appended;
    const delta = await server.connection.sendRequest(CallsRequest, { uri, since: 1 });
    assert.equal(delta?.version, 2);
    // The four decided calls are carried over; the one in progress is read again (the log's end may have
    // moved) but reads the same, so its row is carried over too: only the new call is sent.
    assert.equal(delta?.from, 5);
    assert.deepEqual(
      delta?.rows.map((row) => row.callId),
      ['delta@x'],
    );
    const merged = [...(before?.rows ?? []).slice(0, delta?.from), ...(delta?.rows ?? [])];
    const full = await server.connection.sendRequest(CallsRequest, { uri, since: 99 });
    assert.equal(full?.from, undefined, 'a version the server did not compute before: every row');
    assert.deepEqual(merged, full?.rows);
  });
});

describe('the Calls view requests in Chinese', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ language: 'zh-cn' });
  });
  after(async () => {
    await server.stop();
  });

  it('labels states and words the statistics in Chinese', async () => {
    const uri = await openDocument(server, OUTCOMES, 'log', 'stats-zh.log');
    const rows = (await server.connection.sendRequest(CallsRequest, { uri }))?.rows ?? [];
    assert.deepEqual(
      rows.map((row) => row.stateLabel),
      ['忙', '已取消', '被拒绝', '被拒绝', '进行中'],
    );
    const stats = await server.connection.sendRequest(CallStatisticsRequest, { uri });
    assert.match(stats?.text ?? '', /^stats-zh\.log：5 个呼叫，3 个失败$/mu);
    assert.match(stats?.text ?? '', /RFC 6076 §4\.3/u);
  });
});
