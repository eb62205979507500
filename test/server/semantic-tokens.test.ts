/**
 * Semantic tokens over stdio. On a document analysed in slices the first answer comes from the
 * prefix analysed so far (a request never waits for the whole), and once the whole is done the
 * server asks the editor to refresh, after which the tokens cover every code in the document.
 * An append goes to the editor as a delta: only the new tokens.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SLICE_CHARS } from '../../server/src/pipeline/progressive';
import { startServer, type ServerHandle } from '../support/lspClient';

const SLOW = { timeout: 120_000 };

/** Calls ending in 486, 503 or 603, each with a Q.850 cause, over several slices. */
function bigLog(): { text: string; codes: number; causes: number } {
  const parts: string[] = [];
  const finals = ['486 Busy Here', '503 Service Unavailable', '603 Decline'];
  let length = 0;
  let i = 0;
  for (; length < SLICE_CHARS * 6; i++) {
    const part = [
      `INVITE sip:bob@example.com SIP/2.0`,
      `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${i}`,
      `Call-ID: call-${i}@192.0.2.10`,
      `CSeq: 1 INVITE`,
      '',
      `SIP/2.0 ${finals[i % 3]}`,
      `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${i}`,
      `Call-ID: call-${i}@192.0.2.10`,
      `CSeq: 1 INVITE`,
      `Reason: Q.850;cause=17`,
      '',
    ].join('\n');
    parts.push(part);
    length += part.length + 1;
  }
  return { text: parts.join('\n'), codes: i, causes: i };
}

/** Token counts by type name. */
function countByType(data: readonly number[], legend: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let k = 3; k < data.length; k += 5) {
    const type = legend[data[k] as number] ?? '?';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

describe('semantic tokens over stdio: sliced analysis and deltas', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers from the prefix, asks for a refresh when done, then covers the whole', SLOW, async () => {
    const { text, codes, causes } = bigLog();
    const uri = 'file:///virtual/big-tokens.log';
    const legend = server.initializeResult.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
    let refreshes = 0;
    server.connection.onRequest('workspace/semanticTokens/refresh', () => {
      refreshes++;
      return null;
    });
    const published = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    const early = await server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    const earlyTokens = early.data.length / 5;
    assert.ok(earlyTokens > 0 && earlyTokens < codes + causes, `${earlyTokens} tokens from the prefix`);
    await published;
    // The refresh request follows the diagnostics; give it a moment to arrive.
    for (let wait = 0; refreshes === 0 && wait < 50; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(refreshes >= 1, 'the server asked the editor to refresh its semantic tokens');
    const whole = await server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    const counts = countByType(whole.data, legend);
    assert.equal(
      (counts.sipStatusClientError ?? 0) + (counts.sipStatusServerError ?? 0) + (counts.sipStatusGlobalError ?? 0),
      codes,
    );
    assert.equal(counts.sipQ850Cause, causes);
    const range = await server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
    });
    // Lines 0-11 hold the first call: its 486 and its cause.
    assert.deepEqual(range.data, [
      5,
      8,
      3,
      legend.indexOf('sipStatusClientError'),
      0,
      4,
      20,
      2,
      legend.indexOf('sipQ850Cause'),
      0,
    ]);
  });

  it('sends an append as a delta that, applied, equals the new full result', async () => {
    const uri = 'file:///virtual/delta-tokens.log';
    const call = (i: number) =>
      `INVITE sip:bob@h SIP/2.0\nCall-ID: d-${i}\nCSeq: 1 INVITE\n\nSIP/2.0 486 Busy Here\nCall-ID: d-${i}\nCSeq: 1 INVITE\n\n`;
    const text = call(0) + call(1);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    const first = await server.connection.sendRequest<{ resultId?: string; data: number[] }>(
      'textDocument/semanticTokens/full',
      { textDocument: { uri } },
    );
    assert.ok(first.resultId !== undefined && first.data.length === 10, JSON.stringify(first));
    const end = text.split('\n').length - 1;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: call(2) },
      ],
    });
    const delta = await server.connection.sendRequest<{
      resultId?: string;
      edits: { start: number; deleteCount: number; data?: number[] }[];
    }>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(Array.isArray(delta.edits), JSON.stringify(delta));
    const applied = [...first.data];
    for (const edit of [...delta.edits].reverse()) applied.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const whole = await server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    assert.deepEqual(applied, whole.data);
    assert.equal(whole.data.length, 15);
    assert.deepEqual(delta.edits, [{ start: 10, deleteCount: 0, data: whole.data.slice(10) }]);
  });
});
