/**
 * The client–server contract: the catalog's typed requests answered by the real bundled server,
 * and the server started with and without the Node flags the client gives it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ProtocolConnection } from 'vscode-languageserver-protocol';
import { AnalysisStatsRequest, DocumentCodesRequest, SERVER_EXEC_ARGV } from '../../catalog/src/protocol';
import { openDocument, startServer, type ServerHandle } from '../support/lspClient';
import { BUSY_CALL_LINES } from '../support/sipSamples';

const BUSY_CALL = BUSY_CALL_LINES.join('\r\n');

/**
 * Never called: `tsc -p test` fails if a request's params or result stop matching the declaration,
 * because each `@ts-expect-error` below must then find no error to expect.
 */
export function contractDoesNotCompileWhenMisused(connection: ProtocolConnection): void {
  // @ts-expect-error the document is named by `uri`
  void connection.sendRequest(DocumentCodesRequest, { url: 'file:///x.log' });
  // @ts-expect-error the result carries `codes`, a list of numbers
  connection.onRequest(DocumentCodesRequest, () => ({ codes: ['486'] }));
  // @ts-expect-error the stats of a known document are an object, not a number
  connection.onRequest(AnalysisStatsRequest, () => 12);
}

describe('typed custom requests over stdio', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('reports the stats of an analysed document, and null for an unknown one', async () => {
    const uri = await openDocument(server, BUSY_CALL);
    await server.waitForDiagnostics(uri);
    const stats = await server.connection.sendRequest(AnalysisStatsRequest, { uri });
    assert.ok(stats, 'an open, analysed document has stats');
    assert.equal(stats.version, 1);
    assert.equal(stats.textLength, BUSY_CALL.length);
    assert.equal(stats.messages, 1, 'one logged 486 response');
    assert.equal(stats.occurrences, 1, 'one status code, on its status line');
    assert.ok(stats.analysisMs >= 0 && stats.rulesMs >= 0);
    assert.equal(
      await server.connection.sendRequest(AnalysisStatsRequest, { uri: 'file:///virtual/never-opened.log' }),
      null,
    );
  });

  it('runs with the flags the client starts it with, so it can collect garbage', async () => {
    assert.ok(SERVER_EXEC_ARGV.includes('--expose-gc'));
    const uri = await openDocument(server, BUSY_CALL);
    await server.waitForDiagnostics(uri);
    assert.equal((await server.connection.sendRequest(AnalysisStatsRequest, { uri }))?.collectsGarbage, true);
  });
});

describe('a server started without the client’s Node flags', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({}, undefined, []);
  });
  after(async () => {
    await server.stop();
  });

  it('still analyses and answers, and leaves collection to V8', async () => {
    const uri = await openDocument(server, BUSY_CALL);
    const published = await server.waitForDiagnostics(uri);
    assert.ok(
      published.diagnostics.some((d) => d.range.start.line === 1),
      'the 486 is diagnosed',
    );
    const codes = await server.connection.sendRequest(DocumentCodesRequest, { uri });
    assert.ok(codes.codes.includes(486));
    assert.equal((await server.connection.sendRequest(AnalysisStatsRequest, { uri }))?.collectsGarbage, false);
    assert.equal(server.stderr(), '');
  });
});
