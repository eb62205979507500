/** Whole-text and streamed call summaries and statistics of one text, in one comparable shape. */
import { analyze, LineIndex } from '../../server/src/analysis';
import { callStatistics, settleWaiting, StatisticsTally, summarizeCalls } from '../../server/src/calls';
import type { CallSummary } from '../../server/src/calls/types';
import { streamCalls, type CallStreamOptions } from '../../server/src/stream/calls';

/** The summaries as the CLI's JSON writes them, and the statistics: strings, so key order counts too. */
export function wholeCalls(text: string) {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const summaries = summarizeCalls(text, analysis, lines);
  return { summaries: JSON.stringify(summaries), statistics: JSON.stringify(callStatistics(analysis, summaries)) };
}

export function streamedCalls(chunks: Iterable<string>, options: CallStreamOptions = {}) {
  const tally = new StatisticsTally();
  const run = streamCalls(chunks, { ...options, onResponse: (code) => tally.addResponse(code) });
  const pending = [];
  let next = run.next();
  for (; !next.done; next = run.next()) pending.push(next.value);
  const stream = next.value;
  const summaries: CallSummary[] = pending.map(({ summary, waiting }) =>
    waiting === undefined ? summary : { ...summary, state: settleWaiting(waiting, stream.logEnd) },
  );
  for (const summary of summaries) tally.addCall(summary);
  return { summaries: JSON.stringify(summaries), statistics: JSON.stringify(tally.statistics()) };
}
