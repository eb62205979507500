/**
 * Finds SIP start lines: status lines (`SIP/2.0 486 Busy Here`) and request lines
 * (`INVITE sip:bob@example.com SIP/2.0`). One `indexOf('SIP/2.0')` pass serves both: a status
 * line has the version first, a request line has it last. `Via: SIP/2.0/UDP` is neither.
 */
import { isStatusCodeNumber } from '../../../catalog/src/index';
import {
  BACKSLASH,
  DOT,
  SPACE,
  TAB,
  digitsValue,
  isAlpha,
  isBlank,
  isDigit,
  isLineBreak,
  skipBlanks,
  startsWithLower,
  trimBlanksEnd,
  ownedSlice,
} from './chars';
import { escapeLengthAt, escapedLineEnd, openingQuote, udpPayloadOffset } from './embedded';
import { commonMethodSuffix, methodText } from './headers';
import { findCutHexRowStatus, hexRowStatusAt } from './hexRowStatus';
import type { LineIndex } from './lineIndex';
import { reasonPhraseEnd } from './reason';
import { VERSION, endsCode, type StartLine } from './startLine';

export type { StartLine } from './startLine';

/** Longer phrases are cut: real ones are short, and this bounds work on garbage lines. */
const MAX_PHRASE_LENGTH = 256;
/** How far back a request-URI may reach before we give up on a line. */
const MAX_URI_LENGTH = 4096;
const URI_SCHEMES = ['sip:', 'sips:', 'tel:', 'urn:'];

/**
 * Every start line whose `SIP/2.0` lies in `[from, to)`, in text order. `lines` indexes the
 * same text. The range lets incremental re-analysis rescan only the lines around an edit: a
 * start line depends on nothing but its own line and the next one.
 */
export function findStartLines(text: string, lines: LineIndex, from = 0, to = text.length): StartLine[] {
  const found: StartLine[] = [];
  // Offsets only grow, so each line lookup starts from the last start line's line.
  let hint = lines.lineAt(from);
  const dots = new NextLineDots(text, lines);
  let at = text.indexOf(VERSION, from);
  while (at !== -1 && at < to) {
    const next = text.charCodeAt(at + VERSION.length);
    const line =
      next === SPACE || next === TAB
        ? statusLineAt(text, at, lines, hint, dots)
        : next === DOT
          ? (hexRowStatusAt(text, at, lines, hint) ?? requestLineAt(text, at, lines, hint))
          : requestLineAt(text, at, lines, hint);
    if (line) {
      found.push(line);
      hint = line.line;
    }
    at = text.indexOf(VERSION, at + VERSION.length);
  }
  const cut = findCutHexRowStatus(text, lines, from, to);
  return cut.length === 0 ? found : mergeByOffset(found, cut);
}

/** Both lists in text order, merged; no offset is in both. */
function mergeByOffset(a: StartLine[], b: StartLine[]): StartLine[] {
  const merged: StartLine[] = [];
  let j = 0;
  for (const line of a) {
    while (j < b.length && (b[j] as StartLine).offset < line.offset) merged.push(b[j++] as StartLine);
    merged.push(line);
  }
  while (j < b.length) merged.push(b[j++] as StartLine);
  return merged;
}

/**
 * A character that, right before `SIP/2.0`, shows the version is part of a longer word. A dot
 * does not: `tcpdump -A` prints the IP and UDP headers' unprintable bytes as dots right before
 * the payload (`E..4..@.@....SIP/2.0 407 ...`).
 */
function joinsWord(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === 47 /* / */ || c === 45 /* - */ || c === 95; /* _ */
}

