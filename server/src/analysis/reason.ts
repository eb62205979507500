/**
 * The Reason header (RFC 3326): `Reason: protocol ;cause=N ;text="..."`, possibly several
 * comma-separated values. `SIP;cause=487` carries a SIP status code, `STIR;cause=436` a
 * STIR/SHAKEN verification code (RFC 9410), `Q.850;cause=17` an ISDN cause that is never a
 * SIP code. The parser walks characters so a missing quote or a truncated line cannot hurt it.
 */
import {
  BACKSLASH,
  COMMA,
  DOT,
  EQUALS,
  QUOTE,
  SEMICOLON,
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
