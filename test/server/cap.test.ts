/**
 * The diagnostics cap over stdio (issue 22): past `sipLens.maxDiagnostics` the real server keeps the
 * most severe findings, says so in one diagnostic at the top of the file, and its quick fix lifts the
 * cap for that document alone, for the rest of the session.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type CodeAction, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { COMMANDS, ShowAllFindingsRequest } from '../../catalog/src/protocol';
import { busyThenUnavailable } from '../support/cliLogs';
import { startServer, type ServerHandle } from '../support/lspClient';

/** 1,005 calls answered 486 (warnings), then one answered 503 (an error). */
const LOG = busyThenUnavailable();
const CAP = 3;
const NOTICE = '3 of 1,006 findings shown (most severe first, sipLens.maxDiagnostics); 1,003 more: 1,003 warnings.';

let opened = 0;

async function open(server: ServerHandle, name: string): Promise<PublishDiagnosticsParams> {
  const uri = `file:///virtual/cap/${++opened}-${name}`;
  const published = server.waitForDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'log', version: 1, text: LOG },
  });
  return published;
}

describe('the diagnostics cap in the real server', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ maxDiagnostics: CAP });
  });
  after(async () => {
    await server.stop();
  });

  it('keeps the 503 at the end of the log and puts the notice on the first line', async () => {
    const { diagnostics } = await open(server, 'top.log');
    assert.equal(diagnostics.length, CAP + 1);
    const [notice, ...shown] = diagnostics;
    assert.equal(notice?.code, 'diagnostics-capped');
    assert.equal(notice?.message, NOTICE);
    assert.deepEqual(notice?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(notice?.severity, DiagnosticSeverity.Warning, 'as severe as the worst finding it hides');
    assert.deepEqual(
      shown.map((d) => d.code),
      ['final-client-failure', 'final-client-failure', 'final-server-failure'],
    );
  });

  it('offers to show every finding, and doing so lifts the cap for that document only', async () => {
    const { uri, diagnostics } = await open(server, 'lifted.log');
    const other = await open(server, 'other.log');
    const notice = diagnostics[0];
    assert.ok(notice);
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: notice.range,
      context: { diagnostics: [notice] },
    });
    const showAll = actions.find((action) => action.command?.command === COMMANDS.showAllFindings);
    assert.ok(showAll, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(showAll.title, 'Show all findings for this document');
    assert.equal(showAll.kind, 'quickfix');
    assert.deepEqual(showAll.command?.arguments, [uri]);

    const everything = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > CAP + 1);
    // What the client's command sends (client/src/commands.ts).
    assert.equal(await server.connection.sendRequest(ShowAllFindingsRequest.method, { uri }), true);
    const lifted = await everything;
    assert.equal(lifted.diagnostics.length, 1006);
    assert.ok(lifted.diagnostics.every((d) => d.code !== 'diagnostics-capped'));

    // A change of settings re-reads them: the lifted cap stays lifted, the other document stays capped.
    const again = server.waitForDiagnostics(uri);
    const otherAgain = server.waitForDiagnostics(other.uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await again).diagnostics.length, 1006);
    assert.equal((await otherAgain).diagnostics[0]?.message, NOTICE);
  });

  it('forgets a lifted cap when the document is closed', async () => {
    const { uri } = await open(server, 'closed.log');
    const everything = server.waitForDiagnostics(uri, (p) => p.diagnostics.length > CAP + 1);
    await server.connection.sendRequest(ShowAllFindingsRequest.method, { uri });
    await everything;
    const cleared = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
    const reopened = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text: LOG },
    });
    assert.equal((await reopened).diagnostics.length, CAP + 1);
  });

  it('answers false for a document it does not have', async () => {
    const answer: unknown = await server.connection.sendRequest(ShowAllFindingsRequest.method, {
      uri: 'file:///virtual/cap/never-opened.log',
    });
    assert.equal(answer, false);
  });
});
