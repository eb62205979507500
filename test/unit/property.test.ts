/**
 * Properties of the analysis core over random, hostile and damaged SIP logs: it never throws,
 * every position it reports lies inside the text and points at what it claims, lists are
 * sorted, indexes are valid, and the result depends on the text alone.
 * Runs per property: SIP_LENS_FUZZ_RUNS (default 200); `npm run fuzz` runs many more.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, LineIndex } from '../../server/src/analysis';
import type { Analysis, Call } from '../../server/src/analysis/types';
import { arbCleanSipLog, arbSipLog } from '../support/sipGenerators';
import { arbAnyLog, arbMutatedSipLog } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';

const TIMEOUT = { timeout: 600_000 };

function assertOccurrences(text: string, analysis: Analysis): void {
  let previous = -1;
  for (const occurrence of analysis.occurrences) {
    const { offset, code } = occurrence;
    assert.ok(
      Number.isInteger(offset) && offset >= 0 && offset + 3 <= text.length,
      `occurrence at ${offset} outside the text`,
    );
    assert.ok(offset >= previous, `occurrences out of order at ${offset}`);
    assert.ok(Number.isInteger(code) && code >= 100 && code <= 699, `code ${code} outside 100-699`);
    assert.equal(text.slice(offset, offset + 3), String(code), `occurrence at ${offset} does not point at its digits`);
    assert.ok(occurrence.messageIndex >= -1 && occurrence.messageIndex < analysis.messages.length);
    previous = offset;
  }
}

function assertQ850(text: string, analysis: Analysis): void {
  let previous = -1;
  for (const cause of analysis.q850) {
    assert.ok(
      cause.offset >= 0 && cause.length > 0 && cause.offset + cause.length <= text.length,
      `Q.850 at ${cause.offset} outside the text`,
    );
    assert.ok(cause.offset >= previous, 'Q.850 causes out of order');
    assert.equal(Number(text.slice(cause.offset, cause.offset + cause.length)), cause.cause);
    assert.ok(cause.messageIndex >= -1 && cause.messageIndex < analysis.messages.length);
    previous = cause.offset;
  }
}

function assertMessages(text: string, analysis: Analysis): void {
  let previousEnd = 0;
  analysis.messages.forEach((message, i) => {
    const { startOffset, startLineEnd, endOffset } = message;
    assert.equal(message.index, i);
    assert.ok(
      0 <= startOffset && startOffset <= startLineEnd && startLineEnd <= endOffset && endOffset <= text.length,
      `message ${i} extent ${startOffset}/${startLineEnd}/${endOffset} is not ordered inside [0, ${text.length}]`,
    );
    // Lookups binary-search messages by start: they must not overlap.
    assert.ok(
      startOffset >= previousEnd,
      `message ${i} starts at ${startOffset}, inside the previous one (ends ${previousEnd})`,
    );
    if (message.kind === 'response')
      assert.ok(message.statusCode !== undefined && message.statusCode >= 100 && message.statusCode <= 699);
    else
      assert.ok(
        message.method && text.startsWith(message.method, startOffset),
        `request ${i} does not start with its method`,
      );
    previousEnd = endOffset;
  });
}

function assertCall(call: Call, messageCount: number): void {
  const valid = (index: number) => Number.isInteger(index) && index >= 0 && index < messageCount;
  assert.ok(call.messages.every(valid));
  for (const transaction of call.transactions) {
    if (transaction.request !== undefined) assert.ok(valid(transaction.request));
    assert.ok(transaction.responses.every(valid));
    if (transaction.finalResponse !== undefined) assert.ok(transaction.responses.includes(transaction.finalResponse));
  }
}

/** Every structural promise Analysis makes in analysis/types.ts. */
export function assertWellFormed(text: string, analysis: Analysis): void {
  assert.equal(analysis.textLength, text.length);
  assertOccurrences(text, analysis);
  assertQ850(text, analysis);
  assertMessages(text, analysis);
  for (const call of analysis.calls) assertCall(call, analysis.messages.length);
}

describe('analyze over random SIP logs (property)', () => {
  it('never throws and reports only positions inside the text, on well-formed logs', TIMEOUT, () => {
    assertProperty(fc.property(arbSipLog, (text) => assertWellFormed(text, analyze(text))));
  });

  it('never throws and reports only positions inside the text, on damaged logs and garbage', TIMEOUT, () => {
    assertProperty(fc.property(arbAnyLog, (text) => assertWellFormed(text, analyze(text))));
  });

  it('finds every generated message, in every format, with its code, method, Call-ID, CSeq and format', TIMEOUT, () => {
    assertProperty(
      fc.property(arbCleanSipLog, ({ text, parts }) => {
        const analysis = analyze(text);
        assert.equal(analysis.messages.length, parts.length, 'one message per generated message');
        parts.forEach(({ message, format }, i) => {
          const found = analysis.messages[i];
          assert.ok(found);
          assert.equal(found.kind, message.kind);
          assert.equal(found.format, format, `message ${i}`);
          assert.equal(found.callId, `${message.call}a84b4c76e66710@192.0.2.10`);
          assert.equal(found.cseqNumber, message.cseq);
          assert.equal(found.cseqMethod, message.method);
          if (message.kind === 'request') assert.equal(found.method, message.method);
          else {
            assert.equal(found.statusCode, message.code);
            assert.ok(
              analysis.occurrences.some(
                (o) => o.messageIndex === i && o.kind === 'status-line' && o.code === message.code,
              ),
            );
          }
        });
      }),
    );
  });

  it('is deterministic: two runs on the same text give deep-equal results', TIMEOUT, () => {
    assertProperty(fc.property(arbAnyLog, (text) => assert.deepEqual(analyze(text), analyze(text))));
  });

  it('gives the same result with a caller-built LineIndex as without', TIMEOUT, () => {
    assertProperty(
      fc.property(arbMutatedSipLog, (text) =>
        assert.deepEqual(analyze(text, { lineIndex: new LineIndex(text) }), analyze(text)),
      ),
    );
  });
});
