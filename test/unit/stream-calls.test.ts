/**
 * Streamed call summaries and statistics equal the whole text's (issue 22): on every fixture, cut
 * at every line break with the smallest windows, and at random places with random window sizes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CallStream } from '../../server/src/stream/calls';
import { failedCalls } from '../support/callLogs';
import { assertEqualAtRandomCuts, chunksAt, fixtureTexts, lineBoundaries } from './stream-support';
import { streamedCalls, wholeCalls } from './stream-calls-support';

describe('streamed call summaries equal the whole-text ones', () => {
  for (const [name, text] of fixtureTexts(true)) {
    it(`${name}: one line per chunk, a window per line`, () => {
      const whole = wholeCalls(text);
      const chunks = chunksAt(text, lineBoundaries(text));
      for (const marginLines of [2, 64])
        assert.deepEqual(streamedCalls(chunks, { windowChars: 1, marginLines }), whole);
    });

    it(`${name}: random chunks and window sizes`, () => {
      const whole = wholeCalls(text);
      assertEqualAtRandomCuts(text, whole, (chunks, windowChars, marginLines) =>
        streamedCalls(chunks, { windowChars, marginLines }),
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
