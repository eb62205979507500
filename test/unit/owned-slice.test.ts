/**
 * ownedSlice: a copy of a slice that never pins the text, found in a table of copies already made
 * when the same characters come again. Whatever the table holds, the copy must equal the slice:
 * Call-IDs, tags and branches that differ in one character must never be taken for one another.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ownedSlice, ownedUniqueSlice } from '../../server/src/analysis/chars';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 300);

/** Few letters, so that many slices share their length and the characters the table hashes. */
const crowdedText = fc.array(fc.constantFrom('a', 'b', 'z9hG4bK', '-', '\u00e9', '\u4e2d'), { maxLength: 120 });

describe('ownedSlice', () => {
  it('equals the slice for every range, however often the table is hit or overwritten', () => {
    fc.assert(
      fc.property(crowdedText, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }), (parts, ranges) => {
        const text = parts.join('');
        for (const [a, b] of ranges) {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          assert.equal(ownedSlice(text, start, end), text.slice(start, end), JSON.stringify({ text, start, end }));
          assert.equal(ownedUniqueSlice(text, start, end), text.slice(start, end));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('tells apart values that differ only where the hash does not look', () => {
    // Same length, same first and last characters, one character apart in the middle: Call-IDs of one system.
    const ids = Array.from(
      { length: 64 },
      (_, i) => `a84b4c76e66710-${String(i).padStart(4, '0')}-314159@198.51.100.7`,
    );
    for (let round = 0; round < 3; round++) {
      for (const id of ids) {
        const text = `Call-ID: ${id}\r\n`;
        assert.equal(ownedSlice(text, 9, 9 + id.length), id);
      }
    }
  });
});
