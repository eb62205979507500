/**
 * Reading one file's calls for `sip-lens calls`, `stats` and `flow`, one file at a time, streamed
 * (server/src/stream/calls.ts): memory holds the calls still open, not the log, so a file of any
 * size, standard input and `.gz` files are read alike.
 *
 * The summaries come in the calls' order. A call still waiting for a final response (in progress
 * or stuck) is settled only at the log's end: from the first such summary on, the summaries wait
 * in a spill file (spill.ts) rather than in memory, and are handed on, settled and in order, once
 * the log has ended. A log whose calls all ended never spills.
 */
import { settledSummary, type CallSummary } from '../calls';
import { logText } from '../logFiles/sync';
import { streamCalls, type StreamedSummary } from '../stream/calls';
import type { WindowOptions } from '../stream/windows';
import { Spill } from '../stream/spill';

export interface FileCalls {
  /** How many calls the file has (summaries handed on). */
  readonly total: number;
  /** Calls seen again after the horizon: each was summarised in parts (horizon.ts says so). */
  readonly inParts: number;
}

export interface CallReading {
  /** Characters of silence before a call is summarised; undefined for the stream's default. */
  readonly horizonChars?: number | undefined;
  /** Told each response code of the log (the statistics count every one). */
  readonly onResponse?: (code: number) => void;
  /** The log's text, when not read from `path` (tests cut it anywhere), and its windows' sizes. */
  readonly chunks?: Iterable<string>;
  readonly window?: WindowOptions;
}

/** Hands each call's summary of the log at `path` to `take`, in the calls' order, states settled. */
export function readCalls(path: string, reading: CallReading, take: (summary: CallSummary) => void): FileCalls {
  const { horizonChars, onResponse } = reading;
  const run = streamCalls(reading.chunks ?? logText(path), {
    ...reading.window,
    ...(horizonChars === undefined ? {} : { horizonChars }),
    ...(onResponse === undefined ? {} : { onResponse }),
  });
  let waiting: Spill<StreamedSummary> | undefined;
  let total = 0;
  try {
    let next = run.next();
    for (; !next.done; next = run.next()) {
      total++;
      if (waiting === undefined && next.value.waiting === undefined) take(next.value.summary);
      else (waiting ??= new Spill()).add(next.value);
    }
    const stream = next.value;
    for (const pending of waiting?.values() ?? []) take(settledSummary(pending, stream.logEnd));
    return { total, inParts: stream.callsSummarisedInParts };
  } finally {
    waiting?.close();
  }
}
