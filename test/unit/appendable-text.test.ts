/**
 * AppendableText must read exactly like the string it stands for, whatever mix of appends,
 * edits inside the tail and edits further up produced it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AppendableText } from '../../server/src/document/appendableText';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 300);

function assertReadsLike(text: AppendableText, expected: string): void {
  assert.equal(text.length, expected.length);
  for (let i = 0; i <= expected.length; i++)
    assert.equal(text.charCodeAt(i), expected.charCodeAt(i), `charCodeAt(${i})`);
  for (let start = 0; start <= expected.length; start += 3) {
    for (let end = start; end <= expected.length; end += 5)
      assert.equal(text.slice(start, end), expected.slice(start, end), `slice(${start}, ${end})`);
  }
  assert.equal(text.toString(), expected);
}

describe('AppendableText', () => {
  it('reads like the edited string after any series of edits (appends weighted)', () => {
    const edit = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 6 }),
      inserted: fc.string({ maxLength: 8 }),
      append: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { maxLength: 12 }), (initial, edits) => {
        let text = AppendableText.of(initial);
        let expected = initial;
        for (const { at, length, inserted, append } of edits) {
          const start = append ? expected.length : at % (expected.length + 1);
          const end = Math.min(expected.length, start + length);
          text = text.withEdit(start, end, inserted);
          expected = expected.slice(0, start) + inserted + expected.slice(end);
          assertReadsLike(text, expected);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('folds a tail that outgrows its limit into the base and keeps reading right', () => {
    const chunk = 'SIP/2.0 200 OK\r\n'.repeat(64 * 1024); // 1 MiB
    let text = AppendableText.of('INVITE sip:a@b SIP/2.0\r\n');
    let expected = text.toString();
    for (let i = 0; i < 6; i++) {
      text = text.withEdit(expected.length, expected.length, chunk);
      expected += chunk;
    }
    assert.equal(text.length, expected.length);
    assert.equal(text.toString(), expected);
    assert.equal(text.slice(expected.length - 40, expected.length), expected.slice(-40));
    assert.equal(text.charCodeAt(5 * chunk.length + 3), expected.charCodeAt(5 * chunk.length + 3));
  });
});
