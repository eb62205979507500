/**
 * maskAnsi: every escape sequence becomes NULs of the same length, nothing else changes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskAnsi } from '../../server/src/analysis/ansi';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 300);

/** The definition, written the slow and obvious way. */
const reference = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/\u001b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~])?/g, (sequence) => '\u0000'.repeat(sequence.length));

describe('maskAnsi', () => {
  it('masks colour codes in place and keeps the length', () => {
    const coloured = '\u001b[1;31mSIP/2.0 486 Busy Here\u001b[0m\r\n';
    const masked = maskAnsi(coloured);
    assert.equal(masked, `${'\u0000'.repeat(7)}SIP/2.0 486 Busy Here${'\u0000'.repeat(4)}\r\n`);
    assert.equal(maskAnsi('no colours'), 'no colours');
  });

  it('agrees with the definition on any mix of escapes, parameters and text', () => {
    const piece = fc.constantFrom(
      '\u001b',
      '[',
      '0',
      '1;32',
      ';',
      '?',
      'm',
      'K',
      ' ',
      '/',
      'SIP/2.0 200 OK',
      '\n',
      'é',
      '\ud83d\ude00',
      '9'.repeat(40),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(maskAnsi(text), reference(text));
      }),
      { numRuns: RUNS },
    );
  });
});
