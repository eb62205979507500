/**
 * The Calls view's rows and the call statistics of a log streamed from disk (onDisk.ts,
 * diskStream.ts), gathered as the stream goes: the check hands each window it analysed to a
 * CallStream (stream/calls.ts), so each window is analysed once for both. The summaries are the
 * whole text's (the same algorithm, stream/calls.ts says when they may differ); each becomes a row
 * (features/callsView.ts `rowAt`, one row model for every log) and is counted in the statistics.
 *
 * Memory: the statistics are counts and sums (`StatisticsTally`), exact for every call at any size.
 * Rows are kept up to `MAX_STREAMED_ROWS`: a row is about 0.5 kB in the server and again in the
 * client and its tree, so 20,000 rows cost some tens of MB at most, against ~300,000 calls in a 1 GiB
 * log. Past the cap the view keeps failed calls first (what an engineer opens a big log for), then
 * the others as the stream finishes them, and says how many it shows. A call waiting on the log's end for its
 * state (no final response yet, calls/state.ts) is written to a temporary file until the end, as the
 * CLI does (stream/spill.ts), so that a log of unanswered requests does not hold them all in memory.
 */
import type { Language } from '../../../catalog/src/language';
import type { CallRow, CallStatisticsResult } from '../../../catalog/src/protocol';
import { ownedSlice, ownedUniqueSlice } from '../analysis/chars';
import { settledSummary, StatisticsTally, type CallSummary } from '../calls/index';
import { statisticsText } from '../calls/statsText';
import { Spill } from '../stream/spill';
import { rowAt } from '../features/callsView';
import { CallStream, type CallStreamOptions, type StreamedSummary } from '../stream/calls';
import type { Position, WindowFacts } from '../stream/types';

/** Rows kept for the Calls view of one streamed log (see above for why this many). */
export const MAX_STREAMED_ROWS = 20_000;

export class StreamedCalls {
  private readonly tally = new StatisticsTally();
  private readonly stream: CallStream;
  /** Kept rows, each list in the log's order: failed calls, and the others. */
  private readonly failedRows: CallRow[] = [];
  private readonly otherRows: CallRow[] = [];
  private merged: readonly CallRow[] | undefined;
  private waiting: Spill<StreamedSummary> | undefined;
  private count = 0;
  private failedCount = 0;
  private done = false;

  constructor(
    /** The version of the streamed log these calls belong to. */
    readonly version: number,
    readonly language: Language,
    options: CallStreamOptions = {},
    private readonly maxRows = MAX_STREAMED_ROWS,
  ) {
    this.stream = new CallStream({ ...options, onResponse: (code) => this.tally.addResponse(code) });
  }

  /** A window the check analysed (PushCheck's `onWindow`); the last one settles the calls waiting on the log's end. */
  take(window: WindowFacts): void {
    for (const pending of this.stream.takeWindow(window)) {
      if (pending.waiting === undefined) this.add(pending.summary, pending.at);
      else (this.waiting ??= new Spill()).add(pending);
    }
    if (window.last) this.settle();
  }

  /** Lets go of the temporary file of a stream stopped before its end. */
  close(): void {
    this.waiting?.close();
    this.waiting = undefined;
  }

  get ended(): boolean {
    return this.done;
  }

  /** Every call summarised so far (at the end, every call of the log), listed or not. */
  get total(): number {
    return this.count;
  }

  get failed(): number {
    return this.failedCount;
  }

  /** The rows kept, in the log's order. */
  rows(): readonly CallRow[] {
    this.merged ??= mergeInLogOrder(this.failedRows, this.otherRows);
    return this.merged;
  }

  /** The statistics of every call summarised so far, as the statistics request answers them. */
  statistics(name: string): CallStatisticsResult {
    const statistics = this.tally.statistics(this.language);
    const { calls, failed, hasTimes } = statistics;
    return { version: this.version, calls, failed, hasTimes, text: statisticsText(name, statistics, this.language) };
  }

  private add(summary: CallSummary, at: Position): void {
    this.tally.addCall(summary);
    this.count++;
    const row = ownedRow(rowAt(summary, at, this.language));
    if (row.failed) this.failedCount++;
    (row.failed ? this.failedRows : this.otherRows).push(row);
    // Over the cap: the latest of the other calls goes (this one, if it is one), else the latest failed one.
    if (this.failedRows.length + this.otherRows.length > this.maxRows)
      (this.otherRows.length > 0 ? this.otherRows : this.failedRows).pop();
    this.merged = undefined;
  }

  private settle(): void {
    const logEnd = this.stream.logEnd;
    const waiting = this.waiting;
    this.waiting = undefined;
    for (const pending of waiting?.values() ?? []) this.add(settledSummary(pending, logEnd), pending.at);
    // Those came out of order (at the end): each list goes back to the log's order for the merge.
    if (waiting !== undefined) for (const rows of [this.failedRows, this.otherRows]) rows.sort(byPosition);
    this.done = true;
  }
}

/** Text fields a row reads from its window's text (the labels are constants; `start` is a copy already). */
const SLICED_FIELDS = ['from', 'to', 'fromName', 'toName', 'requestUri', 'finalPhrase'] as const;

/**
 * The row with its strings copied: V8 keeps a whole window's text (256 KiB) alive for any slice of
 * it, so 20,000 rows spread over the log held some 50 MB of windows on a 200 MB log. Users and
 * phrases repeat (a shared copy each, `ownedSlice`); a Call-ID does not.
 */
function ownedRow(row: CallRow): CallRow {
  const owned: Record<string, unknown> = { ...row, callId: ownedUniqueSlice(row.callId, 0, row.callId.length) };
  for (const field of SLICED_FIELDS) {
    const value = row[field];
    if (value !== undefined) owned[field] = ownedSlice(value, 0, value.length);
  }
  return owned as unknown as CallRow;
}

/** Where each call's first message starts: the order the calls first appear in. */
function byPosition(a: CallRow, b: CallRow): number {
  return a.line - b.line || a.character - b.character;
}

/** The two lists, each in the log's order, merged into one. */
function mergeInLogOrder(a: readonly CallRow[], b: readonly CallRow[]): CallRow[] {
  const merged: CallRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (byPosition(a[i] as CallRow, b[j] as CallRow) <= 0) merged.push(a[i++] as CallRow);
    else merged.push(b[j++] as CallRow);
  }
  while (i < a.length) merged.push(a[i++] as CallRow);
  while (j < b.length) merged.push(b[j++] as CallRow);
  return merged;
}
