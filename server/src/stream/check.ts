/**
 * The rules over a stream of text, with memory bounded by what is still open rather than by the
 * log's size. Windows (windows.ts) give out finished messages and occurrences; this keeps:
 * - each open call's messages and the occurrences inside them (compact facts, no text) until no
 *   message of it has come for `horizonChars` characters, then judges the call whole (judge.ts);
 * - the free-standing occurrences still within reach of one not yet judged, and the messages
 *   they stand in;
 * - the findings made but not yet written: they are written in text order, each once nothing
 *   still open can come before it, or, with a cap, only the most severe `maxFindings`.
 *
 * Exactness: every finding is the whole-text analysis's finding, placed and worded the same,
 * as long as no call has two consecutive messages more than `horizonChars` apart (a call judged and then
 * seen again is judged again as a second call). Files up to the horizon are always exact.
 */
import { SAME_FAILURE_REACH } from '../rules/reported-failure';
import type { Finding, Overflow, RuleOptions, SeverityCounts } from '../rules/types';
import { CappedGate, OrderedGate, type Gate } from './gates';
import { judgeCalls, judgeFree, type LocatedFinding } from './judge';
import type { Position, StreamMessage, StreamOccurrence, WindowFacts } from './types';
import { SeenCalls } from './seenCalls';
import { callWindowOptions, WindowFeed, type WindowOptions } from './windows';

/**
 * A call is judged once no message of it came for this many characters: 8 MB of log is minutes of
 * a busy system's debug output (hours of the benchmark's generated PBX). Memory holds the calls
 * active within it; a bigger horizon is more exact for long-lived calls and costs memory.
 */
export const DEFAULT_HORIZON_CHARS = 8 * 1024 * 1024;
/**
 * Occurrences a free-standing finding reads after its own: `reach` to judge it, and its repeats
 * (up to 16, each within reach of the last, reported-failure.ts) to word it.
 */
const READ_AFTER = SAME_FAILURE_REACH * 17;

export interface StreamCheckOptions extends RuleOptions, WindowOptions {
  /** Characters after a call's last message before it is judged (tests use a few). */
  readonly horizonChars?: number;
}

interface OpenCall {
  readonly messages: StreamMessage[];
  readonly occurrences: StreamOccurrence[];
  readonly first: number;
  last: number;
}

/**
 * The findings of a stream of text, as `streamRules(analyze(text))` gives them, fed one chunk at a
 * time: `push` gives out the findings that became final (in text order, each with its places),
 * `end` the rest. With a cap nothing is final before the end (a more severe finding may still
 * come); `held` is the best so far. The server reads its chunks from disk asynchronously
 * (pipeline/diskStream.ts); the CLI's sync reading is `StreamCheck`, below.
 */
export class PushCheck {
  private readonly calls = new Map<string, OpenCall>();
  private recent: StreamOccurrence[] = [];
  /** How many of `recent` are judged. */
  private judged = 0;
  private recentMessages = new Map<number, StreamMessage>();
  private readonly gate: Gate;
  private readonly feed: WindowFeed;
  private done = false;
  private mostOpen = 0;
  /** Calls judged before the stream ended, and how many of them came back after it (judged in parts). */
  private readonly judgedEarly = new SeenCalls();
  private cameBack = 0;

  constructor(
    private readonly options: StreamCheckOptions,
    /** Told each window's occurrences, in text order (the JSON report lists them). */
    private readonly onOccurrences?: (occurrences: readonly StreamOccurrence[]) => void,
    /**
     * Told each window before it is judged, so that another reader (a CallStream's `takeWindow`)
     * reads the same analysis of it: its windows then keep the lines a CallStream needs below a cut.
     */
    private readonly onWindow?: (window: WindowFacts) => void,
  ) {
    this.gate = Number.isFinite(options.maxFindings) ? new CappedGate(options) : new OrderedGate();
    this.feed = new WindowFeed(onWindow ? callWindowOptions(options) : options);
  }

  /** The next chunk of text; the findings it made final, in text order. */
  push(chunk: string): LocatedFinding[] {
    if (this.done) throw new Error('sip-lens: text pushed after the end of the stream');
    const window = this.feed.push(chunk);
    return window ? this.judgeWindow(window) : [];
  }

