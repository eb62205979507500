/**
 * Reads the header fields the message model needs: Call-ID, CSeq, top Via branch, From/To
 * tags, Reason, credentials, and what tells where the body ends. Long and compact names
 * (RFC 3261 §7.3.3: i, v, f, t, l, c) are both understood; names are case-insensitive.
 */
import {
  COMMA, EQUALS, SEMICOLON, digitsValue, indexOfWithin, isBlank, isTokenChar, skipBlanks, skipDigits, startsWithLower,
} from './chars';

const LESS_THAN = 60;
const GREATER_THAN = 62;
import { parseReasonValues } from './reason';
import type { ReasonHeader } from './types';

export interface HeaderFields {
  callId?: string;
  cseqNumber?: number;
  cseqMethod?: string;
  viaBranch?: string;
  fromTag?: string;
  toTag?: string;
  readonly reasons: ReasonHeader[];
  hasCredentials: boolean;
  contentLength?: number;
  hasContentType: boolean;
  sawVia: boolean;
}

export function emptyHeaderFields(): HeaderFields {
  return { reasons: [], hasCredentials: false, hasContentType: false, sawVia: false };
}

/** Header names longer than this are none we read. */
const LONGEST_NAME = 'proxy-authorization'.length;

/** Records one header whose name is `[nameStart, nameEnd)` and value `[valueStart, valueEnd)`. */
export function readHeader(text: string, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, fields: HeaderFields): void {
  if (nameEnd - nameStart > LONGEST_NAME) return;
  switch (text.slice(nameStart, nameEnd).toLowerCase()) {
    case 'call-id': case 'i': fields.callId ??= text.slice(valueStart, valueEnd); break;
    case 'cseq': readCSeq(text, valueStart, valueEnd, fields); break;
    case 'via': case 'v': readTopVia(text, valueStart, valueEnd, fields); break;
    case 'from': case 'f': fields.fromTag ??= tagParam(text, valueStart, valueEnd); break;
    case 'to': case 't': fields.toTag ??= tagParam(text, valueStart, valueEnd); break;
    case 'reason': readReason(text, valueStart, valueEnd, fields); break;
    case 'authorization': case 'proxy-authorization': fields.hasCredentials = true; break;
    case 'content-length': case 'l': readContentLength(text, valueStart, valueEnd, fields); break;
    case 'content-type': case 'c': fields.hasContentType = true; break;
    default: break;
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
  fields.cseqMethod = text.slice(methodStart, methodEnd);
}

/** Only the first Via header's first value is the top Via. */
function readTopVia(text: string, start: number, end: number, fields: HeaderFields): void {
  if (fields.sawVia) return;
  fields.sawVia = true;
  const comma = indexOfWithin(text, COMMA, start, end);
  const viaEnd = comma !== -1 ? comma : end;
  const branch = paramValue(text, start, viaEnd, 'branch');
  if (branch !== undefined) fields.viaBranch = branch;
}

/** The tag is a header parameter: after the closing `>` when the URI is in angle brackets. */
function tagParam(text: string, start: number, end: number): string | undefined {
  const open = indexOfWithin(text, LESS_THAN, start, end);
  if (open === -1) return paramValue(text, start, end, 'tag');
  const close = indexOfWithin(text, GREATER_THAN, open, end);
  return close === -1 ? undefined : paramValue(text, close + 1, end, 'tag');
}

function readReason(text: string, start: number, end: number, fields: HeaderFields): void {
  for (const reason of parseReasonValues(text, start, end)) {
    if (reason.cause === undefined) continue;
    fields.reasons.push(reason.text === undefined
      ? { protocol: reason.protocol, cause: reason.cause }
      : { protocol: reason.protocol, cause: reason.cause, text: reason.text });
  }
}

function readContentLength(text: string, start: number, end: number, fields: HeaderFields): void {
  const digitsEnd = skipDigits(text, start, end);
  if (digitsEnd > start && digitsEnd - start <= 9) fields.contentLength = digitsValue(text, start, digitsEnd);
}

/** Value of `;name=value` in `[start, end)`, name compared case-insensitively. */
export function paramValue(text: string, start: number, end: number, name: string): string | undefined {
  let semicolon = indexOfWithin(text, SEMICOLON, start, end);
  while (semicolon !== -1) {
    const nameStart = skipBlanks(text, semicolon + 1, end);
    const afterName = skipBlanks(text, nameStart + name.length, end);
    if (startsWithLower(text, nameStart, name) && afterName < end && text.charCodeAt(afterName) === EQUALS) {
      const valueStart = skipBlanks(text, afterName + 1, end);
      return text.slice(valueStart, paramEnd(text, valueStart, end));
    }
    semicolon = indexOfWithin(text, SEMICOLON, semicolon + 1, end);
  }
  return undefined;
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
