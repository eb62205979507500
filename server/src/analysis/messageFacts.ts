/**
 * What the log says about one message besides its SIP fields: when (the timestamp of the banner
 * or line prefix that carried it), where it went (the banner's addresses, else the top Via), and
 * who talks (From, To, User-Agent or Server). Read on demand from the few lines around and in the
 * message, never during the analysis: a 50 MB log has a hundred thousand messages, and a call
 * summary needs these facts for a handful of each call's messages.
 */
import {
  BACKSLASH,
  LF,
  isAlpha,
  isBlank,
  isTokenChar,
  ownedSlice,
  skipBlanks,
  startsWithLower,
  trimBlanksEnd,
} from './chars';
import { escapeLengthAt } from './embedded';
import type { CharSource } from './charSource';
import type { LineIndex } from './lineIndex';
import { timeAt, timeIn, type LogTime } from './logTime';
import { partyIn, type Party } from './parties';
import { routeIn, viaSender, type Route } from './route';
import type { SipMessage } from './types';

export interface MessageFacts {
  readonly time?: LogTime;
  readonly route: Route;
  readonly from?: Party;
  readonly to?: Party;
  /** User-Agent of a request, Server of a response (RFC 3261 §20.41, §20.35). */
  readonly userAgent?: string;
}

/** How many non-blank lines above a message may carry its banner: the banner and one line above it (chan_sip, SIPp). */
const BANNER_LINES = 2;
/** Blank lines and rules skipped between a banner and its message. */
const MAX_GAP = 4;

/** Formats with one message per line: the lines above belong to other messages. */
const ONE_LINE_FORMATS = new Set(['json', 'python', 'escaped']);

/** The lines that may carry a message's time or route. */
interface Carriers {
  /** The text before the message on its own line, trimmed ('' when the message starts its line). */
  readonly prefix: string;
  /** Up to two non-blank lines above, nearest first, never reaching into the previous message. */
  readonly above: readonly string[];
}

function carriersOf(text: string, lines: LineIndex, messages: readonly SipMessage[], message: SipMessage): Carriers {
  const line = lines.lineAt(message.startOffset);
  const prefix = text.slice(lines.lineStart(line), message.startOffset).trim();
  if (ONE_LINE_FORMATS.has(message.format) || message.format === 'websocket') return { prefix, above: [] };
  const above: string[] = [];
  visitBannerLines(text, lines, floorOf(messages, message), line, (start, end) => {
    above.push(text.slice(start, trimBlanksEnd(text, start, end)));
    return false;
  });
  return { prefix, above };
}

/**
 * The banner lines above a message, nearest first: at most BANNER_LINES of them, across at most
 * MAX_GAP blank or rule lines, never into the message before it or past a header line. `visit` gets
 * each one's content (from its first non-blank character) and returns true to stop.
 */
function visitBannerLines(
  text: string,
  lines: LineIndex,
  floor: number,
  line: number,
  visit: (start: number, end: number) => boolean,
): void {
  let banners = 0;
  for (let k = line - 1, gap = 0; k >= 0 && banners < BANNER_LINES && gap <= MAX_GAP; k--) {
    const start = lines.lineStart(k);
    if (start < floor) return;
    const end = lines.lineEnd(k);
    const contentStart = skipBlanks(text, start, end);
    if (isRuleOrBlank(text, contentStart, end)) {
      gap++;
      continue;
    }
    if (isMessageContent(text, contentStart, end) || visit(contentStart, end)) return;
    banners++;
  }
}

/** Where the message before `message` ends (0 for the first): no line above that is `message`'s. */
function floorOf(messages: readonly SipMessage[], message: SipMessage): number {
  return message.index > 0 ? (messages[message.index - 1] as SipMessage).endOffset : 0;
}

/** Only blanks and dashes (FreeSWITCH's rules): neither a banner nor content. */
function isRuleOrBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== DASH && !isBlank(c) && c !== CR) return false;
  }
  return true;
}