function statusLineAt(
  text: string,
  at: number,
  lines: LineIndex,
  hint: number,
  dots: NextLineDots,
): StartLine | undefined {
  const line = lines.lineAtFrom(at, hint);
  if (at > 0 && joinsWord(text.charCodeAt(at - 1)) && at !== udpPayloadOffset(text, lines, line)) return undefined;
  const lineEnd = lines.endOf(line);
  const codeOffset = skipBlanks(text, at + VERSION.length, Math.min(lineEnd, at + VERSION.length + 16));
  if (codeOffset + 3 > lineEnd) return undefined;
  if (!isDigit(text.charCodeAt(codeOffset)) || !isDigit(text.charCodeAt(codeOffset + 1))) return undefined;
  if (!isDigit(text.charCodeAt(codeOffset + 2)) || !endsCode(text.charCodeAt(codeOffset + 3))) return undefined;
  const statusCode = digitsValue(text, codeOffset, codeOffset + 3);
  if (!isStatusCodeNumber(statusCode)) return undefined;
  const phraseStart = skipBlanks(text, codeOffset + 3, lineEnd);
  const phraseLimit = Math.min(lineEnd, phraseStart + MAX_PHRASE_LENGTH);
  // A message logged on one line (`"SIP/2.0 486 Busy Here\r\nVia: ...`): the phrase ends at the escape or the quote.
  const escapeAt = escapedLineEnd(text, phraseStart, phraseLimit, openingQuote(text, at));
  const escaped = escapeLengthAt(text, escapeAt, lineEnd) > 0;
  let phraseEnd = trimBlanksEnd(text, phraseStart, escapeAt);
  const ngrep = escapeAt === phraseLimit && endsWithDot(text, phraseStart, phraseEnd) && dots.after(line);
  if (ngrep) phraseEnd = trimBlanksEnd(text, phraseStart, phraseEnd - 1);
  phraseEnd = reasonPhraseEnd(text, phraseStart, cutAtDoubleDot(text, phraseStart, phraseEnd));
  return {
    kind: 'response',
    offset: at,
    textEnd: phraseEnd > phraseStart ? phraseEnd : codeOffset + 3,
    line,
    lineEnd,
    ngrep,
    atLineStart: onlyBlanksBefore(text, at),
    escaped,
    hexRow: false,
    statusCode,
    codeOffset,
    reasonPhrase: ownedSlice(text, phraseStart, phraseEnd),
    method: undefined,
    requestUri: undefined,
  };
}

/** ngrep without `-W byline` prints a whole packet on one line, CRLF shown as `..`. */
function cutAtDoubleDot(text: string, start: number, end: number): number {
  for (let i = start; i + 1 < end; i++) {
    if (text.charCodeAt(i) === DOT && text.charCodeAt(i + 1) === DOT) return trimBlanksEnd(text, start, i);
  }
  return end;
}

function endsWithDot(text: string, start: number, end: number): boolean {
  return end > start && text.charCodeAt(end - 1) === DOT;
}

/**
 * Whether the line after a status line ends with a dot (ngrep's CR), remembered for the last
 * line asked about: finding it walks back over the next line's trailing blanks, and a line
 * holding thousands of status lines above a line of blanks would otherwise walk those blanks
 * once per status line (quadratic time). Start lines are found in text order, so one line is enough.
 */
class NextLineDots {
  private line = -1;
  private endsWithDot = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  after(line: number): boolean {
    if (line !== this.line) {
      this.line = line;
      this.endsWithDot = this.compute(line + 1);
    }
    return this.endsWithDot;
  }

  private compute(next: number): boolean {
    const { text, lines } = this;
    if (next >= lines.lineCount) return false;
    const start = lines.startOf(next);
    return endsWithDot(text, start, trimBlanksEnd(text, start, lines.endOf(next)));
  }
}

function onlyBlanksBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

