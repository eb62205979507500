/**
 * What the lines around SIP messages look like in each log format: the banners that announce
 * a message (used to name its format) and the lines that can never belong to one (used to end
 * a message whose body length is unknown or unreliable). To teach the model a new format, add
 * its banner to FORMAT_BANNERS and, if its messages end with a marker line, to isStopLine.
 */
import {
  APOSTROPHE,
  DASH,
  DOT,
  OPEN_BRACE,
  isBlank,
  isDigit,
  skipBlanks,
  startsWithLower,
  trimBlanksEnd,
} from './chars';
import { udpPayloadOffset } from './embedded';
import type { LineIndex } from './lineIndex';
import type { StartLine } from './startLines';

/** A log line never needs more than this to be recognised. */
const BANNER_REACH = 300;

/**
 * SDK consoles, which print a message after a log line (`JsSIP:Transport received WebSocket
 * text message:`) or after a prefix on the message's first line only (`SIPml-api.js:1 SEND:
 * REGISTER sip:... SIP/2.0`): tried against the line above and against that prefix.
 */
const SDK_CONSOLES: ReadonlyArray<readonly [format: string, isBanner: (line: string) => boolean]> = [
  // `JsSIP:Transport received WebSocket text message:` (the `debug` module's namespaces)
  ['jssip', (line) => line.includes('JsSIP:')],
  // `Fri Mar 09 2026 13:46:08 GMT+0000 | sip.Transport | Received WebSocket text message:`
  ['sip.js', (line) => line.includes('| sip.')],
  // `SIPml-api.js:1 SEND: REGISTER sip:example.com SIP/2.0` / `recv=SIP/2.0 200 OK`
  ['sipml5', (line) => line.includes('SIPml') || line.includes('tsip_')],
  // `[belle-sip] MESSAGE channel [0x7f...]: received [411] new bytes from [UDP://...]:`
  ['linphone', (line) => line.includes('belle-sip') || /liblinphone|[[/]linphone/i.test(line)],
  // A frame copied from the browser's WebSocket messages table, marked with its direction arrow.
  ['websocket', (line) => /^[\u2191\u2193\u2b06\u2b07\u25b2\u25bc]/u.test(line)],
];

/**
 * Banner shapes, tried in order against the line(s) just above a message. Plain string tests
 * first (they run once per message), a regular expression only to confirm.
 */
const FORMAT_BANNERS: ReadonlyArray<readonly [format: string, isBanner: (line: string) => boolean]> = [
  // `<--- Received SIP response (512 bytes) from UDP:...` (pjsip), `<--- SIP read from ...` and
  // `Reliably Transmitting (no NAT) to 198.51.100.7:5060:` (chan_sip)
  [
    'asterisk',
    (line) =>
      line.includes('<--- ') || (line.includes('Transmitting (') && /Transmitting \((?:no )?NAT\) to /.test(line)),
  ],
  // `recv 584 bytes from udp/[203.0.113.4]:5090 at 12:30:57.916812:`
  [
    'freeswitch',
    (line) => (line.startsWith('recv ') || line.startsWith('send ')) && /^\w+ \d+ bytes (?:from|to) /.test(line),
  ],
  // `.RX 539 bytes Response msg 200/REGISTER/cseq=22358 (rdata0x...) from UDP ...:`
  ['pjsua', (line) => line.includes(' bytes Re') && /\bbytes (?:Request|Response) msg /.test(line)],
  // `UDP message received [769] bytes :` / `UDP message sent (512 bytes):`
  ['sipp', (line) => line.includes('message ') && /\bmessage (?:received|sent) [[(]\d/.test(line)],
  // `U 2026/04/14 17:05:04.057430 192.0.2.123:50040 -> 192.0.2.3:5060`
  ['ngrep', (line) => line.charCodeAt(1) === 32 && /^[UTI] /.test(line) && line.includes(' -> ')],
  // `2026/01/15 10:00:00.123456 192.0.2.1:5060 -> 192.0.2.2:5060`
  ['sngrep', (line) => line.includes(' -> ') && /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/.test(line)],
  // `proto:UDP 2026-01-15T10:00:00Z  192.0.2.1:5060 ---> 192.0.2.2:5060`
  ['homer', (line) => line.startsWith('proto:')],
  ...SDK_CONSOLES,
];

/** SIPp's error lines quote the message inline: `... received 'SIP/2.0 478 ...`. */
const SIPP_INLINE_PREFIX = /(?:received|sent) '$/;

/** Names the log format that carried the message starting at `start`. */
export function detectFormat(text: string, lines: LineIndex, start: StartLine): string {
  const ownLineStart = lines.startOf(start.line);
  const lineStart = Math.max(ownLineStart, start.offset - BANNER_REACH);
  if (start.escaped) return escapedFormat(text, ownLineStart, start.offset);
  // The quote test first: the expression is only worth running on SIPp's inline dumps.
  if (
    start.offset > lineStart &&
    text.charCodeAt(start.offset - 1) === APOSTROPHE &&
    SIPP_INLINE_PREFIX.test(text.slice(lineStart, start.offset))
  )
    return 'sipp';
  // `tcpdump -A` prints the IP and UDP headers as dots and letters right before the payload.
  if (
    start.offset > ownLineStart &&
    (text.charCodeAt(start.offset - 1) === DOT || start.offset === udpPayloadOffset(text, lines, start.line))
  )
    return 'tcpdump';
  if (!start.atLineStart) {
    const prefix = text.slice(skipBlanks(text, lineStart, start.offset), start.offset);
    for (const [format, isPrefix] of SDK_CONSOLES) if (isPrefix(prefix)) return format;
  }
  const banner = bannerAbove(text, lines, start.line);
  if (banner !== undefined) {
    for (const [format, isBanner] of FORMAT_BANNERS) if (isBanner(banner)) return format;
  }
  return start.ngrep ? 'ngrep' : 'raw';
}

/** A message logged with literal escapes: in a JSON object, as Python's repr of bytes (`b'SIP/2.0 ...`), or other. */
function escapedFormat(text: string, lineStart: number, offset: number): string {
  if (text.charCodeAt(skipBlanks(text, lineStart, offset)) === OPEN_BRACE) return 'json';
  return offset >= 2 && text.startsWith("b'", offset - 2) ? 'python' : 'escaped';
}

/**
 * The first non-blank line above `line`; when that is a dashed rule (FreeSWITCH), the line
 * above the rule, where FreeSWITCH prints its `recv N bytes` banner.
 */
function bannerAbove(text: string, lines: LineIndex, line: number): string | undefined {
  const first = previousNonBlankLine(text, lines, line);
  if (first < 0) return undefined;
  // previousNonBlankLine leaves the content bounds of the line it found in `found`.
  const { start, end } = found;
  if (!isAllDashes(text, start, end)) return bannerText(text, start, end);
  return previousNonBlankLine(text, lines, first) < 0 ? undefined : bannerText(text, found.start, found.end);
}

/** The line content `[start, end)` as far as a banner is ever read. */
function bannerText(text: string, start: number, end: number): string {
  return text.slice(start, Math.min(end, start + BANNER_REACH));
}

/**
 * The content bounds of the line previousNonBlankLine found last: one record for the whole
 * module rather than an object per call (this runs once per message, and a small object each
 * time is garbage the collector must visit), nor bounds recomputed by each caller.
 */
const found = { start: 0, end: 0 };

/** Skips at most a few blank lines: a banner sits right above its message. Returns -1 when none. */
function previousNonBlankLine(text: string, lines: LineIndex, line: number): number {
  for (let k = line - 1; k >= 0 && k >= line - 4; k--) {
    const lineEnd = lines.endOf(k);
    const contentStart = skipBlanks(text, lines.startOf(k), lineEnd);
    const contentEnd = trimBlanksEnd(text, contentStart, lineEnd);
    if (contentEnd > contentStart) {
      found.start = contentStart;
      found.end = contentEnd;
      return k;
    }
  }
  return -1;
}

/** `start` is a line's first non-blank character, so a rule starts with its dash: tested before the expression runs. */
function isAllDashes(text: string, start: number, end: number): boolean {
  return end - start >= 5 && text.charCodeAt(start) === DASH && reaches(DASHES_AND_BLANKS, text, start, end);
}

/** Shapes of log lines that start with a letter or bracket and can never be message content. */
const LOG_LINE_STARTS =
  /(?:<--|\[(?:\d|[A-Z][a-z]{2} )|[UTI] \d|proto:\w|(?:recv|send) \d+ bytes|(?:UDP|TCP|TLS|SCTP|WSS?) (?:control )?message |[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)/y;

/**
 * True for a line (content `[start, end)`, blanks already trimmed) that ends any message:
 * a banner, a rule, a log line, an ngrep `#` separator or SIPp's closing quote. Lines that
 * start with a digit count as log lines: headers and SDP lines never do.
 */
export function isStopLine(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (isDigit(first) || first === APOSTROPHE) return true;
  if (first === HASH) return reaches(HASHES_AND_BLANKS, text, start, end);
  if (first === DASH) return isDashRule(text, start, end);
  LOG_LINE_STARTS.lastIndex = start;
  return LOG_LINE_STARTS.test(text);
}

const HASH = 35;

/**
 * FreeSWITCH and pjsua rules (`-----`, `--end msg--`) and SIPp's `----- <date>` separator.
 * A multipart boundary (`--boundary` or `------=_Part`) is body content, not a rule.
 */
function isDashRule(text: string, start: number, end: number): boolean {
  if (startsWithLower(text, start, '--end msg--')) return true;
  DASH_RUN.lastIndex = start;
  DASH_RUN.test(text);
  const i = Math.min(DASH_RUN.lastIndex, end);
  return i - start >= 5 && (i === end || isBlank(text.charCodeAt(i)));
}

// Rules are long (FreeSWITCH prints 72 dashes around every message): these sticky expressions
// walk them natively, several times faster than a charCodeAt loop. None crosses a line break.
const DASH_RUN = /-*/y;
// eslint-disable-next-line no-control-regex
const DASHES_AND_BLANKS = /[- \t\u0000]*/y;
// eslint-disable-next-line no-control-regex
const HASHES_AND_BLANKS = /[# \t\u0000]*/y;

/** True when every character of `[start, end)` is in the class of the sticky `run` (`[...]*`). */
function reaches(run: RegExp, text: string, start: number, end: number): boolean {
  run.lastIndex = start;
  run.test(text);
  return run.lastIndex >= end;
}