/** A header (`Content-Length: 0`) or SDP line (`a=sendrecv`): the end of another message, not a banner. */
function isMessageContent(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122 && text.charCodeAt(start + 1) === EQUALS) return true;
  if (!isAlpha(first)) return false;
  let i = start + 1;
  while (i < end && i - start < 64 && isTokenChar(text.charCodeAt(i))) i++;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === COLON && isBlank(text.charCodeAt(i + 1));
}

/**
 * The time the log gave the message, if any: on its own line first, then on the banner and the
 * line above it. Read in place (no line strings): it runs for several messages of every call.
 */
export function messageTime(
  text: string,
  lines: LineIndex,
  messages: readonly SipMessage[],
  message: SipMessage,
): LogTime | undefined {
  return messageTimeOnLine(text, lines, floorOf(messages, message), message, lines.lineAt(message.startOffset));
}

/**
 * `messageTime` of a message that starts on `line`, where the message before it ends at `floor`: a
 * reader going through the messages in order knows both. `owned`: see logTime.ts, `timeAt`.
 */
export function messageTimeOnLine(
  text: string,
  lines: LineIndex,
  floor: number,
  message: SipMessage,
  line: number,
  owned = true,
): LogTime | undefined {
  if (message.format === 'websocket') return timeBelow(text, lines, message);
  const own = timeAt(text, lines.lineStart(line), message.startOffset, owned);
  if (own !== undefined || ONE_LINE_FORMATS.has(message.format)) return own;
  let found: LogTime | undefined;
  visitBannerLines(text, lines, floor, line, (start, end) => {
    found = timeAt(text, start, end, owned);
    return found !== undefined;
  });
  return found;
}

/** DevTools' frame table puts a frame's length and time on the line after its data (`412\t10:00:00.118`). */
function timeBelow(text: string, lines: LineIndex, message: SipMessage): LogTime | undefined {
  const next = lines.lineAt(message.endOffset) + 1;
  for (let k = next; k < lines.lineCount && k <= next + MAX_GAP; k++) {
    const content = text.slice(lines.lineStart(k), lines.lineEnd(k)).trim();
    if (content === '') continue;
    return /^\d+\t/u.test(content) ? timeIn(content) : undefined;
  }
  return undefined;
}

/**
 * A copy of the part of the text the readers here look at for `message`, with the message, the end
 * of the one before it and its start line moved to the copy: from the line where the message before
 * it ends to the line after its own end (and the lines below a WebSocket frame). For a text that is
 * not one string (the server's appended document), a message in the appended part is then read
 * without joining the whole text into one new string.
 */
export interface MessageWindow {
  readonly text: string;
  readonly lines: LineIndex;
  readonly message: SipMessage;
  readonly floor: number;
  readonly line: number;
}

export function messageWindow(
  source: CharSource,
  lines: LineIndex,
  messages: readonly SipMessage[],
  message: SipMessage,
): MessageWindow {
  const floor = floorOf(messages, message);
  const first = lines.lineAt(floor);
  const below = message.format === 'websocket' ? MAX_GAP + 1 : 0;
  const end = Math.min(lines.lineCount, lines.lineAt(message.endOffset) + 2 + below);
  const start = lines.lineStart(first);
  const text = source.slice(start, end < lines.lineCount ? lines.lineStart(end) : source.length);
  const moved: SipMessage = {
    ...message,
    startOffset: message.startOffset - start,
    endOffset: message.endOffset - start,
    startLineEnd: message.startLineEnd - start,
  };
  return {
    text,
    lines: lines.window(text, first, end),
    message: moved,
    floor: floor - start,
    line: lines.lineAt(message.startOffset) - first,
  };
}

/** Who talks in one message: From, To, and User-Agent (request) or Server (response). Reads only its headers. */
export function messageParties(text: string, message: SipMessage): Pick<MessageFacts, 'from' | 'to' | 'userAgent'> {
  return partiesOfHeaders(text, readHeaders(text, message));
}

