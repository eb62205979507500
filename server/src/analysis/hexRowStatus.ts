/**
 * Status codes in the ASCII column of `tcpdump -X` hex rows, where spaces show as dots: either
 * whole within one row (`SIP/2.0.486.`) or cut across two rows. Such a code is a status-line
 * occurrence, never the start of a message (the rows are not the message's lines).
 */
import { isStatusCodeNumber } from '../../../catalog/src/index';
import { digitsValue, isDigit, skipBlanks, trimBlanksEnd } from './chars';
import { hexRowAscii, inHexRowAscii, versionCutAcrossRows } from './embedded';
import type { LineIndex } from './lineIndex';
import { VERSION, endsCode, type StartLine } from './startLine';

/**
 * Searched for instead of `0x`, whose `0` is so common in logs that the search costs five times
 * more; the `0` before it is checked after. A status line opens the payload, so its rows are
 * among the first of a packet, whose offsets start `0x0` (below 4096 bytes).
 */
const HEX_ROW_MARK = 'x0';

/**
 * Status lines of `tcpdump -X` cut across two hex rows: `SIP/2.0.` (or its start) ends one row's
 * ASCII column and the code is whole in the next row's (IPv4 over UDP puts the payload at byte
 * 28, so `SIP/` ends row 0x0010 and `2.0.486.` opens row 0x0020). The start line is the second
 * row's (it begins with the version's tail), so like every start line it lies in `[from, to)`;
 * it depends on its own line and the one above, which is why the search starts a line early.
 * Each line is read once: the search resumes at the next line. A code cut in two is missed.
 */
export function findCutHexRowStatus(text: string, lines: LineIndex, from: number, to: number): StartLine[] {
  const found: StartLine[] = [];
  let hint = Math.max(0, lines.lineAt(from) - 1);
  // `at` is the `0` before each `x0` found; a search from a line's second character on finds its row mark.
  let at = text.indexOf(HEX_ROW_MARK, lines.lineStart(hint) + 1) - 1;
  while (at >= 0 && at < to) {
    const line = lines.lineAtFrom(at, hint);
    hint = line;
    const lineEnd = lines.lineEnd(line);
    if (line + 1 < lines.lineCount && skipBlanks(text, lines.lineStart(line), lineEnd) === at) {
      const status = cutStatusBelow(text, lines, line, lineEnd);
      if (status && status.offset >= from && status.offset < to) found.push(status);
    }
    // From the next line's second character: past this line's break whatever it is (LF, CRLF, CR),
    // so a mark at a line's very start is never found twice.
    if (line + 1 >= lines.lineCount) break;
    at = text.indexOf(HEX_ROW_MARK, lines.lineStart(line + 1) + 1) - 1;
  }
  return found;
}

/** The status line that the hex row on `line` begins and the next row ends, if any. */
function cutStatusBelow(text: string, lines: LineIndex, line: number, lineEnd: number): StartLine | undefined {
  const ascii = hexRowAscii(text, lines.lineStart(line), lineEnd);
  if (ascii < 0) return undefined;
  const asciiEnd = trimBlanksEnd(text, ascii, lineEnd);
  const nextEnd = lines.lineEnd(line + 1);
  const nextAscii = hexRowAscii(text, lines.lineStart(line + 1), nextEnd);
  if (nextAscii < 0) return undefined;
  const head = versionCutAcrossRows(text, ascii, asciiEnd, nextAscii);
  if (head === 0) return undefined;
  const codeOffset = nextAscii + VERSION.length + 1 - head;
  if (codeOffset + 3 > nextEnd || !isDigit(text.charCodeAt(codeOffset)) || !isDigit(text.charCodeAt(codeOffset + 1)))
    return undefined;
  if (!isDigit(text.charCodeAt(codeOffset + 2)) || !endsCode(text.charCodeAt(codeOffset + 3))) return undefined;
  const statusCode = digitsValue(text, codeOffset, codeOffset + 3);
  if (!isStatusCodeNumber(statusCode)) return undefined;
  return hexRowStartLine(nextAscii, line + 1, nextEnd, statusCode, codeOffset);
}

/** A status code read from hex rows: the start line of no message, without a phrase (the column shows dots). */
function hexRowStartLine(
  offset: number,
  line: number,
  lineEnd: number,
  statusCode: number,
  codeOffset: number,
): StartLine {
  return {
    kind: 'response',
    offset,
    textEnd: codeOffset + 3,
    line,
    lineEnd,
    ngrep: false,
    atLineStart: false,
    escaped: false,
    hexRow: true,
    statusCode,
    codeOffset,
    reasonPhrase: '',
    method: undefined,
    requestUri: undefined,
  };
}

/**
 * `SIP/2.0.486.` in the ASCII column of a `tcpdump -X` hex row, where spaces show as dots. Only
 * a code whole within one row is read (a row holds 16 bytes, so the status line is often cut
 * across two rows: then the code is missed, never guessed). No phrase: the column shows dots.
 */
export function hexRowStatusAt(text: string, at: number, lines: LineIndex, hint: number): StartLine | undefined {
  const codeOffset = at + VERSION.length + 1;
  if (!isDigit(text.charCodeAt(codeOffset)) || !isDigit(text.charCodeAt(codeOffset + 1))) return undefined;
  if (!isDigit(text.charCodeAt(codeOffset + 2)) || !endsCode(text.charCodeAt(codeOffset + 3))) return undefined;
  const statusCode = digitsValue(text, codeOffset, codeOffset + 3);
  if (!isStatusCodeNumber(statusCode)) return undefined;
  const line = lines.lineAtFrom(at, hint);
  const lineEnd = lines.lineEnd(line);
  if (!inHexRowAscii(text, lines.lineStart(line), lineEnd, at, codeOffset + 3 - at)) return undefined;
  return hexRowStartLine(at, line, lineEnd, statusCode, codeOffset);
}
