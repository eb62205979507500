/**
 * The Reason header (RFC 3326): `Reason: protocol ;cause=N ;text="..."`, possibly several
 * comma-separated values. `SIP;cause=487` carries a SIP status code, `STIR;cause=436` a
 * STIR/SHAKEN verification code (RFC 9410), `Q.850;cause=17` an ISDN cause that is never a
 * SIP code. The parser walks characters so a missing quote or a truncated line cannot hurt it.
 */
import {
  BACKSLASH,
  COLON,
  COMMA,
  DOT,
  EQUALS,
  OPEN_BRACE,
  QUOTE,
  SEMICOLON,
  TAB,
  digitsValue,
  isBlank,
  isDigit,
  isTokenChar,
  skipBlanks,
  skipDigits,
  startsWithLower,
  trimBlanksEnd,
  ownedSlice,
} from './chars';

export interface ParsedReason {
  readonly protocol: string;
  /** The cause value; undefined when absent or not a number. */
  readonly cause?: number;
  /** Offset and length of the cause digits, for occurrences. */
  readonly causeOffset: number;
  readonly causeLength: number;
  readonly text?: string;
}

/** A cause longer than this is not a number any protocol defines. */
const MAX_CAUSE_DIGITS = 5;

/** Parses the Reason header value in `[start, end)`. */
export function parseReasonValues(text: string, start: number, end: number): ParsedReason[] {
  const valueEnd = withoutNgrepDot(text, start, trimBlanksEnd(text, start, end));
  const reasons: ParsedReason[] = [];
  let i = start;
  while (i < valueEnd) {
    i = skipBlanks(text, i, valueEnd);
    const protocolEnd = skipToken(text, i, valueEnd);
    if (protocolEnd > i) {
      const parsed = parseParams(text, protocolEnd, valueEnd);
      reasons.push({ protocol: ownedSlice(text, i, protocolEnd), ...parsed.fields });
      i = parsed.end;
    }
    i = skipPastComma(text, i, valueEnd);
  }
  return reasons;
}

/** ngrep shows each CR as a trailing `.`: drop it when it follows a cause or a quoted text. */
function withoutNgrepDot(text: string, start: number, end: number): number {
  if (end - start < 2 || text.charCodeAt(end - 1) !== DOT) return end;
  const before = text.charCodeAt(end - 2);
  return isDigit(before) || before === QUOTE ? end - 1 : end;
}

function skipToken(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isTokenChar(text.charCodeAt(i))) i++;
  return i;
}

interface ParamFields {
  cause?: number;
  causeOffset: number;
  causeLength: number;
  text?: string;
}

function parseParams(text: string, pos: number, end: number): { fields: ParamFields; end: number } {
  const fields: ParamFields = { causeOffset: -1, causeLength: 0 };
  let i = skipBlanks(text, pos, end);
  while (i < end && text.charCodeAt(i) === SEMICOLON) {
    const nameStart = skipBlanks(text, i + 1, end);
    const nameEnd = skipToken(text, nameStart, end);
    i = skipBlanks(text, nameEnd, end);
    if (i < end && text.charCodeAt(i) === EQUALS)
      i = readParamValue(text, nameStart, nameEnd, skipBlanks(text, i + 1, end), end, fields);
    i = skipBlanks(text, i, end);
    if (nameEnd === nameStart && i < end && text.charCodeAt(i) !== SEMICOLON) break;
  }
  return { fields, end: i };
}

/** Reads one parameter value, records it when it is `cause` or `text`, returns the offset after it. */
function readParamValue(
  text: string,
  nameStart: number,
  nameEnd: number,
  pos: number,
  end: number,
  fields: ParamFields,
): number {
  const quoted = pos < end && text.charCodeAt(pos) === QUOTE;
  const valueStart = quoted ? pos + 1 : pos;
  const valueEnd = quoted ? closingQuote(text, valueStart, end) : skipParamChars(text, pos, end);
  const name = nameEnd - nameStart;
  if (name === 5 && startsWithLower(text, nameStart, 'cause')) recordCause(text, valueStart, valueEnd, fields);
  if (name === 4 && startsWithLower(text, nameStart, 'text')) fields.text = ownedSlice(text, valueStart, valueEnd);
  return quoted && valueEnd < end ? valueEnd + 1 : valueEnd;
}

