/**
 * `sipLens/callFlow` over stdio against the real bundled server: the call at a position, the
 * Call-IDs given, null for an unknown document or a line in no message, the document's language,
 * and the "Show call flow" code action on a message line (and not off one).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { CallFlowRequest, COMMANDS } from '../../catalog/src/protocol';
import { openDocument, REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';

const OUTCOMES = readFileSync(join(REPO_ROOT, 'test/integration/workspace/call-outcomes.log'), 'utf8');
const LINES = OUTCOMES.split('\n');
const BUSY_ID = 'e74b7a78-2289-4ccb-af92-22772db43331';

/** The 0-based line of the n-th line that starts with `prefix`. */
function lineStarting(prefix: string, occurrence = 0): number {
  const lines = LINES.flatMap((line, index) => (line.startsWith(prefix) ? [index] : []));
  const line = lines[occurrence];
  assert.ok(line !== undefined, `no line #${occurrence} starting with ${prefix}`);
  return line;
}

describe('the call flow request', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('draws the call of the message at a position, with each arrow where its message is', async () => {
    const uri = await openDocument(server, OUTCOMES);
    // A header line inside the busy call's 100 Trying, not its start line.
    const line = lineStarting('Server: CarrierSBC');
    const result = await server.connection.sendRequest(CallFlowRequest, { uri, position: { line, character: 3 } });
    assert.ok(result);
    assert.equal(result.version, 1);
    assert.deepEqual(
      result.diagram.legs.map((leg) => leg.callId),
      [BUSY_ID],
    );
    assert.equal(result.diagram.header.finalCode, 486);
    const labels = result.diagram.arrows.map((arrow) => arrow.label);
    assert.deepEqual(labels.slice(0, 2), ['INVITE', '100 Trying']);
    assert.ok(labels.includes('486 Busy Here'), labels.join(', '));
    for (const arrow of result.diagram.arrows) {
      assert.match(LINES[arrow.line] ?? '', /^(?:[A-Z]+ \S+ SIP\/2\.0|SIP\/2\.0 \d{3})/u, `arrow ${arrow.label}`);
      assert.ok(arrow.endLine >= arrow.line);
    }
  });

  it('draws the Call-IDs given, in one ladder, first the main leg', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const calls = await server.connection.sendRequest(CallFlowRequest, {
      uri,
      position: { line: lineStarting('INVITE sip:', 1), character: 0 },
    });
    const second = calls?.diagram.legs[0]?.callId;
    assert.ok(second && second !== BUSY_ID);
    const result = await server.connection.sendRequest(CallFlowRequest, { uri, callIds: [BUSY_ID, second] });
    assert.deepEqual(
      result?.diagram.legs.map((leg) => leg.callId),
      [BUSY_ID, second],
    );
    const legs = new Set(result?.diagram.arrows.map((arrow) => arrow.leg));
    assert.deepEqual([...legs].sort(), [0, 1]);
  });

  it('answers null for an unknown document, a line in no message, or Call-IDs not in the document', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const none = { line: 0, character: 0 };
    assert.equal(
      await server.connection.sendRequest(CallFlowRequest, { uri: 'file:///virtual/never.log', position: none }),
      null,
    );
    assert.equal(await server.connection.sendRequest(CallFlowRequest, { uri, position: none }), null);
    assert.equal(await server.connection.sendRequest(CallFlowRequest, { uri, callIds: ['not-in-this-log'] }), null);
  });

  it("words the diagram in the document's language", async () => {
    const zh = await startServer({ language: 'zh-cn' });
    try {
      const uri = await openDocument(zh, OUTCOMES);
      const result = await zh.connection.sendRequest(CallFlowRequest, { uri, callIds: [BUSY_ID] });
      assert.equal(result?.diagram.header.stateLabel, '忙');
    } finally {
      await zh.stop();
    }
  });

  it('offers "Show call flow" on any line of a message, with the document and the position', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const actionsAt = (line: number) =>
      server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line, character: 2 }, end: { line, character: 2 } },
        context: { diagnostics: [] },
      });
    const line = lineStarting('Server: CarrierSBC');
    const flow = (await actionsAt(line)).find((action) => action.command?.command === COMMANDS.showCallFlow);
    assert.ok(flow);
    assert.equal(flow.title, 'Show call flow');
    assert.deepEqual(flow.command?.arguments, [uri, { line, character: 2 }]);
    const onBanner = await actionsAt(0);
    assert.equal(
      onBanner.find((action) => action.command?.command === COMMANDS.showCallFlow),
      undefined,
    );
  });

  it('links the hover card of a response in a call to its call flow, at the hovered position', async () => {
    const uri = await openDocument(server, OUTCOMES);
    const line = lineStarting('SIP/2.0 486');
    const position = { line, character: 9 };
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position,
    });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    const link = `[Show call flow](command:${COMMANDS.showCallFlow}?${encodeURIComponent(JSON.stringify([uri, position]))})`;
    assert.ok(value.includes(`) · ${link}`), value);
  });
});