  /** The stream has ended: every finding still to give out, in text order. */
  end(): LocatedFinding[] {
    if (this.done) return [];
    const ready = this.judgeWindow(this.feed.end());
    this.done = true;
    return [...ready, ...this.gate.rest()];
  }

  /** The findings made but not given out yet, in text order: with a cap, the most severe so far. */
  held(): LocatedFinding[] {
    return this.gate.held();
  }

  get ended(): boolean {
    return this.done;
  }

  /**
   * Calls that had a message again after they were judged (silent for longer than the horizon): each
   * was judged in two parts, so its findings may differ from a whole-text analysis. The CLI says so.
   */
  get callsJudgedInParts(): number {
    return this.cameBack;
  }

  /** The most calls held open at once so far: what memory grows with (tests hold it bounded). */
  get maxOpenCalls(): number {
    return this.mostOpen;
  }

  /** Every finding made so far, shown or not, by severity. */
  get totals(): SeverityCounts {
    return this.gate.totals;
  }

  /** What the cap left out of the findings made so far (final once the stream has ended). */
  overflowSoFar(): Overflow | undefined {
    return this.gate.overflow();
  }

  overflowPosition(offset: number): Position | undefined {
    return this.gate.overflowPosition(offset);
  }

  private judgeWindow(window: WindowFacts): LocatedFinding[] {
    this.onWindow?.(window);
    this.onOccurrences?.(window.occurrences);
    this.take(window);
    return [...this.gate.ready(this.frontier(window))];
  }

  private take(window: WindowFacts): void {
    const first = window.messages[0]?.streamIndex ?? 0;
    const free: StreamMessage[] = [];
    for (const message of window.messages) {
      if (message.callId === undefined) free.push(message);
      else this.addToCall(message.callId, message);
    }
    for (const occurrence of window.occurrences) {
      const message =
        occurrence.streamMessageIndex < 0 ? undefined : window.messages[occurrence.streamMessageIndex - first];
      if (message?.callId !== undefined) this.calls.get(message.callId)?.occurrences.push(occurrence);
      if (message) this.recentMessages.set(message.streamIndex, message);
      this.recent.push(occurrence);
    }
    this.judgeFree(free, window.last);
    this.mostOpen = Math.max(this.mostOpen, this.calls.size);
    this.judgeIdleCalls(window.last ? Number.POSITIVE_INFINITY : window.end - this.horizon());
  }

  private horizon(): number {
    return this.options.horizonChars ?? DEFAULT_HORIZON_CHARS;
  }

  private addToCall(callId: string, message: StreamMessage): void {
    let call = this.calls.get(callId);
    if (call) this.calls.delete(callId);
    else {
      if (this.judgedEarly.mightHave(callId)) this.cameBack++;
      call = { messages: [], occurrences: [], first: message.startOffset, last: 0 };
    }
    call.messages.push(message);
    call.last = message.endOffset;
    // Map order is order of last activity: the calls idle longest come first.
    this.calls.set(callId, call);
  }

  /** Judges the calls with no message since `before`, all of them together. */
  private judgeIdleCalls(before: number): void {
    const messages: StreamMessage[] = [];
    const occurrences: StreamOccurrence[] = [];
    for (const [callId, call] of this.calls) {
      if (call.last >= before) break;
      this.calls.delete(callId);
      if (before !== Number.POSITIVE_INFINITY) this.judgedEarly.add(callId);
      messages.push(...call.messages);
      occurrences.push(...call.occurrences);
    }
    messages.sort((a, b) => a.streamIndex - b.streamIndex);
    occurrences.sort((a, b) => a.offset - b.offset);
    judgeCalls(messages, occurrences, this.options, this.gate);
  }