function recordCause(text: string, start: number, end: number, fields: ParamFields): void {
  const digitsEnd = skipDigits(text, start, end);
  const length = digitsEnd - start;
  if (length === 0 || length > MAX_CAUSE_DIGITS || digitsEnd !== end) return;
  fields.cause = digitsValue(text, start, digitsEnd);
  fields.causeOffset = start;
  fields.causeLength = length;
}

function skipParamChars(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COMMA || isBlank(c)) break;
    i++;
  }
  return i;
}

/** Offset of the closing quote, honouring backslash escapes; `end` when it is missing. */
function closingQuote(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    i += c === BACKSLASH ? 2 : 1;
  }
  return end;
}

/** Skips to just past the next comma that is outside a quoted string. */
function skipPastComma(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === COMMA) return i + 1;
    i = c === QUOTE ? closingQuote(text, i + 1, end) + 1 : i + 1;
  }
  return end;
}

const ASTERISK = 42;
const BACKTICK = 96;
const UNDERSCORE = 95;
const OPEN_BRACKET = 91;

/**
 * Where a status line's reason phrase ends within `[start, end)`: before what a log wrote after it
 * on the same line. RFC 3261 §25.1 lets a Reason-Phrase hold any text but a line break, so the
 * line's end is the phrase's end in a message; in a log it is followed by other things, which are
 * not part of the phrase:
 * - the next header of a message logged on one line (`180 Ringing  Contact: <sip:…>`): a run of
 *   two or more blanks, or a tab, then a header name and a colon;
 * - a JSON object or array after a colon (`486 Busy Here: {"call":…}`), or an object after a blank;
 * - Markdown emphasis or code around the status line (`**SIP/2.0 486 Busy Here**`).
 * One forward pass; a header-name lookahead after a blank run is read at most once more: linear.
 */
export function reasonPhraseEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === ASTERISK || c === BACKTICK || (c === UNDERSCORE && endsEmphasis(text, i, end))) break;
    if (c === COLON ? opensJson(text, i + 1, end) : isBlank(c) && opensJsonObject(text, i + 1, end)) break;
    if (isBlank(c)) {
      const runEnd = skipBlanks(text, i, end);
      if ((runEnd - i >= 2 || c === TAB) && headerNameEnd(text, runEnd, end) !== undefined) break;
      i = runEnd;
      continue;
    }
    i++;
  }
  return trimBlanksEnd(text, start, i);
}

/** `_` closing emphasis: followed by another `_`, a blank or the end (`snake_case` words stay). */
function endsEmphasis(text: string, pos: number, end: number): boolean {
  const next = pos + 1 < end ? text.charCodeAt(pos + 1) : NaN;
  return Number.isNaN(next) || next === UNDERSCORE || isBlank(next);
}

/** Blanks, then `{` or `[` (after a colon). */
function opensJson(text: string, pos: number, end: number): boolean {
  const at = skipBlanks(text, pos, end);
  const c = text.charCodeAt(at);
  return at < end && (c === OPEN_BRACE || c === OPEN_BRACKET);
}

/** `{"` (after a blank): a bracket alone may be the phrase's own text, `[run]` or `{sic}`. */
function opensJsonObject(text: string, pos: number, end: number): boolean {
  return pos + 1 < end && text.charCodeAt(pos) === OPEN_BRACE && text.charCodeAt(pos + 1) === QUOTE;
}

/** Offset past `Name:` followed by a blank or the end, when a header name starts at `pos`. */
function headerNameEnd(text: string, pos: number, end: number): number | undefined {
  const nameEnd = skipToken(text, pos, end);
  if (nameEnd === pos || nameEnd >= end || text.charCodeAt(nameEnd) !== COLON) return undefined;
  return nameEnd + 1 >= end || isBlank(text.charCodeAt(nameEnd + 1)) ? nameEnd + 1 : undefined;
}
