/**
 * The lines a SIP message occupies in a log, for folding: from the banner (and the timestamp
 * line) that announce it to the separator lines that close it. Pure: it reads lines through a
 * callback, a handful per message, so folding stays linear in the number of messages.
 */

/** The text of line `line` (possibly clipped; no line break). */
export type LineReader = (line: number) => string;

export interface MessageExtent {
  /** The line of the message's start line (`INVITE ... SIP/2.0`, `SIP/2.0 486 ...`). */
  readonly startLine: number;
  /** The line of the message's last header or body line. */
  readonly endLine: number;
  /** The first line this message may take (just past the previous message's lines). */
  readonly floor: number;
  /** The last line this message may take (just before the next message's start line). */
  readonly ceiling: number;
  /** The analysis named a log format from a banner above the message (any format but `raw`). */
  readonly hasBanner: boolean;
}

/** A banner sits right above its message, past at most this many blank or rule lines (as in logShapes.ts). */
const MAX_GAP = 4;
/** Separators after a message: a blank line or two and one rule; more would be taking in the next thing. */
const MAX_TRAILING = 3;

/** The first and last line of the message, banner and closing separators included. */
export function messageLines(read: LineReader, extent: MessageExtent): { start: number; end: number } {
  const start = extent.hasBanner ? bannerLine(read, extent) : extent.startLine;
  return { start, end: closingLine(read, Math.max(extent.endLine, start), extent.ceiling) };
}

/**
 * The banner above the start line, skipping blank lines and rules (FreeSWITCH puts a rule
 * between), and the lead-in line above the banner when there is one. The start line itself
 * when no banner is within reach of the floor.
 */
function bannerLine(read: LineReader, extent: MessageExtent): number {
  let line = extent.startLine - 1;
  for (let gap = 0; line >= extent.floor && gap < MAX_GAP && isSeparator(read(line)); gap++) line--;
  if (line < extent.floor || isSeparator(read(line))) return extent.startLine;
  return line - 1 >= extent.floor && isLeadIn(read(line - 1)) ? line - 1 : line;
}

/** The last separator line within reach after `endLine`, or `endLine`. */
function closingLine(read: LineReader, endLine: number, ceiling: number): number {
  let end = endLine;
  for (let line = endLine + 1; line <= ceiling && line - endLine <= MAX_TRAILING && isSeparator(read(line)); line++)
    end = line;
  return end;
}

/**
 * Lines with no letter or digit (blank lines, `-----` and `<------------->` rules, ngrep's `#`
 * and its lone `.`), and pjsua's `--end msg--`. A line with any non-ASCII character is text.
 */
export function isSeparator(line: string): boolean {
  // A character loop, no expression: this runs on a few lines around each of a big log's messages.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // ASCII letters and digits, and anything beyond ASCII (a letter in another script), make text.
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0x80)
      return line.includes('--end msg--') && line.trim() === '--end msg--';
  }
  return true;
}

/**
 * A line that announces the banner below it: SIPp's `----- 2026-01-15 10:10:00.123456` rule with
 * the time, or a log line that ends with a colon and leaves its text to the next line (chan_sip's
 * `[Jan 15 10:12:07] VERBOSE[2410] chan_sip.c:`).
 */
export function isLeadIn(line: string): boolean {
  const trimmed = line.trim();
  return /^-{5,}[ \t]+\S/u.test(trimmed) || (trimmed.endsWith(':') && /\p{L}/u.test(trimmed));
}
