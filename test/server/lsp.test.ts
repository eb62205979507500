/**
 * The real bundled server, started as a child process and spoken to over stdio.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { openDocument, startServer, type ServerHandle } from '../support/lspClient';
import { BUSY_CALL_LINES } from '../support/sipSamples';

const BUSY_CALL = BUSY_CALL_LINES.join('\r\n');

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('language server over stdio', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers initialize with its capabilities', () => {
    const caps = server.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.inlayHintProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(server.initializeResult.serverInfo?.name, 'SIP Lens');
  });

  it('hovers a status code with its catalog card and call context', async () => {
    const uri = await openDocument(server, BUSY_CALL);
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 9 },
    });
    const text = hoverText(hover);
    assert.match(text, /486 Busy Here/);
    assert.match(text, /Client Failure/);
    assert.match(text, /rfc3261#section-21\.4\.24/);
    assert.match(text, /\*\*In this log:\*\* 486 Busy Here ends INVITE \(CSeq 314159\): callee busy on this device\./);
    assert.match(
      text,
      /\*\*Call:\*\* Call-ID `a84b4c76e66710@192\.0\.2\.10` · asterisk log · the request is not in this log/,
    );
    assert.match(
      text,
      /\*\*Q\.850\.\*\* RFC 3398 §8\.2\.6\.1: 486 maps to cause 17 \(User busy\); §7\.2\.4\.1: Q\.850 cause 17 maps to 486\./,
    );
    assert.deepEqual(hover?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } });
  });

  it('gives no hover on a port, a byte count or a CSeq number', async () => {
    const uri = await openDocument(server, BUSY_CALL);
    for (const position of [
      { line: 0, character: 63 }, // 5060 in the banner
      { line: 0, character: 30 }, // 512 bytes
      { line: 6, character: 8 }, // CSeq number
    ]) {
      const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position,
      });
      assert.equal(hover, null, `no hover expected at ${JSON.stringify(position)}`);
    }
  });

  it('hovers Q.850 causes as causes, with what RFC 3398 maps them to', async () => {
    const causes = [17, 16, 6, 119];
    const reasons = causes.map((cause) => `Reason: Q.850;cause=${cause}`);
    const lines = [...BUSY_CALL_LINES.slice(0, -2), ...reasons, 'Content-Length: 0', ''];
    const uri = await openDocument(server, lines.join('\r\n'));
    const firstReason = BUSY_CALL_LINES.length - 2;
    const cards = new Map<number, string>();
    for (const [index, cause] of causes.entries()) {
      const position = { line: firstReason + index, character: 'Reason: Q.850;cause='.length };
      cards.set(
        cause,
        hoverText(
          await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position }),
        ),
      );
    }
    assert.match(cards.get(17) ?? '', /Q\.850 cause 17: User busy/);
    assert.match(cards.get(17) ?? '', /\*\*not\*\* a SIP status code/);
    assert.match(cards.get(17) ?? '', /RFC 3398 §7\.2\.4\.1 maps it to \*\*486 Busy Here\*\*/);
    assert.match(cards.get(16) ?? '', /BYE or CANCEL[^]*RFC 3398 §7\.2\.4\.1 gives it no SIP status code\.$/);
    const unlisted =
      /RFC 3398 §7\.2\.4\.1 does not list it; causes it does not list should become \*\*500 Server Internal Error\*\*\.$/;
    assert.match(cards.get(6) ?? '', /Q\.850 cause 6: /);
    assert.match(cards.get(6) ?? '', unlisted);
    assert.match(cards.get(119) ?? '', /no entry for\./);
    assert.match(cards.get(119) ?? '', unlisted);
  });

  it('survives a request for a document it never saw', async () => {
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: 'file:///virtual/unknown.log' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  });
});
