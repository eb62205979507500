/**
 * The start line record every pass shares: what the start-line search found (a request line, a
 * status line, or a status code in a `tcpdump -X` hex row) and where, before any message is
 * built from it. Kept apart from the search so the hex-row reader (hexRowStatus.ts) and the
 * main search (startLines.ts) build the same shape without importing each other.
 */
import { APOSTROPHE, DOT, isBlank, isLineBreak } from './chars';

export const VERSION = 'SIP/2.0';

/** Requests and responses have every property (absent ones undefined): one object shape. */
export interface StartLine {
  readonly kind: 'request' | 'response';
  /** First character of the method (requests) or of `SIP/2.0` (responses). */
  readonly offset: number;
  /** Just past the start line's text: no trailing blanks, no ngrep dot. */
  readonly textEnd: number;
  /** Zero-based line number of the start line. */
  readonly line: number;
  /** Offset of the line break that ends the start line (or the text end). */
  readonly lineEnd: number;
  /** ngrep/sipgrep output: each CR of the message is shown as a trailing `.`. */
  readonly ngrep: boolean;
  /** Only blanks precede it on its line (no log prefix). */
  readonly atLineStart: boolean;
  /**
   * The message goes on on the same line after a literal `\r\n` or `\n` escape (JSON and
   * Python logs): its headers are read from the escaped text, never from the lines below.
   */
  readonly escaped: boolean;
  /** In the ASCII column of a `tcpdump -X` hex row: a status code, never the start of a message. */
  readonly hexRow: boolean;
  readonly statusCode?: number;
  /** Offset of the status code's first digit. */
  readonly codeOffset?: number;
  readonly reasonPhrase?: string;
  readonly method?: string;
  readonly requestUri?: string;
}

/** After the three digits: end of line, blank, ngrep dot, or SIPp's closing quote. */
export function endsCode(c: number): boolean {
  return Number.isNaN(c) || isBlank(c) || isLineBreak(c) || c === DOT || c === APOSTROPHE;
}
