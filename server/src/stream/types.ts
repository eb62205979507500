/**
 * The facts the stream keeps between windows: the analysis's own messages and occurrences, with
 * offsets and indexes counted in the whole stream, each with the line it stands on, so a finding
 * can be placed (line and column) after the text around it is gone.
 */
import type { LineIndex } from '../analysis/lineIndex';
import type { Occurrence, SipMessage } from '../analysis/types';

/** Where a line starts: its number (0-based) and the offset of its first character. */
export interface LineAnchor {
  readonly line: number;
  readonly lineStart: number;
}

/**
 * A message of the stream: its offsets count from the stream's start, `streamIndex` is its index
 * in the stream. `index` is its index in the small analysis it is being judged in (judge.ts sets
 * it, in place: a message is judged in one such analysis at a time, and copying every message
 * for each cost more than the rules).
 */
export interface StreamMessage extends SipMessage {
  index: number;
  readonly streamIndex: number;
  /** The line of its start line. */
  readonly anchor: LineAnchor;
}

/**
 * An occurrence of the stream: `offset` counts from the stream's start, `streamMessageIndex` is
 * its message's `streamIndex` (or -1); `messageIndex` is set, like a message's `index`, for the
 * analysis it is being judged in.
 */
export interface StreamOccurrence extends Occurrence {
  messageIndex: number;
  readonly streamMessageIndex: number;
  readonly anchor: LineAnchor;
}

/** One window's finished facts: nothing later in the stream can change them. */
export interface WindowFacts {
  readonly messages: readonly StreamMessage[];
  readonly occurrences: readonly StreamOccurrence[];
  /** Offset just past the committed text: every fact before it is final. */
  readonly end: number;
  /** True for the last window: the stream has ended. */
  readonly last: boolean;
  /**
   * The text the window's analysis read (its facts and some lines above and below them), for a
   * reader that needs more than the facts while the text is at hand (the call summaries' times
   * and parties): a message's offset minus `base` is its offset in `text`.
   */
  readonly source: WindowText;
}

export interface WindowText {
  readonly text: string;
  readonly lines: LineIndex;
  /** Where `text` starts in the stream. */
  readonly base: number;
}

/** A 0-based line and UTF-16 column, as LSP and the CLI's writers count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}
