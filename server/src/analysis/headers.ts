/**
 * Reads the header fields the message model needs: Call-ID, CSeq, top Via branch, From/To
 * tags, Reason, credentials, and what tells where the body ends. Long and compact names
 * (RFC 3261 §7.3.3: i, v, f, t, l, c) are both understood; names are case-insensitive.
 */
import {
  COMMA, EQUALS, QUOTE, SEMICOLON, digitsValue, indexOfWithin, isBlank, isTokenChar, skipBlanks, skipDigits,
  startsWithLower, ownedSlice } from './chars';
import { parseReasonValues, type ParsedReason } from './reason';

const LESS_THAN = 60;
const GREATER_THAN = 62;

export interface HeaderFields {
  callId?: string;
  cseqNumber?: number;
  cseqMethod?: string;
  viaBranch?: string;
  fromTag?: string;
  toTag?: string;
  /** Reason values with a cause, with the offsets of their causes; most messages have none. */
  reasonValues?: ParsedReason[];
  hasCredentials: boolean;
  contentLength?: number;
  hasContentType: boolean;
  /** The body is message/sipfrag: its first line is a status line by design (NOTIFY after REFER). */
  isSipfrag: boolean;
  sawVia: boolean;
}

export function emptyHeaderFields(): HeaderFields {
  return { hasCredentials: false, hasContentType: false, isSipfrag: false, sawVia: false };
}

/** Methods every log repeats: one shared string each instead of one slice per message. */
const COMMON_METHODS = new Map(
  ['INVITE', 'ACK', 'BYE', 'CANCEL', 'REGISTER', 'OPTIONS', 'PRACK', 'SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'INFO', 'REFER', 'MESSAGE', 'UPDATE']
    .map((method) => [method.length * 128 + method.charCodeAt(0), method] as const),
);

/** The method in `[start, end)`, shared when it is a common one. */
export function methodText(text: string, start: number, end: number): string {
  const common = COMMON_METHODS.get((end - start) * 128 + text.charCodeAt(start));
  return common !== undefined && text.startsWith(common, start) ? common : ownedSlice(text, start, end);
}

type HeaderReader = (text: string, start: number, end: number, fields: HeaderFields) => void;

/** Header names we read, by length, so a name is compared without allocating a string. */
const READERS_BY_LENGTH = new Map<number, ReadonlyArray<readonly [name: string, read: HeaderReader]>>();

function register(names: readonly string[], read: HeaderReader): void {
  for (const name of names) {
    const list = READERS_BY_LENGTH.get(name.length) ?? [];
    READERS_BY_LENGTH.set(name.length, [...list, [name, read]]);
  }
}

/** Records one header whose name is `[nameStart, nameEnd)` and value `[valueStart, valueEnd)`. */
export function readHeader(text: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, fields: HeaderFields): void {
  const candidates = READERS_BY_LENGTH.get(nameEnd - nameStart);
  if (!candidates) return;
  for (const [name, read] of candidates) {
    if (startsWithLower(text, nameStart, name)) {
      read(text, valueStart, valueEnd, fields);
      return;
    }
  }
}

function readCSeq(text: string, start: number, end: number, fields: HeaderFields): void {
  if (fields.cseqNumber !== undefined) return;
  const digitsEnd = skipDigits(text, start, end);
  if (digitsEnd === start || digitsEnd - start > 10) return;
  const methodStart = skipBlanks(text, digitsEnd, end);
  let methodEnd = methodStart;
  while (methodEnd < end && isTokenChar(text.charCodeAt(methodEnd))) methodEnd++;
  if (methodEnd === methodStart) return;
  fields.cseqNumber = digitsValue(text, start, digitsEnd);
  fields.cseqMethod = methodText(text, methodStart, methodEnd);
}

/** Only the first Via header's first value is the top Via. */
function readTopVia(text: string, start: number, end: number, fields: HeaderFields): void {
  if (fields.sawVia) return;
  fields.sawVia = true;
  const branch = headerParam(text, start, end, 'branch', true);
  if (branch !== undefined) fields.viaBranch = branch;
}

/** The tag is a header parameter: after the closing `>` when the URI is in angle brackets. */
function tagParam(text: string, start: number, end: number): string | undefined {
  return headerParam(text, start, end, 'tag', false);
}

function readReason(text: string, start: number, end: number, fields: HeaderFields): void {
  for (const reason of parseReasonValues(text, start, end)) {
    if (reason.cause === undefined) continue;
    fields.reasonValues ??= [];
    fields.reasonValues.push(reason);
  }
}

function readContentLength(text: string, start: number, end: number, fields: HeaderFields): void {
  const digitsEnd = skipDigits(text, start, end);
  if (digitsEnd > start && digitsEnd - start <= 9) fields.contentLength = digitsValue(text, start, digitsEnd);
}

function readCallId(text: string, start: number, end: number, fields: HeaderFields): void {
  fields.callId ??= ownedSlice(text, start, end);
}

function readFromTag(text: string, start: number, end: number, fields: HeaderFields): void {
  fields.fromTag ??= tagParam(text, start, end);
}

function readToTag(text: string, start: number, end: number, fields: HeaderFields): void {
  fields.toTag ??= tagParam(text, start, end);
}

function readCredentials(_text: string, _start: number, _end: number, fields: HeaderFields): void {
  fields.hasCredentials = true;
}

function readContentType(text: string, start: number, _end: number, fields: HeaderFields): void {
  fields.hasContentType = true;
  fields.isSipfrag = startsWithLower(text, start, 'message/sipfrag');
}

/**
 * Value of the header parameter `;name=value` in `[start, end)`, name compared
 * case-insensitively, in one pass: semicolons inside `<...>` (URI parameters) or quotes (display
 * names) do not count, and with `firstValueOnly` the search stops at the first comma.
 */
export function headerParam(text: string, start: number, end: number, name: string, firstValueOnly: boolean): string | undefined {
  let inUri = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = closingQuoteOrEnd(text, i + 1, end);
    else if (c === LESS_THAN) inUri = true;
    else if (c === GREATER_THAN) inUri = false;
    else if (c === COMMA && firstValueOnly && !inUri) return undefined;
    else if (c === SEMICOLON && !inUri) {
      const value = paramValueAt(text, i + 1, end, name);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The value when the parameter starting at `pos` (just past its `;`) is `name`. */
function paramValueAt(text: string, pos: number, end: number, name: string): string | undefined {
  const nameStart = skipBlanks(text, pos, end);
  if (!startsWithLower(text, nameStart, name)) return undefined;
  const equals = skipBlanks(text, nameStart + name.length, end);
  if (equals >= end || text.charCodeAt(equals) !== EQUALS) return undefined;
  const valueStart = skipBlanks(text, equals + 1, end);
  return ownedSlice(text, valueStart, paramEnd(text, valueStart, end));
}

function closingQuoteOrEnd(text: string, pos: number, end: number): number {
  const close = indexOfWithin(text, QUOTE, pos, end);
  return close === -1 ? end : close;
}

function paramEnd(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COMMA || c === GREATER_THAN || isBlank(c)) break;
    i++;
  }
  return i;
}

// Long names and RFC 3261 §7.3.3 compact forms.
register(['call-id', 'i'], readCallId);
register(['cseq'], readCSeq);
register(['via', 'v'], readTopVia);
register(['from', 'f'], readFromTag);
register(['to', 't'], readToTag);
register(['reason'], readReason);
register(['authorization', 'proxy-authorization'], readCredentials);
register(['content-length', 'l'], readContentLength);
register(['content-type', 'c'], readContentType);
