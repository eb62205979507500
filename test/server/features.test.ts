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
  type Hover,
  type InlayHint,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { CodeAtRequest, DocumentCodesRequest } from '../../catalog/src/protocol';
import { analyze } from '../../server/src/analysis/index';
import { evaluateRules } from '../../server/src/rules/index';
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
    // Its hint sends the engineer to the account, as the diagnostic does, not to "resend with Authorization".
    const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: 'file:///virtual/flows/register-auth-rejected.log' },
      range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } },
    });
    const onRejected = hints.find((h) => h.position.line === rejected[0]?.range.start.line);
    assert.equal(onRejected?.label, "→ credentials rejected: check this account's auth username, password and realm");
    assert.ok(
      hints.every((h) => !String(h.label).includes('resend')),
      JSON.stringify(hints.map((h) => h.label)),
    );
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
    assert.ok(unregistered.length >= 1, summarise(diagnostics).join(', '));
    for (const d of unregistered) {
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.match(messageText(d), /not a registered SIP code/);
    }
    // The failed 499 is one diagnostic that says both facts, under the failure's rule id.
    const failed = diagnostics.filter((d) => messageText(d).startsWith('499'));
    assert.deepEqual(
      failed.map((d) => [d.code, messageText(d)]),
      [['final-client-failure', '499 Client Closed Request ends INVITE (CSeq 1); unregistered code, read as 400']],
    );
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
    const [finding] = evaluateRules(analyze(text)).findings;
    assert.equal(hints[0]?.label, `→ ${finding?.shortFix}`, "the hint is the finding's short fix");
  });

  it('hovers the failing 486 answer first: meaning, what happened, fix, then the actions within 12 lines', async () => {
    const line = lineOf('SIP/2.0 486');
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 10 },
    });
    const lines = (hover?.contents as MarkupContent).value.split('\n');
    const [finding] = evaluateRules(analyze(text)).findings;
    assert.equal(lines[0], '### 486 Busy Here · 4xx Client Failure');
    assert.match(lines[2] ?? '', /^The callee was reached/u);
    assert.equal(lines[4], `**In this log:** ${finding?.message}. **The call failed here.**`);
    assert.equal(lines[6], `→ ${finding?.shortFix}`);
    const actions = lines.findIndex((l) => l.startsWith('[Explain 486](command:sipLens.explainCode'));
    assert.ok(actions >= 0 && actions < 12, `actions on line ${actions + 1}`);
    assert.match(
      lines[actions] ?? '',
      /· \[Compare with…\]\(command:sipLens\.compareCodes[^)]*\) · \[RFC 3261 §21\.4\.24\]/u,
    );
    const separator = lines.indexOf('---');
    assert.ok(separator > actions, 'the full card comes after the answer');
    assert.ok(lines.findIndex((l) => l.startsWith('**How to fix.**')) > separator);
    assert.equal(
      (hover?.contents as MarkupContent).value.match(/\bFix\b/gu)?.length ?? 0,
      0,
      '"Fix" only as "How to fix"',
    );
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
    // Explain, then Compare, then the turn-off: quick fixes tied to the diagnostic, Explain preferred.
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.diagnostics?.length ?? 0]),
      [
        ['Explain 486', 'quickfix', true, diagnostics.length],
        ['Compare 486 with…', 'quickfix', false, diagnostics.length],
        ['Turn off diagnostics for 486', 'quickfix', false, diagnostics.length],
        // On any line of a message: its call flow, last, tied to no diagnostic.
        ['Show call flow', '', false, 0],
      ],
    );
    assert.ok(diagnostics.length > 0);
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
