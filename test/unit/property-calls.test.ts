/**
 * Call summaries are as exact after incremental edits as after a fresh analysis (issue 20): a log
 * edited at random places, or grown line by line as `tail -f` grows it, summarises exactly like the
 * same text analysed whole, after every edit. The statistics, a function of the summaries, follow.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, LineIndex } from '../../server/src/analysis';
import { analyzeWhole, reanalyze, type AnalysisSnapshot, type TextEdit } from '../../server/src/analysis/incremental';
import { callStatistics, summarizeCalls, type CallSummary } from '../../server/src/calls';
import { arbSipLog } from '../support/sipGenerators';
import { arbAnyLog, arbMutation, type Mutation } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';

const TIMEOUT = { timeout: 600_000 };

/** The edit a mutation makes, and the text after it. */
function edit(text: string, mutation: Mutation): { text: string; edit: TextEdit } {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  if (mutation.kind === 'delete') {
    const end = Math.min(text.length, at + mutation.length);
    return { text: text.slice(0, at) + text.slice(end), edit: { start: at, end, insertedLength: 0 } };
  }
  const inserted = mutation.kind === 'insert' ? mutation.text : text.slice(at, at + mutation.length);
  const to = mutation.kind === 'insert' ? at : mutation.to % (text.length + 1);
  return {
    text: text.slice(0, to) + inserted + text.slice(to),
    edit: { start: to, end: to, insertedLength: inserted.length },
  };
}

function plain(summaries: readonly CallSummary[]): object[] {
  return summaries.map((summary) => ({ ...summary, userAgent: summary.userAgent, timing: summary.timing }));
}

function assertSameSummaries(snapshot: AnalysisSnapshot, text: string, where: string): void {
  const incremental = summarizeCalls(text, snapshot.analysis, snapshot.lines);
  const freshLines = new LineIndex(text);
  const fresh = analyze(text, { lineIndex: freshLines });
  const whole = summarizeCalls(text, fresh, freshLines);
  // Timing and user agent are read on first access: compared as plain objects, with them.
  assert.deepEqual(plain(incremental), plain(whole), where);
  assert.deepEqual(callStatistics(snapshot.analysis, incremental), callStatistics(fresh, whole), where);
}

describe('call summaries after incremental edits (property)', () => {
  it('random edits summarise like the whole text, after every edit', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, fc.array(arbMutation, { minLength: 1, maxLength: 8 }), (initial, mutations) => {
        let text = initial;
        let snapshot = analyzeWhole(text);
        for (const mutation of mutations) {
          const next = edit(text, mutation);
          text = next.text;
          snapshot = reanalyze(snapshot, text, next.edit);
          assertSameSummaries(snapshot, text, `after ${JSON.stringify(next.edit)}`);
        }
      }),
    );
  });

  it('a log appended to in chunks (tail -f) summarises like the whole text at every step', TIMEOUT, () => {
    assertProperty(
      fc.property(
        arbSipLog,
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }),
        (log, sizes) => {
          let text = '';
          let snapshot = analyzeWhole(text);
          for (let i = 0; text.length < log.length; i++) {
            const chunk = log.slice(text.length, text.length + (sizes[i % sizes.length] as number));
            const start = text.length;
            text += chunk;
            snapshot = reanalyze(snapshot, text, { start, end: start, insertedLength: chunk.length });
            assertSameSummaries(snapshot, text, `after appending to ${start}`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
