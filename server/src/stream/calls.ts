/**
 * The call summaries of a stream of text, with memory bounded by the calls still open rather than
 * by the log's size: what `sip-lens calls`, `stats` and `flow` read, and what the server's Calls
 * view can read for a log streamed from disk. Each window (windows.ts) gives its messages; those
 * with a Call-ID are kept with their call, with the few facts its summary reads (summaryFacts.ts),
 * until no message of the call has come for the horizon; the call is then summarised whole
 * (calls/summarize.ts, the same algorithm as the whole text's) and its messages dropped.
 *
 * Order: summaries come out in the order the calls first appear, as the whole text lists them: a
 * summary waits until every call that started before it has been summarised (as check's ordered
 * gate does for findings). Memory then holds the open calls and the summaries waiting behind the
 * oldest of them: a Call-ID active across the whole log (OPTIONS keepalives or registration
 * refreshes reusing one, within the horizon) holds every later summary until the end.
 *
 * The log's end: a call without a final response or CANCEL is in progress or stuck depending on
 * how long the log goes on after it, known only at the end. Its summary comes out in order anyway,
 * with `waiting` set (calls/state.ts): the reader settles its state once `logEnd` is known
 * (`settleWaiting`). Holding such calls to the end would hold every later summary with them.
 *
 * Exactness: the summaries are the whole text's, in its order, as long as no call has two
 * consecutive messages more than the horizon apart; a call that comes back after it was summarised
 * is summarised again as a new call (`callsSummarisedInParts` counts them).
 */
import { groupCalls } from '../analysis/transactions';
import type { LogTime } from '../analysis/logTime';
import type { Call } from '../analysis/types';
import { summarizeBeforeEnd, type PendingSummary } from '../calls/summarize';
import type { CallSummary } from '../calls/types';
import { DEFAULT_HORIZON_CHARS } from './check';
import { Heap } from './heap';
import { SeenCalls } from './seenCalls';
import { FactReader, KeptCall, KeptCallSource } from './summaryFacts';
import type { Position, StreamMessage, WindowFacts } from './types';
import { callWindowOptions, WindowFeed, type WindowOptions } from './windows';

export interface CallStreamOptions extends WindowOptions {
  /** Characters after a call's last message before it is summarised (default 8 MiB; tests use a few). */
  readonly horizonChars?: number;
  /** Told the code of every response of the log, with or without a Call-ID (the statistics count them). */
  readonly onResponse?: (code: number) => void;
  /** Told each window, its text at hand, before its calls are read (the flow keeps the lines of the calls it draws). */
  readonly onWindow?: (window: WindowFacts) => void;
  /** Told each call as it is summarised (closed): its Call-ID and the stream index of its first message. */
  readonly onClose?: (callId: string, first: number) => void;
}

/**
 * A summary as the stream gives it: plain data (the whole text's JSON), its state maybe waiting on
 * the log's end, and the line its call's first message starts on (`at`, for the Calls view to reveal).
 */
export interface StreamedSummary extends PendingSummary {
  readonly at: Position;
}

/**
 * Pushed chunks of text in order, summaries out in the calls' order. `push` and `end` give the
 * summaries they released; after `end`, `logEnd` holds.
 */
export class CallStream {
  private readonly feed: WindowFeed;
  private readonly reader = new FactReader();
  private readonly open = new Map<string, KeptCall>();
  private readonly ready = new Heap<StreamedSummary>((a, b) => a.summary.firstMessage - b.summary.firstMessage);
  private readonly summarisedEarly = new SeenCalls();
  private cameBack = 0;
  private mostOpen = 0;
  private ended = false;

  constructor(private readonly options: CallStreamOptions = {}) {
    this.feed = new WindowFeed(callWindowOptions(options));
  }

  push(chunk: string): StreamedSummary[] {
    const window = this.feed.push(chunk);
    return window === undefined ? [] : this.take(window);
  }

  end(): StreamedSummary[] {
    return this.take(this.feed.end());
  }

  /**
   * A window cut by another reader's feed (the check's, so that each window is analysed once for
   * both), instead of `push`/`end`: its feed must use `callWindowOptions`; the last window ends the stream.
   */
  takeWindow(window: WindowFacts): StreamedSummary[] {
    return this.take(window);
  }

