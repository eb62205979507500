/**
 * The same log with LF, CRLF or lone-CR line endings must give the same findings at the same
 * line/character positions, and the same messages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, LineIndex } from '../../server/src/analysis/index';
import { annotatedFixtureNames, readFixture } from '../fixtures/index';

const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
];

/** Findings and messages in a form that does not depend on offsets. */
function fingerprint(text: string): unknown {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const { line, character } = lines.positionAt(offset);
    return `${line}:${character}`;
  };
  const analysis = analyze(text);
  return {
    codes: analysis.occurrences.map((o) => `${at(o.offset)} ${o.code} ${o.kind} ${o.phrase ?? ''} ${o.messageIndex}`),
    q850: analysis.q850.map((q) => `${at(q.offset)} ${q.cause}`),
    messages: analysis.messages.map(
      (m) =>
        `${at(m.startOffset)}-${at(m.endOffset)} ${m.method ?? m.statusCode} ${m.callId} ${m.cseqNumber} ${m.format}`,
    ),
    calls: analysis.calls.map(
      (c) =>
        `${c.callId}: ${c.transactions.map((t) => `${t.method}/${t.cseqNumber}->${t.finalResponse ?? '-'}`).join(' ')}`,
    ),
  };
}

for (const name of annotatedFixtureNames()) {
  test(`${name}: LF, CRLF and CR give the same findings and messages`, () => {
    const original = readFixture(name);
    const [reference, ...others] = ENDINGS.map(([, eol]) => fingerprint(original.replace(/\r\n|\r|\n/g, eol)));
    others.forEach((other, i) => assert.deepEqual(other, reference, `${ENDINGS[i + 1]?.[0]} differs from LF`));
  });
}