/** From and To of one message, without reading past them (the User-Agent is left for later). */
export function messageCallers(text: string, message: SipMessage): Pick<MessageFacts, 'from' | 'to'> {
  const headers = readHeaders(text, message, true);
  headers.userAgent = undefined;
  return partiesOfHeaders(text, headers);
}

/** Copies, not views: a summary held across versions must not keep a 50 MB text alive (chars.ts, ownedSlice). */
function partiesOfHeaders(text: string, headers: HeaderValues): Pick<MessageFacts, 'from' | 'to' | 'userAgent'> {
  const parties: { from?: Party; to?: Party; userAgent?: string } = {};
  if (headers.fromStart >= 0) parties.from = partyIn(text, headers.fromStart, headers.fromEnd);
  if (headers.toStart >= 0) parties.to = partyIn(text, headers.toStart, headers.toEnd);
  if (headers.userAgent !== undefined) parties.userAgent = ownedCopy(headers.userAgent);
  return parties;
}

function ownedCopy(value: string): string {
  return ownedSlice(value, 0, value.length);
}

/** Time, route and parties of one message. */
export function messageFacts(
  text: string,
  lines: LineIndex,
  messages: readonly SipMessage[],
  message: SipMessage,
): MessageFacts {
  const headers = readHeaders(text, message);
  const time = messageTime(text, lines, messages, message);
  return {
    ...(time !== undefined ? { time } : {}),
    route: routeOf(text, lines, messages, message, headers.via),
    ...partiesOfHeaders(text, headers),
  };
}

/**
 * The route the prefix or the banner names; else the top Via's sender, as the request's source or
 * the response's destination.
 */
function routeOf(
  text: string,
  lines: LineIndex,
  messages: readonly SipMessage[],
  message: SipMessage,
  via: string | undefined,
): Route {
  const { prefix, above } = carriersOf(text, lines, messages, message);
  // The nearest banner only: a line further up is another log line's business.
  const logged =
    (prefix === '' ? undefined : routeIn(prefix)) ?? (above[0] === undefined ? undefined : routeIn(above[0]));
  if (logged?.source !== undefined || logged?.destination !== undefined) return logged;
  const sender = via === undefined ? undefined : viaSender(via);
  if (sender === undefined) return logged ?? { inferred: false };
  const direction = logged?.direction !== undefined ? { direction: logged.direction } : {};
  return message.kind === 'request'
    ? { ...direction, source: sender, inferred: true }
    : { ...direction, destination: sender, inferred: true };
}

interface HeaderValues {
  via?: string;
  userAgent?: string;
  /** The From and To values as offsets into the text (-1 when absent): read in place by partyIn. */
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
}

/** The top Via, From, To and User-Agent/Server values of a message, read from its own text. */
export function readHeaders(text: string, message: SipMessage, callersOnly = false): HeaderValues {
  const values: HeaderValues = { fromStart: -1, fromEnd: -1, toStart: -1, toEnd: -1 };
  const escaped = ONE_LINE_FORMATS.has(message.format);
  // ngrep shows each CR as a trailing dot: the start line's dot says the header lines have one too.
  const dotted = message.format === 'ngrep';
  const end = message.endOffset;
  let pos = lineBreakEnd(text, message.startLineEnd, end, escaped);
  while (pos < end) {
    const lineEnd = nextBreak(text, pos, end, escaped);
    if (!readHeaderLine(text, pos, lineEnd, dotted, message.kind, values)) break;
    // From and To come early in most messages: a caller that wants only them stops there.
    if (callersOnly && values.fromStart >= 0 && values.toStart >= 0) break;
    pos = escaped ? lineBreakEnd(text, lineEnd, end, escaped) : lineEnd + 1;
  }
  return values;
}

/** Offset of the next line break at or after `pos`: a real one, or a literal `\r\n` escape in a one-line message. */
function nextBreak(text: string, pos: number, end: number, escaped: boolean): number {
  if (!escaped) {
    const newline = text.indexOf('\n', pos);
    return newline < 0 || newline > end ? end : newline;
  }
  for (let i = text.indexOf('\\', pos); i >= 0 && i < end; i = text.indexOf('\\', i + 2)) {
    if (escapeLengthAt(text, i, end) > 0) return i;
  }
  return end;
}

