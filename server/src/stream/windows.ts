/**
 * Cuts a stream of text into windows the existing `analyze` can read one at a time, and turns
 * each window's results into facts of the whole stream (offsets, message indexes and lines
 * counted from its start).
 *
 * Where a cut is safe (see analysis/incremental.ts, which relies on the same locality):
 * - a start line depends only on its own line and the next one, and a message reads forward
 *   from its start line and stops at the next line that holds one, so the messages above a
 *   message's line end above it, and nothing below that line changes them;
 * - an inline start line (SIPp's `received 'SIP/2.0 ...`) is a message only when header lines
 *   follow it, so every cut leaves `MARGIN_LINES` lines below it in the window;
 * - a message's format banner is at most 8 lines above its start line, and mentions never span
 *   a line break, so the next window re-reads `CONTEXT_LINES` lines above the cut and keeps
 *   only what starts at or after it.
 * A window is cut at the line of its last message with the margin below it, or, when no message
 * starts in it, `MARGIN_LINES` above its end. Text past the window's last line break waits for
 * the next chunk.
 */
import { analyze, LineIndex } from '../analysis';
import type { Analysis, Occurrence, SipMessage } from '../analysis/types';
import type { LineAnchor, StreamMessage, StreamOccurrence, WindowFacts } from './types';

/** Characters analysed at a time: large enough that re-reading the context lines costs nothing. */
export const DEFAULT_WINDOW_CHARS = 1024 * 1024;
/** Lines re-read above a cut: format banners sit at most 8 lines above a start line (logShapes.ts). */
const CONTEXT_LINES = 10;
/** Lines kept below a cut, so the messages above it were read with what follows them. */
const MARGIN_LINES = 64;
/**
 * With no safe cut in this many characters (a log without line breaks, or one line longer than
 * this), the window is cut anyway: at its last line break, else inside the line. Only such a
 * line can then be read otherwise than whole; real logs' lines are far shorter.
 */
const FORCE_CUT_CHARS = 64 * 1024 * 1024;

export interface WindowOptions {
  /** Characters to gather before a window is analysed (tests use a few, to cut everywhere). */
  readonly windowChars?: number;
  /** Lines kept below a cut (tests use fewer, to cut more often); never fewer than 2. */
  readonly marginLines?: number;
}

/**
 * Lines kept below a cut: a WebSocket frame's time is on a line after its data (up to five lines
 * below, messageFacts.ts), so its window must hold them.
 */
const MIN_MARGIN_LINES = 8;

/** The options a feed must use for a CallStream to read its windows (PushCheck's, when they are shared). */
export function callWindowOptions(options: WindowOptions): WindowOptions {
  return options.marginLines === undefined
    ? options
    : { ...options, marginLines: Math.max(MIN_MARGIN_LINES, options.marginLines) };
}

/** The stream's facts, window by window, in text order; the last window has `last` set. */
export function* streamWindows(chunks: Iterable<string>, options: WindowOptions = {}): Generator<WindowFacts> {
  const feed = new WindowFeed(options);
  for (const chunk of chunks) {
    const facts = feed.push(chunk);
    if (facts) yield facts;
  }
  yield feed.end();
}

/**
 * The same windows fed one chunk at a time, for a reader that gets its chunks asynchronously (the
 * server reading a log from disk): each `push` gives out at most one window, `end` the last.
 */
export class WindowFeed {
  private readonly windows: Windows;
  private readonly size: number;
  private wanted: number;

  constructor(options: WindowOptions = {}) {
    this.windows = new Windows(Math.max(2, options.marginLines ?? MARGIN_LINES));
    this.size = Math.max(1, options.windowChars ?? DEFAULT_WINDOW_CHARS);
    this.wanted = this.size;
  }

  push(chunk: string): WindowFacts | undefined {
    const windows = this.windows;
    windows.append(chunk);
    if (windows.pendingLength < this.wanted) return undefined;
    const facts = windows.cut() ?? (windows.pendingLength >= FORCE_CUT_CHARS ? windows.forceCut() : undefined);
    // No safe cut yet (one long message, or too few lines): gather more before trying again.
    this.wanted = facts === undefined ? windows.pendingLength + Math.max(this.size, windows.pendingLength) : this.size;
    return facts;
  }

  end(): WindowFacts {
    return this.windows.finish();
  }
}

/** The text not yet committed, with the context lines above it, and where it stands in the stream. */
class Windows {
  /** Text from `carryOffset` on: context lines, then uncommitted text. */
  private carry = '';
  private carryOffset = 0;
  private carryLine = 0;
  /** Where the carry's first line starts: before `carryOffset` only after a cut inside a line. */
  private firstLineStart = 0;
  /** Absolute offset up to which facts have been given out (a line start). */
  private committed = 0;
  private messageCount = 0;

  constructor(private readonly margin: number) {}

  get pendingLength(): number {
    return this.carry.length - (this.committed - this.carryOffset);
  }

  append(chunk: string): void {
    this.carry += chunk;
  }

  /** The facts up to a safe cut in the complete lines gathered so far, or undefined when there is none. */
  cut(): WindowFacts | undefined {
    const lastBreak = this.carry.lastIndexOf('\n');
    if (lastBreak < 0) return undefined;
    const text = this.carry.slice(0, lastBreak + 1);
    const lines = new LineIndex(text);
    const analysis = analyze(text, { lineIndex: lines });
    const local = this.committed - this.carryOffset;
    const cutLine = safeCutLine(analysis.messages, lines, local, this.margin);
    if (cutLine === undefined) return undefined;
    return this.commit(text, lines, analysis, lines.lineStart(cutLine), cutLine, false);
  }

