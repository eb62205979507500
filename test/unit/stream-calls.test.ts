/**
 * Streamed call summaries and statistics equal the whole text's (issue 22): on every fixture, cut
 * at every line break with the smallest windows, and at random places with random window sizes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CallStream } from '../../server/src/stream/calls';
import { failedCalls } from '../support/callLogs';
import { assertProperty } from '../support/sipGenerators';
import { chunksAt, lineBoundaries } from './stream-support';
import { streamedCalls, wholeCalls } from './stream-calls-support';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

function fixtureTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const dir of [FIXTURES, join(FIXTURES, 'flows')])
    for (const name of readdirSync(dir))
      if (/\.(log|sip|txt)$/u.test(name) && statSync(join(dir, name)).isFile())
        texts.push([name, readFileSync(join(dir, name), 'utf8')]);
  return texts;
}

describe('streamed call summaries equal the whole-text ones', () => {
  for (const [name, text] of fixtureTexts()) {
    it(`${name}: one line per chunk, a window per line`, () => {
      const whole = wholeCalls(text);
      const chunks = chunksAt(text, lineBoundaries(text));
      for (const marginLines of [2, 64])
        assert.deepEqual(streamedCalls(chunks, { windowChars: 1, marginLines }), whole);
    });

    it(`${name}: random chunks and window sizes`, () => {
      const whole = wholeCalls(text);
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
            assert.deepEqual(streamedCalls(chunks, { windowChars, marginLines }), whole);
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});

describe('streamed call summaries hold only the open calls', () => {
  it('keeps a few calls open at a time in a log of hundreds, and still gives the whole-text summaries', () => {
    const text = failedCalls(300_000);
    const stream = new CallStream({ windowChars: 2_000, marginLines: 8, horizonChars: 4_000 });
    const summaries = [];
    for (const chunk of chunksAt(
      text,
      lineBoundaries(text).filter((_, i) => i % 50 === 0),
    ))
      for (const { summary } of stream.push(chunk)) summaries.push(summary);
    for (const { summary } of stream.end()) summaries.push(summary);
    assert.ok(summaries.length > 500, `${summaries.length} calls`);
    assert.ok(stream.maxOpenCalls > 1 && stream.maxOpenCalls < 40, `${stream.maxOpenCalls} calls open at once`);
    assert.equal(stream.callsSummarisedInParts, 0);
    assert.equal(JSON.stringify(summaries), wholeCalls(text).summaries);
  });
});
