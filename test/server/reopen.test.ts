/**
 * A closed log gives its memory back. Closing a document always dropped the server's references
 * to it, but V8 collects old space only when its heap limit comes near, so the closed log's text
 * and analysis stayed in the heap, and opening it again stacked a second copy on the first (a
 * 50 MB log peaked at about 410 MB against 310 MB for one open). The server now collects after
 * closing a big document: the heap in use comes back to about where it was before the open.
 * The benchmark shows the peak of open, close, reopen (scripts/bench/reopenMemory.mjs).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisStatsRequest } from '../../catalog/src/protocol';
import { openDocument, startServer, type ServerHandle } from '../support/lspClient';
import { BUSY_CALL_LINES } from '../support/sipSamples';

const SLOW = { timeout: 120_000 };
/** Above the 8 MB from which the server collects after a close (server/src/pipeline/memory.ts). */
const LOG_CHARS = 20 * 1024 * 1024;
/** What the closed log may leave in the heap, as a share of its size (its text alone is 20 MB). */
const MAX_LEFT_SHARE = 0.25;
/** How long the heap may take to come back after the close (the server's second collection is at 250 ms). */
const SETTLE_MS = 2000;

/** Many failing calls, so the analysis holds messages, transactions and findings, not only text. */
function bigLog(chars: number): string {
  const call = `${BUSY_CALL_LINES.join('\n')}\n\n`;
  const parts: string[] = [];
  for (let i = 0, length = 0; length < chars; i++, length += call.length) {
    parts.push(call.replace(/a84b4c76e66710/gu, `a84b4c76e66710-${i}`));
  }
  return parts.join('');
}

describe('closing a big log', () => {
  let server: ServerHandle;
  let small: string;
  before(async () => {
    server = await startServer();
    const published = server.waitForDiagnostics('file:///virtual/small-beside.log');
    small = await openDocument(server, BUSY_CALL_LINES.join('\n'), 'log', 'small-beside.log');
    await published;
  });
  after(async () => {
    await server.stop();
  });

  /** The server's heap in use, read through the stats of the small document that stays open. */
  async function heapUsed(): Promise<number> {
    const stats = await server.connection.sendRequest(AnalysisStatsRequest, { uri: small });
    assert.ok(stats, 'the small document is open');
    return stats.heapUsedBytes;
  }

  /**
   * The heap in use once it is below `bound`, or after SETTLE_MS: the server collects right after
   * the close and once more a little later, for work under way that let go of the log meanwhile.
   */
  async function heapUsedSettled(bound: number): Promise<number> {
    const deadline = performance.now() + SETTLE_MS;
    for (;;) {
      const used = await heapUsed();
      if (used < bound || performance.now() > deadline) return used;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('gives back what it held, so a reopen does not stack on it', SLOW, async () => {
    const before = await heapUsed();
    const uri = 'file:///virtual/closed-big.log';
    const published = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text: bigLog(LOG_CHARS) },
    });
    await published;
    const open = await heapUsed();
    const cleared = server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
    const closed = await heapUsedSettled(before + LOG_CHARS * MAX_LEFT_SHARE);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const report = `heap in use: ${mb(before)} before the open, ${mb(open)} open, ${mb(closed)} after the close`;
    assert.ok(open - before > LOG_CHARS, `the open log is in the heap (${report})`);
    assert.ok(closed - before < LOG_CHARS * MAX_LEFT_SHARE, report);
  });
});