  /** The facts up to the last line break, or all gathered text when it has none. */
  forceCut(): WindowFacts {
    const lastBreak = this.carry.lastIndexOf('\n');
    const local = this.committed - this.carryOffset;
    const end = lastBreak >= local ? lastBreak + 1 : this.carry.length;
    const text = this.carry.slice(0, end);
    const lines = new LineIndex(text);
    const analysis = analyze(text, { lineIndex: lines });
    if (end === lastBreak + 1) return this.commit(text, lines, analysis, end, lines.lineCount - 1, false);
    // Inside a line: the next window starts mid-line, with no context, on the same line.
    const rest = this.carry.slice(end);
    const lastLine = lines.lineCount - 1;
    const facts = this.commit(text, lines, analysis, end, lastLine, true);
    if (lastLine > 0) this.firstLineStart = this.carryOffset + lines.lineStart(lastLine);
    this.carryLine += lastLine;
    this.carry = rest;
    this.carryOffset += end;
    return { ...facts, last: false };
  }

  /** Everything that is left: the stream has ended. */
  finish(): WindowFacts {
    const text = this.carry;
    const lines = new LineIndex(text);
    const analysis = analyze(text, { lineIndex: lines });
    return this.commit(text, lines, analysis, text.length, lines.lineCount, true);
  }

  private commit(
    text: string,
    lines: LineIndex,
    analysis: Analysis,
    cut: number,
    cutLine: number,
    last: boolean,
  ): WindowFacts {
    const from = this.committed - this.carryOffset;
    const source = { text, lines, base: this.carryOffset };
    const facts = { ...this.rebase(lines, analysis, from, cut), source };
    this.committed = this.carryOffset + cut;
    if (!last) {
      const keepLine = Math.max(0, cutLine - CONTEXT_LINES);
      const keep = lines.lineStart(keepLine);
      this.carry = this.carry.slice(keep);
      this.carryOffset += keep;
      this.carryLine += keepLine;
      if (keepLine > 0) this.firstLineStart = this.carryOffset;
    } else this.carry = '';
    return { ...facts, end: this.committed, last };
  }

  /** The window's messages and occurrences in `[from, to)`, counted in the whole stream. */
  private rebase(lines: LineIndex, analysis: Analysis, from: number, to: number) {
    const base = this.carryOffset;
    const anchor = (offset: number): LineAnchor => {
      const line = lines.lineAt(offset);
      return {
        line: this.carryLine + line,
        lineStart: line === 0 ? this.firstLineStart : base + lines.lineStart(line),
      };
    };
    const firstLocal = analysis.messages.findIndex((message) => message.startOffset >= from);
    const taken = firstLocal < 0 ? [] : analysis.messages.slice(firstLocal).filter((m) => m.startOffset < to);
    const indexDelta = this.messageCount - firstLocal;
    const messages = taken.map((message) => rebaseMessage(message, base, indexDelta, anchor(message.startOffset)));
    const occurrences: StreamOccurrence[] = [];
    for (const occurrence of analysis.occurrences) {
      if (occurrence.offset < from) continue;
      if (occurrence.offset >= to) break;
      occurrences.push(rebaseOccurrence(occurrence, base, indexDelta, firstLocal, anchor(occurrence.offset)));
    }
    this.messageCount += messages.length;
    return { messages, occurrences };
  }
}

/**
 * The line to cut at: that of the last message starting at or after `from` with `MARGIN_LINES`
 * lines below it, or with no such message, `MARGIN_LINES` above the end. Undefined when that
 * line is not below `from` (no progress: wait for more text).
 */
function safeCutLine(
  messages: readonly SipMessage[],
  lines: LineIndex,
  from: number,
  margin: number,
): number | undefined {
  // The text ends with a line break, so its last "line" is the empty one after it.
  const limit = lines.lineCount - 1 - margin;
  const fromLine = lines.lineAt(from);
  if (limit <= fromLine) return undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as SipMessage;
    if (message.startOffset < from) break;
    const line = lines.lineAt(message.startOffset);
    if (line <= limit) return line > fromLine ? line : undefined;
  }
  return limit;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The window's message, made a message of the stream in place: the window's analysis is dropped
 * once its facts are out, so nothing else sees the change, and no copy is made per message.
 */
function rebaseMessage(message: SipMessage, base: number, indexDelta: number, anchor: LineAnchor): StreamMessage {
  const moved = message as Mutable<SipMessage> & { streamIndex: number; anchor: LineAnchor };
  moved.index += indexDelta;
  moved.streamIndex = moved.index;
  moved.startOffset += base;
  moved.endOffset += base;
  moved.startLineEnd += base;
  moved.anchor = anchor;
  return moved;
}

function rebaseOccurrence(
  occurrence: Occurrence,
  base: number,
  indexDelta: number,
  firstLocal: number,
  anchor: LineAnchor,
): StreamOccurrence {
  // An occurrence inside a message is inside one of this window's (the messages above a cut end above it).
  const inMessage = occurrence.messageIndex >= 0 && occurrence.messageIndex >= firstLocal && firstLocal >= 0;
  const moved = occurrence as Mutable<Occurrence> & { streamMessageIndex: number; anchor: LineAnchor };
  moved.offset += base;
  moved.messageIndex = inMessage ? occurrence.messageIndex + indexDelta : -1;
  moved.streamMessageIndex = moved.messageIndex;
  moved.anchor = anchor;
  return moved;
}
