/**
 * Call summaries read from a text held as a flat start and the rest (the server's document after an
 * append, server/src/document/appendableText.ts) are those of the same text as one string, and the
 * whole text is never joined to read them: a message past the flat start is read from a copy of its
 * own neighbourhood (analysis/messageFacts.ts, `messageWindow`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, LineIndex } from '../../server/src/analysis';
import type { CharSource } from '../../server/src/analysis/charSource';
import { callSummarizer, callStatistics, summarizeCalls, type CallSummary } from '../../server/src/calls';
import { arbAnyLog } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';
import { REPO_ROOT } from '../support/lspClient';

/** The text as a CharSource that refuses to become one string. */
function unjoinable(text: string): CharSource {
  return {
    length: text.length,
    charCodeAt: (index) => text.charCodeAt(index),
    slice: (start, end) => text.slice(start, end),
    toString: () => assert.fail('the whole text was joined'),
  };
}

function plain(summaries: readonly CallSummary[]): object[] {
  return summaries.map((summary) => JSON.parse(JSON.stringify(summary)) as object);
}

/** Summaries of `text` read as its first `split` characters plus the rest, against those of the string. */
function assertSameWhenSplit(text: string, split: number, where: string): void {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const whole = summarizeCalls(text, analysis, lines);
  const summarize = callSummarizer({ prefix: text.slice(0, split), source: unjoinable(text) }, analysis, lines);
  const parts = analysis.calls.map(summarize);
  assert.deepEqual(plain(parts), plain(whole), where);
  assert.deepEqual(callStatistics(analysis, parts), callStatistics(analysis, whole), where);
  assert.deepEqual(summarize.logEnd(), callSummarizer(text, analysis, lines).logEnd(), where);
}

describe('call summaries of a text held in two parts', () => {
  it('are those of the whole string, wherever the flat start ends (property)', () => {
    assertProperty(
      fc.property(arbAnyLog, fc.nat(), (text, at) => {
        assertSameWhenSplit(text, at % (text.length + 1), `split at ${at % (text.length + 1)}`);
      }),
    );
  });

  it('are those of the whole string for every fixture log, split in each of its messages', () => {
    const dir = join(REPO_ROOT, 'test/fixtures');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.log'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const { messages } = analyze(text);
      // Before, inside and at the end of every message: the flat start ends on a message or the lines above it.
      const splits = messages.flatMap((m) => [m.startOffset - 1, (m.startOffset + m.endOffset) >> 1, m.endOffset]);
      for (const split of [0, ...splits.filter((at) => at > 0), text.length])
        assertSameWhenSplit(text, split, `${name} split at ${split}`);
    }
  });
});