  /** The time of the log's last timed message, where "now" is for the calls still waiting: once ended. */
  get logEnd(): LogTime | undefined {
    if (!this.ended) throw new Error('sip-lens: the log end is known once the stream has ended');
    return this.reader.logEnd();
  }

  /** Calls that had a message again after they were summarised (silent past the horizon): each is listed in parts. */
  get callsSummarisedInParts(): number {
    return this.cameBack;
  }

  /** The most calls held open at once so far: what memory grows with (tests hold it bounded). */
  get maxOpenCalls(): number {
    return this.mostOpen;
  }

  private take(window: WindowFacts): StreamedSummary[] {
    this.options.onWindow?.(window);
    this.reader.read(
      window,
      (message) => this.wanted(message),
      (message, time, parties) => {
        if (message.statusCode !== undefined) this.options.onResponse?.(message.statusCode);
        if (message.callId !== undefined) this.open.get(message.callId)?.add(message, time, parties);
      },
    );
    this.mostOpen = Math.max(this.mostOpen, this.open.size);
    const horizon = this.options.horizonChars ?? DEFAULT_HORIZON_CHARS;
    this.closeIdle(window.last ? Number.POSITIVE_INFINITY : window.end - horizon);
    if (window.last) this.ended = true;
    return this.release(window.last);
  }

  /** What to read of `message`: with a Call-ID (its call opened now if new), its time, and its parties if wanted. */
  private wanted(message: StreamMessage): { time: boolean; parties: boolean } {
    if (message.callId === undefined) return NOTHING;
    return { time: true, parties: this.callOf(message.callId).wantsParties(message) };
  }

  /** The open call of `callId`, moved last (Map order is order of last activity: the idlest first). */
  private callOf(callId: string): KeptCall {
    let call = this.open.get(callId);
    if (call !== undefined) this.open.delete(callId);
    else {
      if (this.summarisedEarly.mightHave(callId)) this.cameBack++;
      call = new KeptCall(callId);
    }
    this.open.set(callId, call);
    return call;
  }

  /** Summarises the calls with no message since `before`. */
  private closeIdle(before: number): void {
    for (const [callId, kept] of this.open) {
      if (kept.last >= before) break;
      this.open.delete(callId);
      if (before !== Number.POSITIVE_INFINITY) this.summarisedEarly.add(callId);
      this.ready.push(summarise(kept));
      this.options.onClose?.(callId, kept.first);
    }
  }

  /** The summaries no open call started before, in order; all of them at the end. */
  private release(all: boolean): StreamedSummary[] {
    let frontier = Number.POSITIVE_INFINITY;
    if (!all) for (const call of this.open.values()) frontier = Math.min(frontier, call.first);
    const released: StreamedSummary[] = [];
    while ((this.ready.peek()?.summary.firstMessage ?? frontier) < frontier)
      released.push(this.ready.pop() as StreamedSummary);
    return released;
  }
}

const NOTHING = { time: false, parties: false };

/** A closed call's summary as plain data: its messages and facts can go. */
function summarise(kept: KeptCall): StreamedSummary {
  // Grouped by stream index: a check reading the same windows (PushCheck's `onWindow`) sets `index`
  // in place for the small analysis it judges a message in (judge.ts), which may be this call's.
  for (const message of kept.messages) message.index = message.streamIndex;
  const call = groupCalls(kept.messages)[0] as Call;
  const { summary, waiting } = summarizeBeforeEnd(new KeptCallSource(kept), call);
  const plain = (summary as CallSummary & { toJSON(): CallSummary }).toJSON();
  const first = kept.messages[0] as StreamMessage;
  const at = { line: first.anchor.line, character: first.startOffset - first.anchor.lineStart };
  return waiting === undefined ? { summary: plain, at } : { summary: plain, waiting, at };
}

/** `CallStream` over chunks read synchronously (the CLI): the summaries in order, then the log's end. */
export function* streamCalls(
  chunks: Iterable<string>,
  options: CallStreamOptions = {},
): Generator<StreamedSummary, CallStream> {
  const stream = new CallStream(options);
  for (const chunk of chunks) yield* stream.push(chunk);
  yield* stream.end();
  return stream;
}
