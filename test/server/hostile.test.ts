/**
 * The real bundled server against hostile documents and settings: binary files, lone
 * surrogates, bidi overrides, a 20 MB line, 200,000 failures, CR-only line breaks, a burst of
 * unawaited edits, Markdown/HTML injection in a reason phrase (nonsense settings and input built
 * to make a scanner quadratic: hostile-settings.test.ts). After each case the server must still
 * answer a normal hover, and must not have logged an error.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, InlayHint } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { openDocument, startServer, type ServerHandle } from '../support/lspClient';
import {
  assertAlive,
  exerciseFeatures,
  freshName,
  hoverAt,
  markdownOf,
  openAndDiagnose,
  recordPublishes,
  SLOW,
  uriOf,
} from '../support/hostileServer';
import { BUSY_CALL_LINES } from '../support/sipSamples';
import { linkTargets, renderMarkdown, visibleText } from '../support/markdownRender';

/** Deterministic bytes (xorshift), so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed = 0x2545f491): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
function textOf(diagnostic: Diagnostic | undefined): string {
  const message = diagnostic?.message ?? '';
  return typeof message === 'string' ? message : message.value;
}

/** Diagnostics compared across documents: related locations name their own document's uri. */
function withoutUris(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map((d) => ({
    ...d,
    relatedInformation: d.relatedInformation?.map((r) => ({ range: r.location.range, message: r.message })),
  }));
}

