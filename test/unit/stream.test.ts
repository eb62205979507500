/**
 * Streaming gives exactly the whole-text findings (text, place, severity, counts, overflow) on
 * every fixture: cut at every line break with the smallest windows, and at random places.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RuleOptions } from '../../server/src/rules/types';
import { assertProperty } from '../support/sipGenerators';
import { chunksAt, lineBoundaries, streamedCheck, wholeCheck } from './stream-support';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const ALL: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };
const CAPPED: RuleOptions = { overrides: {}, maxFindings: 3 };

function fixtureTexts(): [string, string][] {
  return readdirSync(FIXTURES)
    .filter((name) => /\.(log|sip|txt)$/u.test(name) && statSync(join(FIXTURES, name)).isFile())
    .map((name) => [name, readFileSync(join(FIXTURES, name), 'utf8')]);
}

describe('streamed check equals the whole-text check', () => {
  for (const [name, text] of fixtureTexts()) {
    it(`${name}: one line per chunk, a window per line, margins of 2 and 64 lines`, () => {
      const chunks = chunksAt(text, lineBoundaries(text));
      for (const options of [ALL, CAPPED]) {
        const whole = wholeCheck(text, options);
        for (const marginLines of [2, 64])
          assert.deepEqual(streamedCheck(chunks, { ...options, windowChars: 1, marginLines }), whole);
      }
    });

    it(`${name}: random chunks and window sizes`, () => {
      const whole = wholeCheck(text, ALL);
      assertProperty(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 12 }),
          fc.integer({ min: 1, max: 4096 }),
          fc.integer({ min: 2, max: 70 }),
          (cuts, windowChars, marginLines) => {
            const chunks = chunksAt(
              text,
              [...cuts].sort((a, b) => a - b),
            );
            assert.deepEqual(streamedCheck(chunks, { ...ALL, windowChars, marginLines }), whole);
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
