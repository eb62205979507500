/** statusCodeAt / q850At: what the hover, the code actions and `sipLens/codeAt` find under the cursor. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { q850At, statusCodeAt } from '../../server/src/features/lookup';

const text =
  'SIP/2.0 486 Busy Here\nCSeq: 1 INVITE\nReason: Q.850;cause=17\nReason: Q.850;cause=1\n\ncompleted with code: 408\n';
const analysis = analyze(text);
const statusAt = text.indexOf('486');
const causeAt = text.indexOf('cause=17') + 'cause='.length;
const shortCauseAt = text.indexOf('cause=1\n') + 'cause='.length;
const mentionAt = text.indexOf('408');

test('statusCodeAt finds a code from each digit and from the caret just after it', () => {
  for (const offset of [statusAt, statusAt + 1, statusAt + 2, statusAt + 3])
    assert.equal(statusCodeAt(analysis, offset)?.code, 486, `offset ${offset}`);
  assert.equal(statusCodeAt(analysis, mentionAt + 3)?.code, 408);
  assert.equal(statusCodeAt(analysis, statusAt - 1), undefined);
  assert.equal(statusCodeAt(analysis, statusAt + 4), undefined);
});

test('statusCodeAt never answers with a Q.850 cause, and q850At never with a status code', () => {
  assert.equal(statusCodeAt(analysis, causeAt), undefined);
  assert.equal(q850At(analysis, statusAt + 1), undefined);
});

test('q850At covers the cause digits and the caret after them, whatever their length', () => {
  for (const offset of [causeAt, causeAt + 1, causeAt + 2])
    assert.equal(q850At(analysis, offset)?.cause, 17, `offset ${offset}`);
  assert.equal(q850At(analysis, causeAt + 3), undefined);
  assert.equal(q850At(analysis, shortCauseAt)?.cause, 1);
  assert.equal(q850At(analysis, shortCauseAt + 1)?.cause, 1);
  assert.equal(q850At(analysis, shortCauseAt + 2), undefined);
  assert.equal(q850At(analysis, causeAt - 1), undefined);
});

test('an empty analysis has nothing under any offset', () => {
  const empty = analyze('');
  assert.equal(statusCodeAt(empty, 0), undefined);
  assert.equal(q850At(empty, 0), undefined);
});
