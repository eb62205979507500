/**
 * analyzeInSlices: the same snapshot as a one-shot analysis, built slice by slice with the event
 * loop running in between.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { analyzeInSlices, PROGRESSIVE_MIN_CHARS } from '../../server/src/pipeline/progressive';
import { BUSY_CALL_LINES } from '../support/sipSamples';

function logOf(minChars: number): string {
  const call = (i: number) =>
    `INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: c${i}@example.com\r\nCSeq: ${i} INVITE\r\n\r\nSIP/2.0 ${i % 2 ? '486 Busy Here' : '200 OK'}\r\nCall-ID: c${i}@example.com\r\nCSeq: ${i} INVITE\r\n\r\n`;
  const parts = [BUSY_CALL_LINES.join('\r\n')];
  let length = parts[0]?.length ?? 0;
  for (let i = 0; length < minChars; i++) {
    const next = call(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

describe('analyzeInSlices', () => {
  it('analyses a big text slice by slice, yielding between slices, to the one-shot result', async () => {
    const text = logOf(PROGRESSIVE_MIN_CHARS * 2 + 12345);
    const prefixes: number[] = [];
    let otherWorkRan = 0;
    const tick = () => {
      otherWorkRan++;
      if (otherWorkRan < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await analyzeInSlices(
      text,
      (p) => prefixes.push(p.snapshot.analysis.textLength),
      () => false,
    );
    assert.ok(result);
    assert.ok(prefixes.length >= 2, `expected several slices, got ${prefixes.length}`);
    assert.deepEqual(
      [...prefixes].sort((a, b) => a - b),
      prefixes,
      'each slice extends the prefix',
    );
    assert.ok(otherWorkRan >= prefixes.length, 'other work ran between slices');
    assert.deepEqual(result.snapshot.analysis, analyze(text));
  });

  it('gives the one-shot result on a coloured (ANSI) log too', async () => {
    const text = logOf(PROGRESSIVE_MIN_CHARS * 2).replace(/SIP\/2\.0 486/gu, '\u001b[31mSIP/2.0 486\u001b[0m');
    const result = await analyzeInSlices(
      text,
      () => undefined,
      () => false,
    );
    assert.ok(text.includes('\u001b'), 'the log is coloured');
    assert.deepEqual(result?.snapshot.analysis, analyze(text));
  });

  it('stops when cancelled', async () => {
    const text = logOf(PROGRESSIVE_MIN_CHARS * 2);
    let slices = 0;
    const result = await analyzeInSlices(
      text,
      () => slices++,
      () => slices >= 1,
    );
    assert.equal(result, undefined);
    assert.equal(slices, 1);
  });

  it('analyses a small text in one go', async () => {
    const text = logOf(1000);
    let slices = 0;
    const result = await analyzeInSlices(
      text,
      () => slices++,
      () => false,
    );
    assert.equal(slices, 0);
    assert.deepEqual(result?.snapshot.analysis, analyze(text));
  });
});
