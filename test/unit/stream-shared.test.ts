/**
 * One analysis of each window for both the check and the call summaries (issue 22): the check hands
 * each window it analysed to the calls (`PushCheck`'s `onWindow`), as the server does for a log
 * streamed from disk (pipeline/streamedCalls.ts) and `sip-lens flow` does. Both still equal the
 * whole text's, on every fixture cut at every line with the smallest windows: the findings, the
 * summaries and statistics, and the Calls view's rows, each at its first message's line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineIndex } from '../../server/src/analysis';
import { callStatistics, settleWaiting, StatisticsTally, summarizeCalls } from '../../server/src/calls';
import type { CallSummary } from '../../server/src/calls/types';
import { statisticsText } from '../../server/src/calls/statsText';
import { callRow } from '../../server/src/features/callsView';
import { StreamedCalls } from '../../server/src/pipeline/streamedCalls';
import type { RuleOptions } from '../../server/src/rules/types';
import { CallStream, type StreamedSummary } from '../../server/src/stream/calls';
import { failedCalls } from '../support/callLogs';
import { wholeCalls } from './stream-calls-support';
import { chunksAt, fixtureTexts, lineBoundaries, pushedCheck, wholeCheck } from './stream-support';

const ALL: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };

/** The summaries and statistics of a CallStream fed the check's windows, as stream-calls-support shapes them. */
function sharedCalls(chunks: readonly string[], marginLines: number) {
  const tally = new StatisticsTally();
  const stream = new CallStream({ onResponse: (code) => tally.addResponse(code) });
  const pending: StreamedSummary[] = [];
  const check = pushedCheck(chunks, { ...ALL, windowChars: 1, marginLines }, (window) =>
    pending.push(...stream.takeWindow(window)),
  );
  const summaries: CallSummary[] = pending.map(({ summary, waiting }) =>
    waiting === undefined ? summary : { ...summary, state: settleWaiting(waiting, stream.logEnd) },
  );
  for (const summary of summaries) tally.addCall(summary);
  const calls = { summaries: JSON.stringify(summaries), statistics: JSON.stringify(tally.statistics()) };
  return { check, calls };
}

/** The Calls view's rows and statistics text of the whole text, as an open document gives them. */
function wholeView(text: string) {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const summaries = summarizeCalls(text, analysis, lines);
  const rows = summaries.map((summary) => callRow(summary, analysis, lines, 'en'));
  return { rows, text: statisticsText('x.log', callStatistics(analysis, summaries, 'en'), 'en') };
}

/** The rows and statistics text of `StreamedCalls` fed the check's windows. */
function streamedView(chunks: readonly string[], maxRows = Number.POSITIVE_INFINITY) {
  const calls = new StreamedCalls(1, 'en', {}, maxRows);
  pushedCheck(chunks, { ...ALL, windowChars: 1, marginLines: 2 }, (window) => calls.take(window));
  assert.ok(calls.ended);
  return { calls, rows: calls.rows(), text: calls.statistics('x.log').text };
}

describe('the check and the call summaries share each window', () => {
  for (const [name, text] of fixtureTexts(true)) {
    it(`${name}: findings, summaries and statistics equal the whole text's, a window per line`, () => {
      const chunks = chunksAt(text, lineBoundaries(text));
      const findings = wholeCheck(text, ALL);
      const calls = wholeCalls(text);
      for (const marginLines of [2, 64]) {
        const shared = sharedCalls(chunks, marginLines);
        assert.deepEqual(shared.check, findings);
        assert.deepEqual(shared.calls, calls);
      }
    });

    it(`${name}: the Calls view's rows and statistics equal an open document's`, () => {
      const whole = wholeView(text);
      const streamed = streamedView(chunksAt(text, lineBoundaries(text)));
      assert.deepEqual(streamed.rows, whole.rows);
      assert.equal(streamed.text, whole.text);
    });
  }
});

describe('a streamed log keeps at most the cap of rows', () => {
  it('keeps every failed call first, then the first others, and counts all of them', () => {
    // One call in three declined (603), the others answered.
    const text = failedCalls(40_000).replaceAll(/486 Busy Here|503 Service Unavailable/gu, '200 OK');
    const whole = wholeView(text);
    const failed = whole.rows.filter((row) => row.failed);
    const cap = failed.length + 10;
    const { calls, rows, text: statistics } = streamedView(chunksAt(text, lineBoundaries(text)), cap);
    assert.ok(whole.rows.length > cap + 10, `${whole.rows.length} calls`);
    assert.equal(calls.total, whole.rows.length);
    assert.equal(calls.failed, failed.length);
    const others = new Set(whole.rows.filter((row) => !row.failed).slice(0, 10));
    assert.deepEqual(
      rows,
      whole.rows.filter((row) => row.failed || others.has(row)),
    );
    assert.equal(statistics, whole.text, 'the statistics count every call');
  });
});
