/**
 * The shortcuts the lean analysis core and rules take (issue 22) give the answers of the plain
 * forms they replace: the LF-only line index equals the two-cursor walk on any mix of breaks,
 * the search that starts from a hint equals the whole binary search wherever the hint points,
 * and the numeric "already reported" keys tell the same findings apart as the string keys did.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { computeLineStarts } from '../../server/src/analysis/index';
import { firstStartingAtOrAfter, firstStartingAtOrAfterFrom } from '../../server/src/analysis/lookup';
import { firstReport } from '../../server/src/rules/reported';

/** Line starts by definition, one character at a time: after an LF, after a CR not followed by an LF. */
function slowLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

test('line starts of LF, CRLF and lone-CR texts equal their definition', () => {
  const pieces = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\r\r', '\n\r');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual([...computeLineStarts(text)], slowLineStarts(text));
    }),
    { numRuns: 2000 },
  );
  // A CRLF log with one lone CR at its very end still breaks there.
  assert.deepEqual([...computeLineStarts('a\r\nb\r')], [0, 3, 5]);
  assert.deepEqual([...computeLineStarts('a\r\nb\r\n')], [0, 3, 6]);
});

test('the search from a hint finds what the whole search finds, for every hint', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }),
      fc.integer({ min: -2, max: 70 }),
      fc.integer({ min: -3, max: 35 }),
      (raw, offset, from) => {
        const list = [...raw].sort((a, b) => a - b).map((value) => ({ offset: value }));
        assert.equal(firstStartingAtOrAfterFrom(list, offset, from), firstStartingAtOrAfter(list, offset));
      },
    ),
    { numRuns: 3000 },
  );
});

test('a finding is first reported once per Call-ID, CSeq, method, code and rule', () => {
  const reported = new Set<string>();
  assert.equal(firstReport(reported, 'call-1', 102, 'INVITE', 486, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'call-1', 102, 'INVITE', 486, 'final-client-failure'), false);
  // Any one part differing is another finding.
  assert.equal(firstReport(reported, 'call-2', 102, 'INVITE', 486, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'call-1', 103, 'INVITE', 486, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'call-1', 102, 'BYE', 486, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'call-1', 102, 'INVITE', 487, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'call-1', 102, 'INVITE', 486, 'unregistered-code'), true);
  // Another pass (another set) starts afresh.
  assert.equal(firstReport(new Set<string>(), 'call-1', 102, 'INVITE', 486, 'final-client-failure'), true);
});

test('CSeq numbers and codes too large for a numeric key are still told apart exactly', () => {
  const reported = new Set<string>();
  const huge = 2 ** 52;
  assert.equal(firstReport(reported, 'c', huge, 'INVITE', 486, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'c', huge, 'INVITE', 486, 'final-client-failure'), false);
  assert.equal(firstReport(reported, 'c', huge + 2, 'INVITE', 486, 'final-client-failure'), true);
  // Numbers that a packed key would confuse: the CSeq of one, shifted, against the code of another.
  assert.equal(firstReport(reported, 'c', 1, 'INVITE', 0, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'c', 0, 'INVITE', 1024, 'final-client-failure'), true);
  assert.equal(firstReport(reported, 'c', 0, 'INVITE', 1024, 'final-client-failure'), false);
});
