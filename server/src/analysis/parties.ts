/**
 * Who called whom, read on demand from one message's header block: the user parts of its From
 * and To URIs (RFC 3261 §20.20, §20.39) and of a Request-URI. The whole analysis does not parse
 * these: only the Outline needs them, once per call, so they are read lazily from the few
 * lines of the call's first message instead of from every message of a big log.
 */
import { ownedSlice, skipBlanks, startsWithLower, trimBlanksEnd } from './chars';

export interface Parties {
  readonly from?: string;
  readonly to?: string;
}

/** A `From:`/`f:` or `To:`/`t:` header name and colon (compact forms, RFC 3261 §7.3.3), any case, at a line's start. */
const FROM_TO_NAME = /[ \t]*(from|f|to|t)[ \t]*:/iy;

const LOWER_CASE_BIT = 0x20;
const LOWER_F = 0x66;

/** The From and To users of the header block `headers` (a message's text, or its first few kilobytes). */
export function partiesOf(headers: string): Parties {
  let from: string | undefined;
  let to: string | undefined;
  // Line by line with indexOf: a multiline expression would try every character of the block.
  for (let start = 0; start < headers.length && (from === undefined || to === undefined);) {
    const newline = headers.indexOf('\n', start);
    const end = newline < 0 ? headers.length : newline;
    FROM_TO_NAME.lastIndex = start;
    const match = FROM_TO_NAME.exec(headers);
    if (match) {
      const value = headers.slice(FROM_TO_NAME.lastIndex, end);
      // `f`/`from` or `t`/`to`, in any case: the first letter decides.
      if (((match[1] as string).charCodeAt(0) | LOWER_CASE_BIT) === LOWER_F) from ??= userOfAddress(value);
      else to ??= userOfAddress(value);
    }
    start = end + 1;
  }
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The user part of a name-addr or addr-spec header value (`"Bob" <sip:1001@host>;tag=x` → `1001`). */
export function userOfAddress(value: string): string | undefined {
  const open = value.indexOf('<');
  const uri = open >= 0 ? value.slice(open + 1, endOf(value, open + 1, '>')) : value.trim();
  return userOfUri(uri);
}

/**
 * The user of a SIP, SIPS or tel URI: `sip:+14035551234@host` → `+14035551234`,
 * `tel:+14035551234;phone-context=x` → `+14035551234`. Undefined for a URI with no user
 * (`sip:pbx.example.com`) or another scheme.
 */
export function userOfUri(uri: string): string | undefined {
  const colon = uri.indexOf(':');
  if (colon < 0) return undefined;
  const scheme = uri.slice(0, colon).trim().toLowerCase();
  const rest = uri.slice(colon + 1);
  if (scheme === 'tel') return nonEmpty(rest.slice(0, endOf(rest, 0, ';', '>', ' ')));
  if (scheme !== 'sip' && scheme !== 'sips') return undefined;
  const at = rest.indexOf('@');
  // No user part: the URI ends before any `@` (a later `@` belongs to something else).
  if (at < 0 || endOf(rest, 0, '>', ' ', ',') < at) return undefined;
  // A telephone-subscriber user may carry parameters (`+14035551234;npdi@host`): the number is what matters.
  const user = rest.slice(0, at);
  return nonEmpty(user.slice(0, endOf(user, 0, ';')));
}

/** Index of the first of `stops` in `text` at or after `from`, or the text length. */
function endOf(text: string, from: number, ...stops: string[]): number {
  let end = text.length;
  for (const stop of stops) {
    const found = text.indexOf(stop, from);
    if (found >= 0 && found < end) end = found;
  }
  return end;
}

function nonEmpty(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** One end of a call as a From or To header names it: the URI's user and the display name. */
export interface Party {
  readonly user?: string;
  readonly display?: string;
}

/** `"Alice Smith" <sip:1001@host>;tag=x` → `{ user: '1001', display: 'Alice Smith' }` (RFC 3261 §25.1 name-addr). */
export function partyOf(value: string): Party {
  const user = userOfAddress(value);
  const open = value.indexOf('<');
  // A quoted display name may be escaped again by a JSON log (`\"Alice\"`): quotes and backslashes go.
  const before = open > 0 ? value.slice(0, open) : '';
  const quoted = before.includes('"') || before.includes('\\');
  const display = open > 0 ? nonEmpty(quoted ? before.replace(/[\\"]/gu, '') : before) : undefined;
  return { ...(user !== undefined ? { user } : {}), ...(display !== undefined ? { display } : {}) };
}

/**
 * `partyOf` of the header value `[start, end)` of `text`, read in place: no slice but the user and
 * display name it returns, which are copies (chars.ts, ownedSlice) so they never pin the text.
 */
export function partyIn(text: string, start: number, end: number): Party {
  const open = indexWithin(text, '<', start, end);
  const uriStart = open >= 0 ? open + 1 : skipBlanks(text, start, end);
  const close = open >= 0 ? indexWithin(text, '>', uriStart, end) : -1;
  const user = userIn(text, uriStart, close >= 0 ? close : end);
  const display = open > start ? displayIn(text, start, open) : undefined;
  const party: { user?: string; display?: string } = {};
  if (user !== undefined) party.user = user;
  if (display !== undefined) party.display = display;
  return party;
}

function indexWithin(text: string, search: string, from: number, end: number): number {
  const at = text.indexOf(search, from);
  return at >= 0 && at < end ? at : -1;
}

/** The user of the URI `[start, end)`, as userOfUri reads it. */
function userIn(text: string, start: number, end: number): string | undefined {
  const colon = indexWithin(text, ':', start, end);
  if (colon < 0) return undefined;
  const schemeStart = skipBlanks(text, start, colon);
  const schemeEnd = trimBlanksEnd(text, schemeStart, colon);
  const scheme = schemeEnd - schemeStart;
  const isTel = scheme === 3 && startsWithLower(text, schemeStart, 'tel');
  const isSip =
    (scheme === 3 && startsWithLower(text, schemeStart, 'sip')) ||
    (scheme === 4 && startsWithLower(text, schemeStart, 'sips'));
  if (!isTel && !isSip) return undefined;
  let stop = colon + 1;
  if (isTel) {
    while (stop < end && !isOneOf(text.charCodeAt(stop), SEMICOLON, GREATER, SPACE)) stop++;
    return ownedNonEmpty(text, colon + 1, stop);
  }
  // No user part: the URI ends (`>`, a blank, `,`) before any `@`.
  while (stop < end && text.charCodeAt(stop) !== AT) {
    if (isOneOf(text.charCodeAt(stop), GREATER, SPACE, COMMA)) return undefined;
    stop++;
  }
  if (stop >= end) return undefined;
  let userEnd = colon + 1;
  while (userEnd < stop && text.charCodeAt(userEnd) !== SEMICOLON) userEnd++;
  return ownedNonEmpty(text, colon + 1, userEnd);
}

function displayIn(text: string, start: number, end: number): string | undefined {
  const from = skipBlanks(text, start, end);
  const to = trimBlanksEnd(text, from, end);
  if (to <= from) return undefined;
  let quoted = false;
  for (let i = from; i < to && !quoted; i++) quoted = isOneOf(text.charCodeAt(i), QUOTE, BACKSLASH, BACKSLASH);
  if (!quoted) return ownedSlice(text, from, to);
  return nonEmpty(text.slice(from, to).replace(/[\\"]/gu, ''));
}

function ownedNonEmpty(text: string, start: number, end: number): string | undefined {
  const from = skipBlanks(text, start, end);
  const to = trimBlanksEnd(text, from, end);
  return to > from ? ownedSlice(text, from, to) : undefined;
}

function isOneOf(c: number, a: number, b: number, d: number): boolean {
  return c === a || c === b || c === d;
}

const SEMICOLON = 59;
const GREATER = 62;
const SPACE = 32;
const COMMA = 44;
const AT = 64;
const QUOTE = 34;
const BACKSLASH = 92;
