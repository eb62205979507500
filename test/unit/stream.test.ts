/**
 * Streaming gives exactly the whole-text findings (text, place, severity, counts, overflow) on
 * every fixture: cut at every line break with the smallest windows, and at random places.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { RuleOptions } from '../../server/src/rules/types';
import { StreamCheck } from '../../server/src/stream/check';
import { arbAnyLog } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';
import {
  assertEqualAtRandomCuts,
  chunksAt,
  fixtureTexts,
  lineBoundaries,
  streamedCheck,
  wholeCheck,
} from './stream-support';

const ALL: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };
const CAPPED: RuleOptions = { overrides: {}, maxFindings: 3 };

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
      assertEqualAtRandomCuts(text, whole, (chunks, windowChars, marginLines) =>
        streamedCheck(chunks, { ...ALL, windowChars, marginLines }),
      );
    });
  }
});

/** A call of `id`: an INVITE and what answered it (a code, or nothing: no final response). */
function call(id: string, answer: number | undefined, stamp: string): string {
  const head = (method: string) =>
    `Call-ID: ${id}\nCSeq: 1 ${method}\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK${id}\n\n`;
  const invite = `${stamp} INVITE sip:bob@example.com SIP/2.0\n${head('INVITE')}`;
  if (answer === undefined) return invite;
  const response = `${stamp} SIP/2.0 ${answer} Whatever\n${head('INVITE')}`;
  return answer === 200
    ? `${invite}${response}${stamp} BYE sip:bob@example.com SIP/2.0\n${head('BYE')}`
    : invite + response;
}

/**
 * Many calls, each within a few hundred characters, two at a time interleaved, with log lines
 * reporting failures between them (free-standing findings that read their neighbours).
 */
function manyCalls(count: number, seed: number): string {
  const answers = [200, 486, 503, 404, 487, 600, 699, undefined, 180];
  const parts: string[] = [];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const stamp = `2026-01-15 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    parts.push(call(`call-${i}`, answers[next() % answers.length], stamp));
    // One call lasts the whole log (a registration refreshed all along): its first INVITE is never answered.
    if (i % 50 === 0) parts.push(longLived(i, stamp));
    if (next() % 3 === 0) parts.push(`${stamp} ERROR: relay failed, sending 503 Service Unavailable for call-${i}\n`);
  }
  return parts.join('');
}

/** The `i`th part of the call that lasts the whole log: a new CSeq and branch each time. */
function longLived(i: number, stamp: string): string {
  const part = call(`long-lived-${i}`, i === 0 ? undefined : 486, stamp);
  return part.replaceAll(`Call-ID: long-lived-${i}`, 'Call-ID: long-lived').replaceAll('CSeq: 1 ', `CSeq: ${i + 1} `);
}

describe('streamed check over many windows', () => {
  it('judges calls spread over windows, and those idle past the horizon early, as the whole text does', () => {
    const text = manyCalls(600, 7);
    const whole = wholeCheck(text, ALL);
    assert.ok(whole.findings.length > 100, 'the log has findings to compare');
    assert.ok(
      whole.findings.some((finding) => finding.offset < 1000 && finding.rule === 'no-final-response'),
      'the long-lived call has a finding at its start, known only at its end',
    );
    for (const windowChars of [64, 1000, 50_000]) {
      const chunks = chunksAt(
        text,
        lineBoundaries(text).filter((_, i) => i % 7 === 0),
      );
      const options = { ...ALL, windowChars, marginLines: 8, horizonChars: 20_000 };
      assert.deepEqual(streamedCheck(chunks, options), whole, `windows of ${windowChars}`);
      assert.deepEqual(
        streamedCheck(chunks, { ...options, maxFindings: 50 }),
        wholeCheck(text, { ...ALL, maxFindings: 50 }),
      );
    }
  });

  it('holds only the calls within the horizon, however long the log', () => {
    const text = manyCalls(2000, 11);
    const check = new StreamCheck(chunksAt(text, lineBoundaries(text)), {
      ...ALL,
      windowChars: 2000,
      horizonChars: 4000,
    });
    check.readToEnd();
    // About 4,000 characters hold a dozen calls: far fewer than the 2,000 in the log.
    assert.ok(check.maxOpenCalls < 100, `held ${check.maxOpenCalls} calls at once`);
  });

  it('equals the whole text on random and damaged logs cut anywhere', () => {
    assertProperty(
      fc.property(
        arbAnyLog,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (text, rawCuts, windowChars, marginLines) => {
          const cuts = rawCuts.map((cut) => cut % Math.max(1, text.length)).sort((a, b) => a - b);
          const options = { ...ALL, windowChars, marginLines };
          assert.deepEqual(streamedCheck(chunksAt(text, cuts), options), wholeCheck(text, ALL));
        },
      ),
    );
  });
});
