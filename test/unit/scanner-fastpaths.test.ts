/**
 * The analysis has fast paths next to simple ones: a regular expression for header parameters
 * beside a character walk, forward line searches beside binary search. They must agree.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/analysis/lineIndex';
import { headerParam, walkToParam } from '../../server/src/analysis/params';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 500);

const headerValue = fc
  .array(
    fc.constantFrom(
      ';',
      'tag',
      'TAG',
      'branch',
      '=',
      '"',
      '<',
      '>',
      ',',
      'a',
      'z9hG4bK',
      ' ',
      '\t',
      '\0',
      'sip:x@y',
      '.',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('analysis fast paths', () => {
  it('headerParam by regular expression agrees with the character walk', () => {
    fc.assert(
      fc.property(headerValue, fc.constantFrom('tag', 'branch'), fc.boolean(), (value, name, firstValueOnly) => {
        assert.equal(
          headerParam(value, 0, value.length, name, firstValueOnly),
          walkToParam(value, 0, value.length, name, firstValueOnly),
          JSON.stringify(value),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('lineAtFrom and endOf agree with lineAt and lineEnd', () => {
    const textArb = fc
      .array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' '), { maxLength: 50 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(60), fc.nat(20), (text, offset, from) => {
        const lines = new LineIndex(text);
        assert.equal(
          lines.lineAtFrom(offset, from),
          lines.lineAt(offset),
          `lineAtFrom(${offset}, ${from}) in ${JSON.stringify(text)}`,
        );
        for (let line = 0; line < lines.lineCount; line++) assert.equal(lines.endOf(line), lines.lineEnd(line));
      }),
      { numRuns: RUNS },
    );
  });
});