function requestLineAt(text: string, at: number, lines: LineIndex, hint: number): StartLine | undefined {
  const versionEnd = at + VERSION.length;
  const after = text.charCodeAt(versionEnd);
  const escaped = after === BACKSLASH && escapeLengthAt(text, versionEnd, text.length) > 0;
  // `Via: SIP/2.0/UDP` continues with a slash: no start line there.
  if (!(Number.isNaN(after) || isLineBreak(after) || isBlank(after) || after === DOT || escaped)) return undefined;
  const line = lines.lineAtFrom(at, hint);
  const lineEnd = lines.endOf(line);
  // Walk forward from the version, never back from the line end: a line holding thousands of
  // `SIP/2.0.` before a long run of blanks would otherwise be rescanned once per occurrence.
  const ngrep = after === DOT;
  if (!escaped && skipBlanks(text, ngrep ? versionEnd + 1 : versionEnd, lineEnd) !== lineEnd) return undefined;
  const uriEnd = skipSpacesBack(text, at);
  if (uriEnd === at) return undefined;
  const uriStart = nonBlankRunStart(text, uriEnd);
  if (uriStart === uriEnd || !hasUriScheme(text, uriStart)) return undefined;
  const methodEnd = skipSpacesBack(text, uriStart);
  if (methodEnd === uriStart) return undefined;
  const methodStart = tcpdumpPayload(
    text,
    udpPayloadOffset(text, lines, line),
    methodRunStart(text, methodEnd),
    methodEnd,
  );
  if (methodStart === methodEnd || !isAlpha(text.charCodeAt(methodStart))) return undefined;
  return {
    kind: 'request',
    offset: methodStart,
    textEnd: versionEnd,
    line,
    lineEnd,
    ngrep,
    atLineStart: onlyBlanksBefore(text, methodStart),
    escaped,
    hexRow: false,
    statusCode: undefined,
    codeOffset: undefined,
    reasonPhrase: undefined,
    method: methodText(text, methodStart, methodEnd),
    requestUri: ownedSlice(text, uriStart, uriEnd),
  };
}

/**
 * The method's start, without the header bytes `tcpdump -A` prints right before the payload
 * (`E..4..@.@....INVITE sip:...`): a method never starts with a dot, and when an IPv4 UDP
 * payload's method follows a checksum byte that prints as a letter, the method starts at the
 * payload column (then it must be all capitals, as every registered method is).
 */
function tcpdumpPayload(text: string, payload: number, methodStart: number, methodEnd: number): number {
  if (methodStart < payload && methodEnd > payload) {
    let i = payload;
    while (i < methodEnd && isUpper(text.charCodeAt(i))) i++;
    if (i === methodEnd) return payload;
  }
  let i = methodStart;
  // `\r\nINVITE sip:...` in a message logged with escapes: the `n` belongs to the escape.
  if (i > 0 && text.charCodeAt(i - 1) === BACKSLASH && i + 1 < methodEnd) i++;
  while (i < methodEnd && text.charCodeAt(i) === DOT) i++;
  // Header bytes that print as letters may stick to the method when an IP address byte is a line feed.
  return i > methodStart || hasDot(text, i, methodEnd) ? commonMethodSuffix(text, i, methodEnd) : i;
}

function hasDot(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === DOT) return true;
  return false;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function skipSpacesBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text.charCodeAt(i - 1) === SPACE) i--;
  return i;
}

function nonBlankRunStart(text: string, end: number): number {
  const floor = Math.max(0, end - MAX_URI_LENGTH);
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isBlank(c) || isLineBreak(c)) break;
    i--;
  }
  return i;
}

function hasUriScheme(text: string, pos: number): boolean {
  for (const scheme of URI_SCHEMES) if (startsWithLower(text, pos, scheme)) return true;
  return false;
}

/** Method characters: a token without the quote characters, so `'INVITE` (SIPp) reads INVITE. */
function isMethodChar(c: number): boolean {
  return (
    isAlpha(c) ||
    isDigit(c) ||
    c === 45 ||
    c === DOT ||
    c === 33 ||
    c === 37 ||
    c === 42 ||
    c === 95 ||
    c === 43 ||
    c === 126
  );
}

function methodRunStart(text: string, end: number): number {
  const floor = Math.max(0, end - 64);
  let i = end;
  while (i > floor && isMethodChar(text.charCodeAt(i - 1))) i--;
  return i;
}
