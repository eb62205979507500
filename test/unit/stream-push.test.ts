/**
 * The stream fed one chunk at a time (`PushCheck`: the server reads a log from disk asynchronously
 * and pushes each chunk) gives exactly the whole-text findings: on every fixture cut into chunks
 * of one character, and at random places; findings come out before the end when nothing later
 * can change them, and with a cap `held` is the most severe so far.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleOptions } from '../../server/src/rules/types';
import { PushCheck } from '../../server/src/stream/check';
import { failedCalls } from '../support/callLogs';
import { assertEqualAtRandomCuts, chunksAt, fixtureTexts, pushedCheck, wholeCheck } from './stream-support';

const ALL: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };
const CAPPED: RuleOptions = { overrides: {}, maxFindings: 3 };

/** `text` one character per chunk: a cut at every possible boundary. */
const characters = (text: string) => [...text.split('')];

describe('push-fed stream equals the whole-text check', () => {
  for (const [name, text] of fixtureTexts()) {
    it(`${name}: one character per chunk, small windows, capped and not`, () => {
      for (const options of [ALL, CAPPED]) {
        const whole = wholeCheck(text, options);
        for (const windowChars of [64, 1000])
          assert.deepEqual(pushedCheck(characters(text), { ...options, windowChars, marginLines: 2 }), whole);
      }
    });

    it(`${name}: random chunks and window sizes`, () => {
      const whole = wholeCheck(text, ALL);
      assertEqualAtRandomCuts(text, whole, (chunks, windowChars, marginLines) =>
        pushedCheck(chunks, { ...ALL, windowChars, marginLines }),
      );
    });
  }
});

describe('push-fed stream as it goes', () => {
  const text = failedCalls(200_000);
  const pieces = (size: number) =>
    chunksAt(
      text,
      Array.from({ length: Math.ceil(text.length / size) }, (_, i) => i * size),
    );

  it('gives out final findings before the end when uncapped, and the same as the whole text in all', () => {
    const check = new PushCheck({ ...ALL, windowChars: 8192, horizonChars: 16_384 });
    let early = 0;
    for (const chunk of pieces(4096)) early += check.push(chunk).length;
    const rest = check.end().length;
    const whole = wholeCheck(text, ALL).findings.length;
    assert.ok(early > 0 && early < whole, `${early} of ${whole} before the end`);
    assert.equal(early + rest, whole);
  });

  it('holds, with a cap, the most severe findings so far, and gives out nothing before the end', () => {
    const options = { overrides: {}, maxFindings: 20, windowChars: 8192, horizonChars: 16_384 };
    const check = new PushCheck(options);
    const all = pieces(4096);
    const half = all.slice(0, all.length >> 1);
    for (const chunk of half) assert.deepEqual(check.push(chunk), []);
    const soFar = check.held();
    assert.equal(soFar.length, 20);
    const offsets = soFar.map((located) => located.finding.offset);
    assert.deepEqual(
      offsets,
      [...offsets].sort((a, b) => a - b),
      'in text order',
    );
    assert.ok(check.overflowSoFar(), 'what the cap left out so far');
    for (const chunk of all.slice(half.length)) check.push(chunk);
    const final = check.end();
    assert.deepEqual(
      final.map((located) => located.finding),
      wholeCheck(text, options).findings.map(
        ({ range: _r, relatedRange: _rr, repeatRanges: _rp, ...finding }) => finding,
      ),
    );
    assert.throws(() => check.push('x'), /after the end/u);
  });
});
