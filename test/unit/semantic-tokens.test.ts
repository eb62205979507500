/**
 * Semantic tokens: the LSP relative encoding, tokens exactly on what the analysis recognised
 * over the annotated corpus (never on a trap), ranges, and the token types' declaration in
 * package.json matching the grammar's class scopes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/index';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { SemanticTokenResults, tokenEdits } from '../../server/src/features/semanticTokensDelta';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';
import { annotatedFixtureNames, readExpectations, readFixture } from '../fixtures/index';
import { REPO_ROOT } from '../support/lspClient';

interface Token {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
}

/** Undoes the relative encoding, checking its shape on the way. */
function decode(data: readonly number[]): Token[] {
  assert.equal(data.length % 5, 0, 'five integers per token');
  const tokens: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5) as [
      number,
      number,
      number,
      number,
      number,
    ];
    assert.ok(deltaLine >= 0 && deltaStart >= 0, `token ${i / 5} goes backwards`);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    assert.equal(modifiers, 0);
    tokens.push({ line, character, length, type: TOKEN_TYPES[type] ?? `?${type}` });
  }
  return tokens;
}

function tokensOf(text: string, range?: Parameters<typeof semanticTokens>[2]) {
  const document = TextDocument.create('file:///t.log', 'log', 1, text);
  return semanticTokens(document, analyze(text), range).data;
}

const key = (t: Token) => `${t.line}:${t.character}+${t.length} ${t.type}`;

test('encodes each code as line/start deltas, length 3 and its class; a Q.850 cause with its own length', () => {
  const text = [
    'SIP/2.0 486 Busy Here',
    'CSeq: 1 INVITE',
    'Reason: Q.850;cause=17',
    'Reason: SIP;cause=487',
    '',
    'completed with code: 408',
    'SIP/2.0 180 Ringing',
  ].join('\n');
  const client = TOKEN_TYPES.indexOf('sipStatusClientError');
  const provisional = TOKEN_TYPES.indexOf('sipStatusProvisional');
  const q850 = TOKEN_TYPES.indexOf('sipQ850Cause');
  assert.deepEqual(
    tokensOf(text),
    [
      [0, 8, 3, client, 0],
      [2, 20, 2, q850, 0],
      [1, 18, 3, client, 0],
      [2, 21, 3, client, 0],
      [1, 8, 3, provisional, 0],
    ].flat(),
  );
});

test('two codes on one line: the second start is relative to the first', () => {
  const text = readFixture('kamailio-syslog.log');
  const line = 3;
  const onLine = decode(tokensOf(text)).filter((t) => t.line === line);
  assert.deepEqual(onLine.map(key), ['3:107+3 sipStatusClientError', '3:130+3 sipStatusSuccess']);
});

test('every class has its own token type', () => {
  const text = ['100', '200', '302', '404', '503', '603']
    .map((code) => `SIP/2.0 ${code} Phrase\nCSeq: 1 INVITE\n`)
    .join('\n');
  assert.deepEqual(
    decode(tokensOf(text)).map((t) => t.type),
    TOKEN_TYPES.filter((t) => t !== 'sipQ850Cause'),
  );
});

for (const name of annotatedFixtureNames()) {
  test(`${name}: tokens on exactly the recognised codes and causes, none on a trap`, () => {
    const text = readFixture(name);
    const expected = readExpectations(name);
    const tokens = decode(tokensOf(text));
    const wanted = [
      ...expected.positives.map((p) => ({
        line: p.line,
        character: p.character,
        length: 3,
        type: TOKEN_TYPES[Math.floor(p.code / 100) - 1] as string,
      })),
      ...expected.q850.map((q) => ({
        line: q.line,
        character: q.character,
        length: String(q.cause).length,
        type: 'sipQ850Cause',
      })),
    ];
    assert.deepEqual(tokens.map(key).sort(), wanted.map(key).sort());
    for (const negative of expected.negatives) {
      const trapEnd = negative.character + negative.text.length;
      const hit = tokens.find(
        (t) => t.line === negative.line && t.character < trapEnd && negative.character < t.character + t.length,
      );
      assert.equal(hit, undefined, `token ${hit ? key(hit) : ''} on trap ${JSON.stringify(negative)}`);
    }
  });
}

