/**
 * SIP text embedded in other text on one line: a message logged with literal `\r\n` escapes
 * (JSON and Python logs: `"SIP/2.0 486 Busy Here\r\nVia: ...\r\n"`), and the ASCII column of
 * `tcpdump -X` hex rows (`0x0020:  322e 3020 3438 3620 ...  2.0.486.Busy.Her`). Every helper
 * reads forward within one line and is bounded by the caller's end: no scan leaves the line.
 */
import { BACKSLASH, COLON, QUOTE, SPACE, isAlpha, isDigit, skipBlanks, trimBlanksEnd } from './chars';
import type { LineIndex } from './lineIndex';

const LOWER_N = 110;
const LETTER_E = 69;
const LOWER_R = 114;
const LOWER_X = 120;
const ZERO = 48;

/**
 * Length of the literal line-break escape at `pos` (`\r\n` is 4, `\n` or `\r` alone is 2), or 0.
 * A lone `\r` counts: some loggers escape CR and keep LF, others print `\r` between lines.
 */
export function escapeLengthAt(text: string, pos: number, end: number): number {
  if (pos + 1 >= end || text.charCodeAt(pos) !== BACKSLASH) return 0;
  const c = text.charCodeAt(pos + 1);
  if (c === LOWER_N) return 2;
  if (c !== LOWER_R) return 0;
  return pos + 3 < end && text.charCodeAt(pos + 2) === BACKSLASH && text.charCodeAt(pos + 3) === LOWER_N ? 4 : 2;
}

/**
 * End of one escaped line starting at `pos`: the next line-break escape, the closing `quote`
 * (a quote not escaped with a backslash; 0 when the message was not quoted), or `end`.
 */
export function escapedLineEnd(text: string, pos: number, end: number, quote: number): number {
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (escapeLengthAt(text, i, end) > 0) return i;
      i++; // `\"` and `\\`: the escaped character is content
    } else if (c === quote) return i;
  }
  return end;
}

/** The quote that opens a quoted message (`"SIP/2.0 ...`, Python's `b'SIP/2.0 ...`), or 0. */
export function openingQuote(text: string, offset: number): number {
  if (offset === 0) return 0;
  const c = text.charCodeAt(offset - 1);
  return c === QUOTE || c === 39 ? c : 0;
}

/** `tcpdump -A` prints an IPv4 packet from its first byte, 0x45 (`E`); UDP's payload starts at byte 28. */
export const UDP_PAYLOAD_COLUMN = 28;

/**
 * Where `tcpdump -A` shows the payload of an IPv4 UDP datagram on `line`, or -1: one character
 * per byte, so column 28 of a line starting with `E`. The byte before it (the UDP checksum's
 * low byte) may print as any character, even a letter, so the payload is found by its column.
 * A header byte 0x0a (an address ending in .10) prints as a line break: then the payload is on
 * the next line, where the header's first line and that break leave it.
 */
export function udpPayloadOffset(text: string, lines: LineIndex, line: number): number {
  const start = lines.startOf(line);
  if (startsIpv4Header(text, start) && lines.endOf(line) - start > UDP_PAYLOAD_COLUMN)
    return start + UDP_PAYLOAD_COLUMN;
  if (line === 0) return -1;
  const above = lines.startOf(line - 1);
  // The break stands for one byte, however the file writes line breaks.
  if (!startsIpv4Header(text, above)) return -1;
  const aboveLength = lines.endOf(line - 1) - above;
  return aboveLength + 1 < UDP_PAYLOAD_COLUMN ? start + UDP_PAYLOAD_COLUMN - aboveLength - 1 : -1;
}

/**
 * `E` (0x45: IPv4, 20-byte header) then the type-of-service byte, which prints as a dot for the
 * usual values (0, EF) or a symbol (CS3 is a backquote). The few that print as a letter (AF21 `H`,
 * AF31 `h`) or a blank (CS1) are given up, so that log words such as `ERROR` or `E ` never pass.
 */
function startsIpv4Header(text: string, start: number): boolean {
  const tos = text.charCodeAt(start + 1);
  return text.charCodeAt(start) === LETTER_E && tos > SPACE && tos < 127 && !isAlpha(tos);
}

/** tcpdump prints `0x%04x: ` then 8 groups of ` hhhh` (40 characters), two spaces, then the ASCII column. */
const HEX_ROW_OFFSET_LENGTH = 8;
const HEX_ROW_HEX_LENGTH = 40;
const HEX_ROW_ASCII = HEX_ROW_OFFSET_LENGTH + HEX_ROW_HEX_LENGTH + 2;
const HEX_ROW_ASCII_LENGTH = 16;

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Start of the ASCII column of a `tcpdump -X`/`-XX` hex row spanning `[lineStart, lineEnd)`
 * (`\t0x0020:  322e 3020 ...  2.0.486.Busy.Her`), or -1 when the line is not one. The shape is
 * checked exactly: offset, hex groups and spaces only, and at most 16 ASCII characters.
 */
export function hexRowAscii(text: string, lineStart: number, lineEnd: number): number {
  const row = skipBlanks(text, lineStart, lineEnd);
  const ascii = row + HEX_ROW_ASCII;
  const asciiEnd = trimBlanksEnd(text, ascii, lineEnd);
  if (asciiEnd <= ascii || asciiEnd - ascii > HEX_ROW_ASCII_LENGTH) return -1;
  if (text.charCodeAt(row) !== ZERO || text.charCodeAt(row + 1) !== LOWER_X) return -1;
  for (let i = row + 2; i < row + 6; i++) if (!isHexDigit(text.charCodeAt(i))) return -1;
  if (text.charCodeAt(row + 6) !== COLON) return -1;
  for (let i = row + 7; i < ascii; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && !isHexDigit(c)) return -1;
  }
  return text.charCodeAt(ascii - 1) === SPACE && text.charCodeAt(ascii - 2) === SPACE ? ascii : -1;
}

/** True when `[at, at + length)` lies in the ASCII column of the hex row spanning `[lineStart, lineEnd)`. */
export function inHexRowAscii(text: string, lineStart: number, lineEnd: number, at: number, length: number): boolean {
  const ascii = hexRowAscii(text, lineStart, lineEnd);
  return ascii >= 0 && at >= ascii && at + length <= lineEnd;
}

/** How `SIP/2.0 ` reads in the ASCII column: tcpdump shows the space as a dot. */
const HEX_VERSION = 'SIP/2.0.';

/**
 * The number of characters of `SIP/2.0.` that end the full ASCII column `[ascii, asciiEnd)` of
 * one hex row, when the rest of it starts the next row's column at `nextAscii`: the status line
 * cut across two rows. 0 when it is not.
 */
export function versionCutAcrossRows(text: string, ascii: number, asciiEnd: number, nextAscii: number): number {
  if (asciiEnd - ascii !== HEX_ROW_ASCII_LENGTH) return 0;
  for (let head = 1; head <= HEX_VERSION.length; head++) {
    if (
      text.startsWith(HEX_VERSION.slice(0, head), asciiEnd - head) &&
      text.startsWith(HEX_VERSION.slice(head), nextAscii)
    )
      return head;
  }
  return 0;
}
