/**
 * The facts the stream keeps between windows: the analysis's own messages and occurrences, with
 * offsets and indexes counted in the whole stream, each with the line it stands on, so a finding
 * can be placed (line and column) after the text around it is gone.
 */
import type { Occurrence, SipMessage } from '../analysis/types';

/** Where a line starts: its number (0-based) and the offset of its first character. */
export interface LineAnchor {
  readonly line: number;
  readonly lineStart: number;
}

/** A message of the stream: `index` and every offset count from the stream's start. */
export interface StreamMessage extends SipMessage {
  /** The line of its start line. */
  readonly anchor: LineAnchor;
}

/** An occurrence of the stream: `offset` and `messageIndex` count from the stream's start. */
export interface StreamOccurrence extends Occurrence {
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
}

/** A 0-based line and UTF-16 column, as LSP and the CLI's writers count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}