  /** This window's messages without a Call-ID, and the occurrences now followed by all they read. */
  private judgeFree(free: readonly StreamMessage[], last: boolean): void {
    const recent = this.recent;
    const end = last ? recent.length : Math.max(this.judged, recent.length - READ_AFTER);
    const from = Math.max(0, this.judged - SAME_FAILURE_REACH);
    const occurrences = recent.slice(from, Math.min(recent.length, end + READ_AFTER));
    const byIndex = new Map<number, StreamMessage>();
    for (const message of free) byIndex.set(message.streamIndex, message);
    for (const occurrence of occurrences) {
      const message = this.recentMessages.get(occurrence.streamMessageIndex);
      if (message) byIndex.set(message.streamIndex, message);
    }
    const messages = [...byIndex.values()].sort((a, b) => a.streamIndex - b.streamIndex);
    const offsetFrom = recent[this.judged]?.offset ?? Number.POSITIVE_INFINITY;
    const offsetTo = recent[end]?.offset ?? Number.POSITIVE_INFINITY;
    const messageRange: [number, number] =
      free.length === 0
        ? [0, 0]
        : [(free[0] as StreamMessage).streamIndex, (free[free.length - 1] as StreamMessage).streamIndex + 1];
    judgeFree({ messages, messageRange, occurrences, offsetRange: [offsetFrom, offsetTo] }, this.options, this.gate);
    this.forget(end);
  }

  /** Keeps, of the occurrences judged up to `end`, only the `reach` the next ones read back. */
  private forget(end: number): void {
    const keepFrom = Math.max(0, end - SAME_FAILURE_REACH);
    this.recent = this.recent.slice(keepFrom);
    this.judged = end - keepFrom;
    const kept = new Map<number, StreamMessage>();
    for (const occurrence of this.recent) {
      const message = this.recentMessages.get(occurrence.streamMessageIndex);
      if (message) kept.set(message.streamIndex, message);
    }
    this.recentMessages = kept;
  }

  /** No finding still to come starts before this offset. */
  private frontier(window: WindowFacts): number {
    let frontier = this.recent[this.judged]?.offset ?? window.end;
    for (const call of this.calls.values()) frontier = Math.min(frontier, call.first);
    return Math.min(frontier, window.end);
  }
}

/**
 * The findings of a stream read synchronously (the CLI). `findings` reads the stream as it is
 * iterated (once); `totals` and `overflow` hold once it has been read to the end; `positionAt`
 * places the offsets of the finding read last, and of the overflow.
 */
export class StreamCheck {
  readonly findings: Iterable<Finding>;
  private readonly check: PushCheck;
  private current: ReadonlyMap<number, Position> = new Map();

  constructor(
    chunks: Iterable<string>,
    options: StreamCheckOptions,
    /** Told each window's occurrences, in text order (the JSON report lists them). */
    onOccurrences?: (occurrences: readonly StreamOccurrence[]) => void,
    /** Told each window before it is judged (`PushCheck`'s `onWindow`). */
    onWindow?: (window: WindowFacts) => void,
  ) {
    this.check = new PushCheck(options, onOccurrences, onWindow);
    const reading = this.read(chunks);
    // An iterator without `return`: a reader that stops early (a closed pipe) leaves the stream
    // open, so `readToEnd` can still count the findings it did not write.
    this.findings = { [Symbol.iterator]: () => ({ next: () => reading.next() }) };
  }

  /** Reads the rest of the stream, for its counts. */
  readToEnd(): void {
    const iterator = this.findings[Symbol.iterator]();
    while (!iterator.next().done);
  }

  get callsJudgedInParts(): number {
    return this.check.callsJudgedInParts;
  }

  get maxOpenCalls(): number {
    return this.check.maxOpenCalls;
  }

  get totals(): SeverityCounts {
    return this.check.totals;
  }

  get overflow(): Overflow | undefined {
    return this.check.ended ? this.check.overflowSoFar() : undefined;
  }

  positionAt(offset: number): Position {
    const position = this.current.get(offset) ?? this.check.overflowPosition(offset);
    if (!position) throw new Error(`sip-lens: no position kept for offset ${offset}`);
    return position;
  }

  private *read(chunks: Iterable<string>): Generator<Finding> {
    for (const chunk of chunks) for (const located of this.check.push(chunk)) yield this.show(located);
    for (const located of this.check.end()) yield this.show(located);
  }

  private show(located: LocatedFinding): Finding {
    this.current = located.positions;
    return located.finding;
  }
}
