/**
 * Call-flow diagnostics, inlay hints, symbols, folding, code actions and the custom requests,
 * asked of the real bundled server over stdio on realistic call-flow logs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InlayHint,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { CodeAtRequest, DocumentCodesRequest } from '../../catalog/src/protocol';
import { openDocument, REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';

const flow = (name: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'flows', name), 'utf8');

const SEVERITY_NAMES: Readonly<Record<number, string>> = { 1: 'Error', 2: 'Warning', 3: 'Information', 4: 'Hint' };

/** "Severity/rule" for each SIP Lens diagnostic, in document order. */
function summarise(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${SEVERITY_NAMES[d.severity ?? 1]}/${String(d.code)}`);
}

const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('call-flow diagnostics over stdio', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  async function diagnose(name: string): Promise<Diagnostic[]> {
    const text = flow(name);
    const uri = `file:///virtual/flows/${name}`;
    const published = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    return (await published).diagnostics;
  }

  it('an answered 401 challenge is only a hint', async () => {
    const diagnostics = await diagnose('register-auth-ok.log');
    assert.ok(
      diagnostics.every((d) => d.severity === DiagnosticSeverity.Hint),
      summarise(diagnostics).join(', '),
    );
    assert.ok(diagnostics.some((d) => d.code === 'auth-challenge'));
  });

  it('a 401 to a retry that carried credentials is an Error', async () => {
    const diagnostics = await diagnose('register-auth-rejected.log');
    const rejected = diagnostics.filter((d) => d.code === 'auth-rejected');
    assert.equal(rejected.length, 1, summarise(diagnostics).join(', '));
    assert.equal(rejected[0]?.severity, DiagnosticSeverity.Error);
  });

  it('a 487 after CANCEL is Information, and the CANCEL itself is quiet', async () => {
    const diagnostics = await diagnose('invite-cancelled.log');
    assert.deepEqual(summarise(diagnostics), ['Information/request-terminated']);
  });

  it('a stuck INVITE is a Warning on its request line, pointing at the RFC', async () => {
    const diagnostics = await diagnose('invite-stuck.log');
    const stuck = diagnostics.find((d) => d.code === 'no-final-response');
    assert.ok(stuck, summarise(diagnostics).join(', '));
    assert.equal(stuck.severity, DiagnosticSeverity.Warning);
    assert.equal(stuck.range.start.character, 0);
    assert.match(stuck.codeDescription?.href ?? '', /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc3261#section-/);
  });

  it('final 5xx/6xx are Errors and 486 a Warning, each with the RFC link, source and the request as related', async () => {
    const failures = await diagnose('invite-503-603.log');
    assert.deepEqual(summarise(failures), ['Error/final-server-failure', 'Error/final-global-failure']);
    const busy = (await diagnose('invite-busy.log')).find((d) => d.code === 'final-client-failure');
    assert.ok(busy);
    assert.equal(busy.severity, DiagnosticSeverity.Warning);
    assert.equal(busy.source, 'SIP Lens');
    assert.equal(busy.codeDescription?.href, 'https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24');
    assert.match(messageText(busy), /486 Busy Here/);
    assert.match(busy.relatedInformation?.[0]?.message ?? '', /INVITE/);
  });

  it('unregistered codes are Warnings that say so', async () => {
    const diagnostics = await diagnose('unregistered-codes.log');
    const unregistered = diagnostics.filter((d) => d.code === 'unregistered-code');
    assert.ok(unregistered.length >= 2, summarise(diagnostics).join(', '));
    for (const d of unregistered) {
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.match(messageText(d), /not a registered SIP response code/);
    }
  });

  it('a log without SIP content gets no diagnostics', async () => {
    const uri = 'file:///virtual/plain.log';
    const published = server.waitForDiagnostics(uri);
    const text = 'INFO starting worker pool on port 5060\nGET /health HTTP/1.1 404 12ms\nretry 486 of 1000\n';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    assert.deepEqual((await published).diagnostics, []);
  });
});

