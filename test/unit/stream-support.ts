/** Whole-text and streamed checks of one text, in one comparable shape (findings with their places). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { streamRules } from '../../server/src/rules';
import type { Finding, RuleOptions } from '../../server/src/rules/types';
import { PushCheck, StreamCheck, type StreamCheckOptions } from '../../server/src/stream/check';
import type { LocatedFinding } from '../../server/src/stream/judge';
import type { Position, WindowFacts } from '../../server/src/stream/types';
import { assertProperty } from '../support/properties';

type PositionOf = (offset: number) => Position;

function placed(finding: Finding, at: PositionOf) {
  const place = (offset: number, length: number) => [at(offset), at(offset + length)];
  return {
    ...finding,
    range: place(finding.offset, finding.length),
    relatedRange: finding.related ? place(finding.related.offset, finding.related.length) : undefined,
    repeatRanges: finding.repeats?.map((repeat) => place(repeat.offset, repeat.length)),
  };
}

export function wholeCheck(text: string, options: RuleOptions) {
  const document = TextDocument.create('file:///log', 'log', 1, text);
  const at = (offset: number) => document.positionAt(offset);
  const result = streamRules(analyze(text), options);
  const findings = [...result.findings].map((finding) => placed(finding, at));
  const overflow = result.overflow ? { ...result.overflow, position: at(result.overflow.offset) } : undefined;
  return { findings, totals: result.totals, overflow };
}

export function streamedCheck(chunks: Iterable<string>, options: StreamCheckOptions) {
  const check = new StreamCheck(chunks, options);
  const at = (offset: number) => check.positionAt(offset);
  // Placed as each is read: positions are kept for the finding read last only.
  const findings = [];
  for (const finding of check.findings) findings.push(placed(finding, at));
  const overflow = check.overflow ? { ...check.overflow, position: at(check.overflow.offset) } : undefined;
  return { findings, totals: check.totals, overflow };
}

/**
 * The same check fed one chunk at a time (`PushCheck`, as the server feeds it from disk), placed
 * with the positions each finding carries.
 */
export function pushedCheck(
  chunks: Iterable<string>,
  options: StreamCheckOptions,
  onWindow?: (window: WindowFacts) => void,
) {
  const check = new PushCheck(options, undefined, onWindow);
  const located: LocatedFinding[] = [];
  for (const chunk of chunks) located.push(...check.push(chunk));
  located.push(...check.end());
  const findings = located.map(({ finding, positions }) =>
    placed(finding, (offset) => positionFrom(positions, offset)),
  );
  const overflow = check.overflowSoFar();
  const at = (offset: number) => check.overflowPosition(offset) as Position;
  return {
    findings,
    totals: check.totals,
    overflow: overflow ? { ...overflow, position: at(overflow.offset) } : undefined,
  };
}

function positionFrom(positions: ReadonlyMap<number, Position>, offset: number): Position {
  const position = positions.get(offset);
  if (!position) throw new Error(`no position for offset ${offset}`);
  return position;
}

/** `text` cut before each of `cuts` (offsets, ascending). */
export function chunksAt(text: string, cuts: readonly number[]): string[] {
  const chunks: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut <= from || cut >= text.length) continue;
    chunks.push(text.slice(from, cut));
    from = cut;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** Offsets just after each line break of `text`. */
export function lineBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) cuts.push(i + 1);
  }
  return cuts;
}

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

/** Every log fixture as [name, text], with the call-flow fixtures too when `withFlows`. */
export function fixtureTexts(withFlows = false): [string, string][] {
  const texts: [string, string][] = [];
  for (const dir of withFlows ? [FIXTURES, join(FIXTURES, 'flows')] : [FIXTURES])
    for (const name of readdirSync(dir))
      if (/\.(log|sip|txt)$/u.test(name) && statSync(join(dir, name)).isFile())
        texts.push([name, readFileSync(join(dir, name), 'utf8')]);
  return texts;
}

/** `streamed` gives `whole` for `text` cut anywhere, at any window size and margin (fast-check). */
export function assertEqualAtRandomCuts(
  text: string,
  whole: unknown,
  streamed: (chunks: string[], windowChars: number, marginLines: number) => unknown,
): void {
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
        assert.deepEqual(streamed(chunks, windowChars, marginLines), whole);
      },
    ),
    { numRuns: 25 },
  );
}