describe('the real server on hostile documents', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers on a binary file (invalid UTF-8 as U+FFFD, NUL bytes)', SLOW, async () => {
    const bytes = pseudoRandomBytes(64 * 1024);
    for (let i = 0; i < bytes.length; i += 97) bytes[i] = 0;
    const text = bytes.toString('utf8');
    assert.ok(text.includes('\ufffd') && text.includes('\u0000'));
    const { uri } = await openAndDiagnose(server, text);
    await exerciseFeatures(server, uri, [
      { line: 0, character: 0 },
      { line: 3, character: 5 },
      { line: 100, character: 20 },
    ]);
    await assertAlive(server);
  });

  it('answers on lone UTF-16 surrogates, and still hovers the code beside them', SLOW, async () => {
    const text = [
      '\ud800\udc00\ud800',
      'SIP/2.0 486 Busy\udfffHere',
      'Call-ID: \udc00x@192.0.2.1',
      'CSeq: 1 INVITE\ud800',
      '',
      '\udfffSIP/2.0 503 Service Unavailable',
    ].join('\n');
    const { uri } = await openAndDiagnose(server, text);
    assert.match(markdownOf(await hoverAt(server, uri, 1, 9)), /### 486 Busy Here/);
    await exerciseFeatures(server, uri, [
      { line: 0, character: 1 },
      { line: 5, character: 10 },
    ]);
    await assertAlive(server);
  });

  it(
    'answers on BOMs and right-to-left overrides around status lines, and never echoes an override',
    SLOW,
    async () => {
      const lines = [
        '\ufeffSIP/2.0 486 Busy Here',
        'CSeq: 1 INVITE',
        '',
        '\u202eSIP/2.0 486 Busy Here\u202c',
        '',
        'SIP/2.0 486 \u202eereH ysuB\u202c\ufeff',
        'CSeq: 2 INVITE',
        '',
      ];
      const { uri } = await openAndDiagnose(server, lines.join('\n'));
      assert.match(
        markdownOf(await hoverAt(server, uri, 0, 10)),
        /### 486 Busy Here/,
        'a BOM at the start of the file must not hide the first status line',
      );
      for (const line of [3, 5]) {
        const hover = await hoverAt(server, uri, line, 10);
        if (hover) assert.doesNotMatch(markdownOf(hover), /[\u202a-\u202e\u2066-\u2069]/u, `line ${line}`);
      }
      await exerciseFeatures(server, uri, [{ line: 3, character: 0 }]);
      await assertAlive(server);
    },
  );

  it(
    'answers on a 20 MB single line, hovers a status code inside it, and gives that line one inlay hint',
    SLOW,
    async () => {
      // 1000 log mentions of an unregistered code on the line: each is a hinted finding.
      const chunk = `${'lorem ipsum dolor sit amet '.repeat(745)} got sip reply 499 "x" `;
      const filler = chunk.repeat(333);
      const busy = ' SIP/2.0 486 Busy Here ';
      const text = [filler, busy, filler, busy, filler, chunk].join('');
      assert.ok(text.length > 20_000_000);
      const { uri, diagnostics } = await openAndDiagnose(server, text);
      assert.equal(diagnostics.length, 1001);
      const code = text.indexOf(busy, filler.length * 2) + busy.indexOf('486');
      assert.match(markdownOf(await hoverAt(server, uri, 0, code + 1)), /### 486 Busy Here/);
      const everything = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
      const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: everything,
      });
      assert.equal(hints.length, 1, 'one hint per line');
      assert.deepEqual(hints[0]?.position, { line: 0, character: text.length });
      await exerciseFeatures(server, uri, [{ line: 0, character: 5 }]);
      await assertAlive(server);
    },
  );

  it('caps 200,000 failures at maxDiagnostics (1000) plus one "more" diagnostic at the top', SLOW, async () => {
    const parts: string[] = [];
    for (let i = 0; i < 200_000; i++)
      parts.push(`SIP/2.0 503 Service Unavailable\nCall-ID: ${i}-overload@192.0.2.10\nCSeq: 1 INVITE\n`);
    const { uri, diagnostics } = await openAndDiagnose(server, parts.join('\n'));
    assert.equal(diagnostics.length, 1001);
    assert.ok(diagnostics.slice(1).every((d) => d.code === 'final-server-failure'));
    assert.equal(diagnostics[0]?.code, 'diagnostics-capped');
    assert.match(
      textOf(diagnostics[0]),
      /^1,000 of 200,000 findings shown \(most severe first, sipLens\.maxDiagnostics\); 199,000 more: 199,000 errors\.$/,
    );
    assert.deepEqual(
      diagnostics[1000]?.range.start,
      { line: 999 * 4, character: 8 },
      'the 1000th failure sits on line 3996',
    );
    assert.match(markdownOf(await hoverAt(server, uri, 4 * 150_000, 9)), /### 503 Service Unavailable/);
    await assertAlive(server);
  });

  it('finds the same problems on the same lines with CR-only, CRLF and LF line breaks', SLOW, async () => {
    const lines = [
      ...BUSY_CALL_LINES,
      'SIP/2.0 499 Whatever',
      'Call-ID: other@192.0.2.10',
      'CSeq: 7 REGISTER',
      '',
      'SIP/2.0 503 Service Unavailable',
      'Call-ID: third@192.0.2.10',
      'CSeq: 2 INVITE',
      '',
    ];
    const lf = await openAndDiagnose(server, lines.join('\n'));
    const cr = await openAndDiagnose(server, lines.join('\r'));
    const crlf = await openAndDiagnose(server, lines.join('\r\n'));
    assert.ok(lf.diagnostics.length >= 3, `expected findings on 486, 499 and 503, got ${lf.diagnostics.length}`);
    assert.deepEqual(withoutUris(cr.diagnostics), withoutUris(lf.diagnostics));
    assert.deepEqual(withoutUris(crlf.diagnostics), withoutUris(lf.diagnostics));
    const lineOf503 = lines.indexOf('SIP/2.0 503 Service Unavailable');
    assert.ok(
      cr.diagnostics.some(
        (d) => d.code === 'final-server-failure' && d.range.start.line === lineOf503 && d.range.start.character === 8,
      ),
    );
    assert.match(markdownOf(await hoverAt(server, cr.uri, lineOf503, 9)), /### 503 Service Unavailable/);
    await assertAlive(server);
  });

  it('keeps publishing while a log is appended without a pause (a burst never starves diagnostics)', SLOW, async () => {
    const name = freshName('steady');
    const uri = uriOf(name);
    let local = TextDocument.create(
      uri,
      'log',
      1,
      'INVITE sip:bob@example.com SIP/2.0\nCall-ID: steady@192.0.2.10\nCSeq: 1 INVITE\n\n',
    );
    const published = recordPublishes(server, uri);
    const opened = server.waitForDiagnostics(uri);
    await openDocument(server, local.getText(), 'log', name);
    await opened;
    // One append every 40 ms for 2 s: each comes well within a debounce of the one before.
    const appends = 50;
    for (let i = 0; i < appends; i++) {
      const end = local.positionAt(local.getText().length);
      const change = {
        range: { start: end, end },
        text: `SIP/2.0 503 Service Unavailable\nCall-ID: steady-${i}@192.0.2.10\nCSeq: 1 INVITE\n\n`,
      };
      local = TextDocument.update(local, [change], local.version + 1);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: local.version },
        contentChanges: [change],
      });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const lastVersion = local.version;
    const whileAppending = published
      .map((p) => p.version ?? 0)
      .filter((version) => version > 1 && version < lastVersion);
    assert.ok(
      whileAppending.length >= 2,
      `diagnostics for versions published while the log grew: ${whileAppending.join(', ')}`,
    );
    // The last append's diagnostics may already be in.
    const final =
      published.find((p) => p.version === lastVersion) ??
      (await server.waitForDiagnostics(uri, (p) => p.version === lastVersion));
    assert.equal(final.diagnostics.filter((d) => d.code === 'final-server-failure').length, appends);
    await assertAlive(server);
  });

  it('publishes diagnostics for the last version after a burst of 100 unawaited edits', SLOW, async () => {
    const name = freshName('burst');
    const uri = uriOf(name);
    let local = TextDocument.create(
      uri,
      'log',
      1,
      'INVITE sip:bob@example.com SIP/2.0\nCall-ID: burst@192.0.2.10\nCSeq: 1 INVITE\n\n',
    );
    const published = recordPublishes(server, uri);
    const last = server.waitForDiagnostics(uri, (p) => p.version === 101);
    await openDocument(server, local.getText(), 'log', name);
    const sends: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      const change = burstEdit(local, i);
      local = TextDocument.update(local, [change], local.version + 1);
      sends.push(
        server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: local.version },
          contentChanges: [change],
        }),
      );
    }
    await Promise.all(sends);
    const final = await last;
    const fresh = await openAndDiagnose(server, local.getText());
    assert.equal(final.version, 101);
    assert.deepEqual(
      withoutUris(final.diagnostics),
      withoutUris(fresh.diagnostics),
      'the diagnostics are those of the final text',
    );
    assert.equal(final.diagnostics.filter((d) => d.code === 'final-client-failure').length, 80);
    await assertAlive(server);
    const versions = published.map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'no older version is published after a newer one',
    );
    assert.equal(versions.at(-1), 101);
  });

  it('renders a hostile reason phrase as inert text, with only sipLens command links', SLOW, async () => {
    const phrase = '<img src=x onerror=alert(1)> [run](command:workbench.action.files.delete)';
    const lines = [BUSY_CALL_LINES[0] ?? '', `SIP/2.0 486 ${phrase}`, ...BUSY_CALL_LINES.slice(2)];
    const { uri } = await openAndDiagnose(server, lines.join('\r\n'));
    const markdown = markdownOf(await hoverAt(server, uri, 1, 9));
    const html = renderMarkdown(markdown);
    assert.ok(!html.includes('<img'), 'an image reached the hover');
    assert.ok(visibleText(html).includes(phrase), 'the phrase is shown as it was sent');
    const commands = linkTargets(html).filter((target) => target.startsWith('command:'));
    assert.ok(
      commands.length > 0 && commands.every((c) => c.startsWith('command:sipLens.')),
      `command links: ${commands.join(', ')}`,
    );
    await assertAlive(server);
  });

  it('never turns a URL in log text into a link in a hover (F4)', SLOW, async () => {
    const phrase = 'Call http://localhost:8080/api?delete=1 now';
    const lines = [
      BUSY_CALL_LINES[0] ?? '',
      `SIP/2.0 486 ${phrase}`,
      ...BUSY_CALL_LINES.slice(2),
      '',
      `SIP/2.0 486 Busy Here`,
      'Call-ID: www.example.com/x@192.0.2.1',
      'CSeq: 9 INVITE',
    ];
    const { uri } = await openAndDiagnose(server, lines.join('\n'));
    for (const line of [1, lines.length - 3]) {
      const html = renderMarkdown(markdownOf(await hoverAt(server, uri, line, 9)));
      const foreign = linkTargets(html).filter(
        (target) => !target.startsWith('command:sipLens.') && !target.startsWith('https://www.rfc-editor.org/'),
      );
      assert.deepEqual(foreign, [], `line ${line}: ${html}`);
    }
    assert.ok(
      visibleText(renderMarkdown(markdownOf(await hoverAt(server, uri, 1, 9)))).includes(phrase),
      'the phrase is shown as sent',
    );
    await assertAlive(server);
  });

  it(
    'keeps bidi controls and control characters out of diagnostics, related information and the Outline (F5)',
    SLOW,
    async () => {
      // eslint-disable-next-line no-control-regex -- the characters the filter must have replaced
      const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
      const lines = [
        'INVITE\u061c sip:bob@example.com SIP/2.0',
        'Call-ID: \u202eevil\u2066@192.0.2.1\u0007',
        'CSeq: 1 INVITE\u200f',
        '',
        'SIP/2.0 480 \u202etnuocca ruoy yfirev\u202c',
        'Call-ID: \u202eevil\u2066@192.0.2.1\u0007',
        'CSeq: 1 INVITE\u200f',
        '',
        'SIP/2.0 499 \u202etnuocca ruoy yfirev\u202c\u0085',
        'Call-ID: other@192.0.2.1',
        'CSeq: 2 REGISTER\u061c',
      ];
      const { uri, diagnostics } = await openAndDiagnose(server, lines.join('\n'));
      assert.ok(diagnostics.length >= 2, `findings on the 480 and the 499: ${diagnostics.length}`);
      for (const d of diagnostics) {
        assert.doesNotMatch(textOf(d), unsafe, textOf(d));
        for (const related of d.relatedInformation ?? []) assert.doesNotMatch(related.message, unsafe, related.message);
      }
      const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri },
      });
      const texts = symbols.flatMap((s) => [s, ...(s.children ?? [])]).flatMap((s) => [s.name, s.detail ?? '']);
      assert.ok(
        texts.some((t) => t.includes('evil')),
        texts.join(' | '),
      );
      for (const text of texts) assert.doesNotMatch(text, unsafe, JSON.stringify(text));
      const everything = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: everything,
        context: { diagnostics },
      });
      for (const action of actions) assert.doesNotMatch(action.title, unsafe, action.title);
      const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: everything,
      });
      for (const hint of hints) assert.doesNotMatch(`${String(hint.label)} ${JSON.stringify(hint.tooltip)}`, unsafe);
      await assertAlive(server);
    },
  );
});

/** Edit `i` of the burst: append one failed call; every tenth edit also turns an earlier 486 into a 200. */
function burstEdit(
  document: TextDocument,
  i: number,
): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const text = document.getText();
  if (i % 10 === 9) {
    const at = text.indexOf('SIP/2.0 486 Busy Here');
    const start = document.positionAt(at + 8);
    return { range: { start, end: document.positionAt(at + 21) }, text: '200 OK' };
  }
  const end = document.positionAt(text.length);
  return {
    range: { start: end, end },
    text: `SIP/2.0 486 Busy Here\nCall-ID: burst-${i}@192.0.2.10\nCSeq: 1 INVITE\n\n`,
  };
}
