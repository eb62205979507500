/**
 * Big documents are analysed in slices: the server answers requests while it works, and the
 * diagnostics it finally publishes are the ones a one-shot analysis gives.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { PROGRESS_MIN_CHARS } from '../../server/src/pipeline/analysisProgress';
import { evaluateRules } from '../../server/src/rules';
import { openDocument, startServer, type ServerHandle } from '../support/lspClient';
import { BUSY_CALL_LINES } from '../support/sipSamples';

const SLOW = { timeout: 120_000 };

/** Calls enough to be analysed in many slices, with progress shown. Each call ends in a 486, 503 or 603. */
function bigLog(): string {
  const parts: string[] = [];
  const finals = ['486 Busy Here', '503 Service Unavailable', '603 Decline'];
  let length = 0;
  for (let i = 0; length < PROGRESS_MIN_CHARS * 1.5; i++) {
    parts.push(
      [
        `INVITE sip:bob@example.com SIP/2.0`,
        `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${i}`,
        `Call-ID: call-${i}@192.0.2.10`,
        `CSeq: 1 INVITE`,
        '',
        `SIP/2.0 ${finals[i % 3]}`,
        `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${i}`,
        `Call-ID: call-${i}@192.0.2.10`,
        `CSeq: 1 INVITE`,
        '',
      ].join('\n'),
    );
    length += (parts[parts.length - 1] as string).length + 1;
  }
  return `${BUSY_CALL_LINES.join('\n')}\n${parts.join('\n')}`;
}

describe('sliced analysis of big documents', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ maxDiagnostics: 100_000 });
  });
  after(async () => {
    await server.stop();
  });

  it('answers a hover on a big document and publishes exactly the one-shot result', SLOW, async () => {
    const text = bigLog();
    const uri = 'file:///virtual/big.log';
    const published = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 9 },
    });
    assert.ok(hover, 'the 486 in the first slice is hovered');
    const { diagnostics } = await published;
    const document = TextDocument.create(uri, 'log', 1, text);
    const expected = evaluateRules(analyze(text), { overrides: {}, maxFindings: 100_000 }).findings;
    assert.equal(diagnostics.length, expected.length);
    diagnostics.forEach((d, i) => {
      const finding = expected[i];
      assert.ok(finding);
      assert.equal(d.code, finding.rule);
      assert.deepEqual(d.range.start, document.positionAt(finding.offset));
    });
  });

  it('answers the Outline and folding asked mid-way through the analysis for the whole document', SLOW, async () => {
    const text = bigLog();
    const uri = 'file:///virtual/big-outline.log';
    const textDocument = { uri };
    const published = server.waitForDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'log', version: 1, text },
    });
    // Asked as VS Code asks when it shows the editor: before the first slice is done.
    const early = await Promise.all([
      server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }),
      server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument }),
    ]);
    await published;
    const late = await Promise.all([
      server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }),
      server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument }),
    ]);
    // The INVITE of the busy call and every call after it: nothing left out of the end of the log.
    assert.ok(late[0].length > 10_000, `${late[0].length} calls in the Outline`);
    assert.equal(early[0].length, late[0].length, 'the Outline lists every call');
    assert.deepEqual(early, late);
  });

  it('still follows appends once the big document is analysed', SLOW, async () => {
    const text = bigLog();
    const uri = 'file:///virtual/big-append.log';
    const opened = server.waitForDiagnostics(uri);
    await openDocument(server, text, 'log', 'big-append.log');
    const first = await opened;
    const lineCount = text.split('\n').length;
    const next = server.waitForDiagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: lineCount, character: 0 }, end: { line: lineCount, character: 0 } },
          text: '\nSIP/2.0 599 Oops\nCall-ID: tail@x\nCSeq: 9 INVITE\n',
        },
      ],
    });
    const after = await next;
    assert.ok(after.diagnostics.length > first.diagnostics.length);
    // A failed 599 is one diagnostic, under the failure's rule id, that also says the code is unregistered.
    assert.ok(
      after.diagnostics.some(
        (d) => d.code === 'final-server-failure' && /^599 .*unregistered/u.test(String(d.message)),
      ),
    );
  });
});

describe('progress of a long analysis', () => {
  it('reports begin, percentages and end when the client shows work done progress', SLOW, async () => {
    const server = await startServer({}, { workDoneProgress: true });
    try {
      const created: unknown[] = [];
      const progress: Array<{ kind: string; title?: string; message?: string; percentage?: number }> = [];
      server.connection.onRequest('window/workDoneProgress/create', (params) => (created.push(params), null));
      const ended = new Promise<void>((resolve) => {
        server.connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
          progress.push(params.value);
          if (params.value.kind === 'end') resolve();
        });
      });
      const uri = 'file:///virtual/progress%20big.log';
      const published = server.waitForDiagnostics(uri);
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'log', version: 1, text: bigLog() },
      });
      await published;
      await ended;
      assert.equal(created.length, 1);
      assert.deepEqual(progress[0], {
        kind: 'begin',
        title: 'SIP Lens',
        message: 'analysing progress big.log',
        percentage: 0,
        cancellable: true,
      });
      const reports = progress.filter((p) => p.kind === 'report');
      assert.ok(reports.length >= 1, 'at least one slice was reported');
      assert.ok(
        reports.every((p) => (p.percentage ?? -1) > 0 && (p.percentage ?? 101) < 100),
        JSON.stringify(reports),
      );
      assert.equal(progress.at(-1)?.kind, 'end');
    } finally {
      await server.stop();
    }
  });

  it('asks for no progress when the client cannot show it, or for a small document', SLOW, async () => {
    const server = await startServer({}, { workDoneProgress: true });
    const plain = await startServer();
    try {
      let asked = 0;
      for (const s of [server, plain]) s.connection.onRequest('window/workDoneProgress/create', () => (asked++, null));
      const small = 'file:///virtual/small.log';
      const smallDone = server.waitForDiagnostics(small);
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: small, languageId: 'log', version: 1, text: BUSY_CALL_LINES.join('\n') },
      });
      await smallDone;
      const big = 'file:///virtual/big-no-progress.log';
      const bigDone = plain.waitForDiagnostics(big);
      await plain.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: big, languageId: 'log', version: 1, text: bigLog() },
      });
      await bigDone;
      assert.equal(asked, 0);
    } finally {
      await Promise.all([server.stop(), plain.stop()]);
    }
  });
});
