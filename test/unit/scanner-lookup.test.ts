/** occurrenceAt / occurrencesInRange / messageAt: the binary-search lookups hover uses. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyze,
  isQ850Occurrence,
  messageAt,
  occurrenceAt,
  occurrencesInRange,
} from '../../server/src/analysis/index';

const text =
  'SIP/2.0 486 Busy Here\nCSeq: 1 INVITE\nCall-ID: x@example.com\nReason: Q.850;cause=17\n\ncompleted with code: 408\n';
const analysis = analyze(text);
const statusAt = text.indexOf('486');
const causeAt = text.indexOf('cause=17') + 'cause='.length;
const mentionAt = text.indexOf('408');

test('every digit of a code finds its occurrence; the characters around it do not', () => {
  for (const offset of [statusAt, statusAt + 1, statusAt + 2])
    assert.equal(occurrenceAt(analysis, offset)?.offset, statusAt);
  assert.equal(occurrenceAt(analysis, statusAt - 1), undefined);
  assert.equal(occurrenceAt(analysis, statusAt + 3), undefined);
  assert.equal(occurrenceAt(analysis, mentionAt + 2)?.offset, mentionAt);
});

test('includeEnd also matches the caret position right after the digits', () => {
  assert.equal(occurrenceAt(analysis, statusAt + 3, { includeEnd: true })?.offset, statusAt);
  assert.equal(occurrenceAt(analysis, statusAt + 4, { includeEnd: true }), undefined);
});

test('Q.850 causes are found over their own length and told apart from status codes', () => {
  const found = occurrenceAt(analysis, causeAt + 1);
  assert.ok(found && isQ850Occurrence(found));
  assert.equal(found.cause, 17);
  assert.equal(occurrenceAt(analysis, causeAt + 2), undefined);
  const status = occurrenceAt(analysis, statusAt);
  assert.ok(status && !isQ850Occurrence(status));
  assert.equal(status.code, 486);
});

test('lookups stay exact across many occurrences', () => {
  const big = Array.from({ length: 5000 }, (_, i) => `SIP/2.0 ${100 + (i % 600)} X`).join('\n');
  const many = analyze(big);
  assert.equal(many.occurrences.length, 5000);
  for (let i = 0; i < 5000; i += 97) {
    const occurrence = many.occurrences[i];
    assert.ok(occurrence);
    assert.equal(occurrenceAt(many, occurrence.offset + 1), occurrence);
    assert.equal(occurrenceAt(many, occurrence.offset - 1), undefined);
  }
});

test('occurrencesInRange returns codes whose first digit lies in the range', () => {
  assert.deepEqual(
    occurrencesInRange(analysis, 0, text.length).map((o) => o.code),
    [486, 408],
  );
  assert.deepEqual(
    occurrencesInRange(analysis, statusAt + 1, text.length).map((o) => o.code),
    [408],
  );
  assert.deepEqual(
    occurrencesInRange(analysis, 0, statusAt).map((o) => o.code),
    [],
  );
});

test('messageAt finds the message containing an offset', () => {
  assert.equal(messageAt(analysis, text.indexOf('CSeq'))?.index, 0);
  assert.equal(messageAt(analysis, mentionAt), undefined);
  assert.equal(messageAt(analysis, 0)?.index, 0);
});

test('an empty analysis finds nothing', () => {
  const empty = analyze('');
  assert.equal(occurrenceAt(empty, 0), undefined);
  assert.deepEqual(occurrencesInRange(empty, 0, 10), []);
  assert.equal(messageAt(empty, 0), undefined);
});
