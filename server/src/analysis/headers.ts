/**
 * Reads the header fields the message model needs: Call-ID, CSeq, top Via branch, From/To
 * tags, Reason, credentials, and what tells where the body ends. Long and compact names
 * (RFC 3261 §7.3.3: i, v, f, t, l, c) are both understood; names are case-insensitive.
 */
import { digitsValue, isTokenChar, skipBlanks, skipDigits, startsWithLower, ownedSlice } from './chars';
import { headerParam } from './params';
import { parseReasonValues, type ParsedReason } from './reason';

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

/** Every property present from the start, so all fields objects share one shape. */
export function emptyHeaderFields(): HeaderFields {
  const fields = {} as HeaderFields;
  resetHeaderFields(fields);
  return fields;
}

/** Clears `fields` for the next message (one object serves a whole document). */
export function resetHeaderFields(fields: HeaderFields): void {
  fields.callId = undefined;
  fields.cseqNumber = undefined;
  fields.cseqMethod = undefined;
  fields.viaBranch = undefined;
  fields.fromTag = undefined;
  fields.toTag = undefined;
  fields.reasonValues = undefined;
  fields.hasCredentials = false;
  fields.contentLength = undefined;
  fields.hasContentType = false;
  fields.isSipfrag = false;
  fields.sawVia = false;
}

/** Methods every log repeats: one shared string each instead of one slice per message. */
const COMMON_METHODS = new Map(
  [
    'INVITE',
    'ACK',
    'BYE',
    'CANCEL',
    'REGISTER',
    'OPTIONS',
    'PRACK',
    'SUBSCRIBE',
    'NOTIFY',
    'PUBLISH',
    'INFO',
    'REFER',
    'MESSAGE',
    'UPDATE',
  ].map((method) => [method.length * 128 + method.charCodeAt(0), method] as const),
);

/**
 * Start of the longest common method that ends `[start, end)`, or `start` when none does: after
 * the header bytes `tcpdump -A` prints before a payload, `.AREGISTER` is REGISTER.
 */
export function commonMethodSuffix(text: string, start: number, end: number): number {
  for (const method of COMMON_METHODS_LONGEST_FIRST)
    if (end - start > method.length && text.startsWith(method, end - method.length)) return end - method.length;
  return start;
}

const COMMON_METHODS_LONGEST_FIRST = [...COMMON_METHODS.values()].sort((a, b) => b.length - a.length);

/** The method in `[start, end)`, shared when it is a common one. */
export function methodText(text: string, start: number, end: number): string {
  const common = COMMON_METHODS.get((end - start) * 128 + text.charCodeAt(start));
  return common !== undefined && text.startsWith(common, start) ? common : ownedSlice(text, start, end);
}

type HeaderReader = (text: string, start: number, end: number, fields: HeaderFields) => void;

interface KnownHeader {
  readonly name: string;
  readonly read: HeaderReader;
}

/**
 * Header names we read, by name length and first letter, so a name is recognised with one
 * array load and one comparison, without allocating a string. No two names share a slot.
 */
const MAX_NAME_LENGTH = 31;
const READERS: Array<KnownHeader | undefined> = new Array<KnownHeader | undefined>((MAX_NAME_LENGTH + 1) * 32).fill(
  undefined,
);

function slotOf(length: number, firstChar: number): number {
  return (length & MAX_NAME_LENGTH) * 32 + (firstChar & 31);
}

function register(names: readonly string[], read: HeaderReader): void {
  for (const name of names) {
    const slot = slotOf(name.length, name.charCodeAt(0));
    if (READERS[slot] !== undefined) throw new Error(`header slot taken: ${name}`);
    READERS[slot] = { name, read };
  }
}

/** Records one header whose name is `[nameStart, nameEnd)` and value `[valueStart, valueEnd)`. */
export function readHeader(
  text: string,
  nameStart: number,
  nameEnd: number,
  valueStart: number,
  valueEnd: number,
  fields: HeaderFields,
): void {
  const length = nameEnd - nameStart;
  if (length > MAX_NAME_LENGTH) return;
  const known = READERS[slotOf(length, text.charCodeAt(nameStart))];
  if (known !== undefined && known.name.length === length && startsWithLower(text, nameStart, known.name))
    known.read(text, valueStart, valueEnd, fields);
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