test('a range request returns the tokens starting in the range, encoded from the range start', () => {
  const text = readFixture('asterisk-pjsip.log');
  const all = decode(tokensOf(text));
  const range = { start: { line: 40, character: 0 }, end: { line: 120, character: 0 } };
  const inRange = decode(tokensOf(text, range));
  assert.ok(inRange.length > 0 && inRange.length < all.length, `${inRange.length} of ${all.length}`);
  assert.deepEqual(inRange.map(key), all.filter((t) => t.line >= 40 && t.line < 120).map(key));
  const empty = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } };
  assert.deepEqual(tokensOf(text, empty), []);
});

test('an empty or code-free document has no tokens', () => {
  assert.deepEqual(tokensOf(''), []);
  assert.deepEqual(tokensOf('listening on 192.0.2.1:5060, pid 486\n'), []);
});

test('package.json declares the legend types and maps them to the grammar class scopes', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: {
      semanticTokenTypes: { id: string; superType: string }[];
      semanticTokenScopes: { scopes: Record<string, string[]> }[];
    };
  };
  const grammar = JSON.parse(readFileSync(join(REPO_ROOT, 'syntaxes', 'sip.tmLanguage.json'), 'utf8')) as {
    repository: Record<string, { patterns: { name?: string; captures?: Record<string, { name: string }> }[] }>;
  };
  const declared = manifest.contributes.semanticTokenTypes;
  assert.deepEqual(
    declared.map((t) => t.id),
    SEMANTIC_TOKENS_LEGEND.tokenTypes,
  );
  assert.ok(declared.every((t) => t.superType === 'number'));
  const scopes = manifest.contributes.semanticTokenScopes[0]?.scopes ?? {};
  // The grammar's class patterns come in class order (1xx first); Q.850 has its own capture.
  const classScopes = (grammar.repository['status-code-class']?.patterns ?? []).map((p) => p.name);
  const q850Scope = grammar.repository['header-reason']?.patterns
    .flatMap((p) => Object.values(p.captures ?? {}).map((c) => c.name))
    .find((name) => name.includes('q850'));
  const expected = [...classScopes.slice(0, 6), q850Scope];
  assert.deepEqual(
    TOKEN_TYPES.map((type) => scopes[type]),
    expected.map((scope) => [scope]),
  );
});

test('a delta is the one run of integers that changed', () => {
  assert.deepEqual(tokenEdits([1, 2, 3], [1, 2, 3]), []);
  // An append: only the new tail goes.
  assert.deepEqual(tokenEdits([0, 8, 3, 3, 0], [0, 8, 3, 3, 0, 4, 8, 3, 1, 0]), [
    { start: 5, deleteCount: 0, data: [4, 8, 3, 1, 0] },
  ]);
  // A change in the middle keeps the common start and end.
  assert.deepEqual(tokenEdits([1, 2, 3, 4, 5], [1, 2, 9, 4, 5]), [{ start: 2, deleteCount: 1, data: [9] }]);
  // Repeated values never let the common start and end overlap.
  assert.deepEqual(tokenEdits([7, 7], [7, 7, 7]), [{ start: 2, deleteCount: 0, data: [7] }]);
  assert.deepEqual(tokenEdits([7, 7, 7], [7]), [{ start: 1, deleteCount: 2, data: [] }]);
});

test('applying the delta to the kept result gives the new full result', () => {
  const results = new SemanticTokenResults();
  const before = tokensOf(readFixture('asterisk-pjsip.log'));
  const first = results.full('u', before);
  const grown = readFixture('asterisk-pjsip.log') + readFixture('sipp-messages.log');
  const after = tokensOf(grown);
  const delta = results.delta('u', first.resultId as string, after);
  assert.ok('edits' in delta, 'a delta, not a full result');
  const applied = [...before];
  for (const edit of [...delta.edits].reverse()) applied.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  assert.deepEqual(applied, after);
  assert.ok(delta.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0) < after.length / 2, 'only the change is sent');
  // A result the server no longer keeps (or never gave) gets a full answer.
  assert.ok('data' in results.delta('u', 'stale', after));
  results.delete('u');
  assert.ok('data' in results.delta('u', delta.resultId ?? '', after));
});

test("the server's own document (forward line search) encodes exactly as the stock one, in LF, CRLF and CR", () => {
  for (const name of annotatedFixtureNames()) {
    const lf = readFixture(name).replace(/\r\n?/gu, '\n');
    for (const text of [lf, lf.replace(/\n/gu, '\r\n'), lf.replace(/\n/gu, '\r')]) {
      const ours = SipTextDocument.create('file:///t.log', 'log', 1, text);
      const analysis = analyze(text);
      assert.deepEqual(semanticTokens(ours, analysis).data, tokensOf(text), name);
    }
  }
});