/** Just past the line break (or escape) at `pos`; `pos` itself when there is none. */
function lineBreakEnd(text: string, pos: number, end: number, escaped: boolean): number {
  if (escaped) {
    const at = text.indexOf('\\', pos);
    return at >= 0 && at < end ? at + escapeLengthAt(text, at, end) || at + 1 : end;
  }
  const newline = text.indexOf('\n', pos);
  return newline < 0 || newline >= end ? end : newline + 1;
}

/**
 * Reads the header line `[start, end)` into `values` when it is one of the few it keeps; returns
 * false at the blank line that ends the headers. Names are compared in place: no string per header.
 */
function readHeaderLine(
  text: string,
  start: number,
  end: number,
  dotted: boolean,
  kind: SipMessage['kind'],
  values: HeaderValues,
): boolean {
  let i = start;
  while (i < end && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === ESC)) i = skipEscape(text, i);
  let stop = end;
  while (stop > i && isTrailing(text.charCodeAt(stop - 1))) stop--;
  if (dotted && text.charCodeAt(stop - 1) === DOT) stop--;
  if (stop <= i) return false;
  let nameEnd = i;
  while (nameEnd < stop && isTokenChar(text.charCodeAt(nameEnd))) nameEnd++;
  let colon = nameEnd;
  while (colon < stop && isBlank(text.charCodeAt(colon))) colon++;
  if (nameEnd === i || text.charCodeAt(colon) !== COLON) return true;
  const field = fieldOf(text, i, nameEnd, kind);
  const valueStart = skipBlanks(text, colon + 1, stop);
  if (field === 'from' && values.fromStart < 0) [values.fromStart, values.fromEnd] = [valueStart, stop];
  else if (field === 'to' && values.toStart < 0) [values.toStart, values.toEnd] = [valueStart, stop];
  else if (field === 'via' && values.via === undefined) values.via = text.slice(valueStart, stop).split(',', 1)[0];
  else if (field === 'userAgent' && values.userAgent === undefined) values.userAgent = text.slice(valueStart, stop);
  return true;
}

/** Which kept field the header name `[start, end)` is (compact forms too: RFC 3261 §7.3.3). */
function fieldOf(
  text: string,
  start: number,
  end: number,
  kind: SipMessage['kind'],
): 'via' | 'from' | 'to' | 'userAgent' | undefined {
  const length = end - start;
  const first = text.charCodeAt(start) | LOWER_CASE_BIT;
  if (first === LOWER_V)
    return length === 1 || (length === 3 && startsWithLower(text, start, 'via')) ? 'via' : undefined;
  if (first === LOWER_F)
    return length === 1 || (length === 4 && startsWithLower(text, start, 'from')) ? 'from' : undefined;
  if (first === LOWER_T) return length === 1 || (length === 2 && startsWithLower(text, start, 'to')) ? 'to' : undefined;
  if (kind === 'request') return length === 10 && startsWithLower(text, start, 'user-agent') ? 'userAgent' : undefined;
  return length === 6 && startsWithLower(text, start, 'server') ? 'userAgent' : undefined;
}

const LOWER_CASE_BIT = 0x20;
const LOWER_F = 0x66;
const LOWER_T = 0x74;
const LOWER_V = 0x76;
const DASH = 45;
const EQUALS = 61;

const ESC = 0x1b;
const DOT = 46;
const COLON = 58;
const CR = 13;

function isTrailing(c: number): boolean {
  return isBlank(c) || c === CR || c === LF || c === BACKSLASH;
}

/** Past an ANSI sequence (`ESC [ ... m`) or one blank. */
function skipEscape(text: string, i: number): number {
  if (text.charCodeAt(i) !== ESC) return i + 1;
  const m = text.indexOf('m', i);
  return m >= 0 && m - i < 40 ? m + 1 : i + 1;
}