describe('hints, outline, folding and code actions over stdio', () => {
  let server: ServerHandle;
  let uri: string;
  let text: string;
  /** The open's diagnostics, awaited where needed: they may well arrive before the first test runs. */
  let opened: Promise<PublishDiagnosticsParams>;
  before(async () => {
    server = await startServer();
    text = flow('invite-busy.log');
    uri = 'file:///virtual/features-busy.log';
    opened = server.waitForDiagnostics(uri);
    await openDocument(server, text, 'log', 'features-busy.log');
  });
  after(async () => {
    await server.stop();
  });

  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split(/\r\n|\r|\n/u).length - 1;

  it('puts the short fix after the failing status line, not after 1xx/2xx', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
    const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range,
    });
    assert.equal(hints.length, 1, JSON.stringify(hints));
    assert.equal(hints[0]?.position.line, lineOf('SIP/2.0 486'));
    assert.match(String(hints[0]?.label), /^→ callee busy/);
  });

  it('lists one call with its messages in the outline, labelled by what happened', async () => {
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]?.name, 'INVITE 5001 → 5005 · 486 Busy Here');
    assert.equal(symbols[0]?.detail, 'MzQ1NjRkYWU0ZjM3YmU2NTQ3OTk0ZTQ1');
    const children = symbols[0]?.children?.map((c) => c.name) ?? [];
    assert.ok(
      children.some((name) => name.startsWith('INVITE sip:')),
      children.join(' | '),
    );
    assert.ok(children.includes('486 Busy Here (INVITE)'), children.join(' | '));
  });

  it('folds each message from its banner, and the call as a whole', async () => {
    const ranges = await server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    // ngrep prints `U <time> <from> -> <to>` right above each message: the fold starts there.
    const busy = lineOf('SIP/2.0 486');
    assert.match(text.split('\n')[busy - 1] ?? '', /^U 2026\/04\/14 /u);
    assert.ok(
      ranges.some((r) => r.startLine === busy - 1 && r.endLine > busy),
      JSON.stringify(ranges),
    );
    assert.ok(!ranges.some((r) => r.startLine === busy));
    // One call, its messages in a row: one fold over all of them.
    const first = lineOf('INVITE sip:') - 1;
    assert.ok(
      ranges.some((r) => r.startLine === first && r.endLine >= lineOf('CSeq: 2 ACK')),
      JSON.stringify(ranges),
    );
  });

  it('gives a semantic token to each recognised code and Q.850 cause, and to nothing else', async () => {
    const result = await server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    const legend = server.initializeResult.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < result.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = result.data.slice(i, i + 4) as [number, number, number, number];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const lineText = text.split('\n')[line] ?? '';
      tokens.push(`${lineText.slice(character, character + length)} ${legend[type] ?? '?'}`);
    }
    assert.deepEqual(tokens, [
      '100 sipStatusProvisional',
      '486 sipStatusClientError',
      '17 sipQ850Cause',
      '486 sipStatusClientError',
      '17 sipQ850Cause',
    ]);
  });

  it('offers compare, explain and turn-off actions on the 486, without editing the document', async () => {
    const line = lineOf('SIP/2.0 486');
    const range = { start: { line, character: 9 }, end: { line, character: 9 } };
    const published = await opened;
    const diagnostics = published.diagnostics.filter((d) => d.range.start.line === line);
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ['Compare 486 with…', 'Explain 486', 'Turn off diagnostics for 486 in settings']);
    assert.ok(
      actions.every((a) => a.edit === undefined),
      'code actions never edit the log',
    );
  });

  it('answers the custom requests the client uses for the compare pickers', async () => {
    const codes = await server.connection.sendRequest(DocumentCodesRequest, { uri });
    assert.ok(codes.codes.includes(486));
    const line = lineOf('SIP/2.0 486');
    const at = await server.connection.sendRequest(CodeAtRequest, { uri, position: { line, character: 10 } });
    assert.equal(at.code, 486);
    const none = await server.connection.sendRequest(CodeAtRequest, { uri, position: { line: 0, character: 0 } });
    assert.equal(none.code, null);
  });
});
