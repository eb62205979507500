/**
 * Hostile log shapes for the complexity checks: each one aims at a pass of the analysis (start
 * lines, messages, mentions, ANSI masking, header parameters, Reason values) with the input that
 * would make a super-linear scan show: long runs of one character, thousands of start lines on
 * one line, a single huge line. `test/unit/complexity.test.ts` runs each once at `guardSize`
 * under a time budget; `npm run fuzz` (scripts/complexity.mjs) times each at 1x and 4x
 * `campaignSize` and fails when the time grows much faster than the input.
 *
 * Sizes are in characters, roughly: `build(size)` returns about `size` characters.
 */
import { analyze } from '../../server/src/analysis';
import { evaluateRules } from '../../server/src/rules';

export interface AdversarialShape {
  readonly name: string;
  /** The pass it attacks, for the report. */
  readonly pass: string;
  readonly build: (size: number) => string;
  /** Size of the 1x input of the fuzz campaign. */
  readonly campaignSize: number;
  /**
   * Size of the unit test's regression case. For the shapes of issue 16's findings (F1-F3) it
   * is one where the quadratic code took over 20 s; linear code takes well under a second.
   */
  readonly guardSize: number;
  /** The finding this shape reproduces, when it was one. */
  readonly finding?: string;
}

const MB = 1_000_000;

/** `unit` repeated to about `size` characters (at least once). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

/** A prefix, a run of blanks, and a character that ends any match: the backtracking attack on a mention. */
function blankRunAfter(prefix: string): (size: number) => string {
  return (size) => `${prefix}${' '.repeat(size)}x`;
}

/** F2: start lines sharing one line, above indented header lines (not an inline dump). */
function startLinesAboveIndentedHeaders(size: number): string {
  const count = Math.max(1, Math.round(size / 34));
  return `${'x SIP/2.0 486 a '.repeat(count)}\n${' h: v\n'.repeat(3 * count)}`;
}

/** F3: ngrep-looking status lines sharing one line, above a line of blanks. */
function ngrepDotsAboveBlanks(size: number): string {
  const count = Math.max(1, Math.round(size / 134));
  return `${`SIP/2.0 486 ${'a'.repeat(53)}. `.repeat(count)}\n${' '.repeat(67 * count)}`;
}

const F1_F3: readonly AdversarialShape[] = [
  {
    name: 'completed with code + blanks',
    pass: 'mentions',
    finding: 'F1',
    build: blankRunAfter('completed with code'),
    campaignSize: MB,
    guardSize: 200_000,
  },
  {
    name: 'sent reply code + blanks',
    pass: 'mentions',
    finding: 'F1',
    build: blankRunAfter('sent reply code'),
    campaignSize: MB,
    guardSize: 160_000,
  },
  {
    name: 'sip reply code + blanks',
    pass: 'mentions',
    finding: 'F1',
    build: blankRunAfter('sip reply code'),
    campaignSize: MB,
    guardSize: 200_000,
  },
  {
    name: 'start lines sharing a line above indented headers',
    pass: 'messages',
    finding: 'F2',
    build: startLinesAboveIndentedHeaders,
    campaignSize: MB,
    guardSize: 544_000,
  },
  {
    name: 'ngrep status lines sharing a line above blanks',
    pass: 'start lines',
    finding: 'F3',
    build: ngrepDotsAboveBlanks,
    campaignSize: MB,
    guardSize: 2_144_000,
  },
];

/** A SIP response at the left margin with `header` repeated: the message reader's own shapes. */
function messageWith(header: string, repeat: number): string {
  return `SIP/2.0 200 OK\nCall-ID: a@b\nCSeq: 1 INVITE\n${header.repeat(repeat)}\n`;
}

const RUNS: readonly AdversarialShape[] = [
  { name: 'blanks', pass: 'all', build: (size) => ' '.repeat(size), campaignSize: 4 * MB, guardSize: 4 * MB },
  {
    name: 'tabs and NULs',
    pass: 'all',
    build: (size) => fill('\t\u0000', size),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  { name: 'digits', pass: 'mentions', build: (size) => '1'.repeat(size), campaignSize: 4 * MB, guardSize: 4 * MB },
  { name: 'colons', pass: 'mentions', build: (size) => ':'.repeat(size), campaignSize: 4 * MB, guardSize: 4 * MB },
  { name: 'dots', pass: 'start lines', build: (size) => '.'.repeat(size), campaignSize: 4 * MB, guardSize: 4 * MB },
  {
    name: 'line breaks',
    pass: 'line index',
    build: (size) => fill('\r\n\n\r', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'SIP/2.0 runs',
    pass: 'start lines',
    build: (size) => fill('SIP/2.0 ', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'SIP/2.0 followed by NULs',
    pass: 'start lines',
    build: (size) => fill(`SIP/2.0${'\u0000'.repeat(40)}`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'status lines on one line',
    pass: 'start lines',
    build: (size) => fill('SIP/2.0 486 ', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'status lines ending in dots on one line',
    pass: 'start lines',
    build: (size) => `${fill('SIP/2.0 486 a.', size)}\nx.`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'request lines on one line',
    pass: 'start lines',
    build: (size) => fill('INVITE sip:a@b SIP/2.0 ', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'request line with a huge URI',
    pass: 'start lines',
    build: (size) => `INVITE sip:${'a'.repeat(size)} SIP/2.0\n`,
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'ANSI escapes',
    pass: 'ANSI mask',
    build: (size) => '\u001b'.repeat(size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'ANSI parameters',
    pass: 'ANSI mask',
    build: (size) => fill(`\u001b[${'0;'.repeat(40)}`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'reason: repeated',
    pass: 'mentions',
    build: (size) => fill('reason:', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'reason + blanks',
    pass: 'mentions',
    build: blankRunAfter('reason'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'Status: + blanks',
    pass: 'mentions',
    build: blankRunAfter('Status:'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'tshark stat + blanks',
    pass: 'mentions',
    build: blankRunAfter('SIP 486'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'T_reply_code + blanks',
    pass: 'mentions',
    build: blankRunAfter('T_reply_code'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'got sip reply + blanks',
    pass: 'mentions',
    build: blankRunAfter('got sip reply'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'mention words with blank runs',
    pass: 'mentions',
    build: (size) => fill(`sent reply code${' '.repeat(40)}completed with code${' '.repeat(40)}`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'single huge log line of mentions',
    pass: 'mentions',
    build: (size) => fill('Jan  1 00:00:00 kamailio: sent reply code 486 to 192.0.2.1 ', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'single huge line with the HTTP guard',
    pass: 'mentions',
    build: (size) => `http ${fill('sent reply code 486 ', size)}`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
];

/** Issue 17's general mentions: phrases after codes, names before codes, transaction traces. */
const GENERAL_MENTIONS: readonly AdversarialShape[] = [
  {
    name: 'status + blanks',
    pass: 'mentions',
    build: blankRunAfter('status'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'sip_status JSON key + blanks',
    pass: 'mentions',
    build: blankRunAfter('"sip_status"'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'code + blanks before a phrase',
    pass: 'mentions',
    build: blankRunAfter('486'),
    campaignSize: 4 * MB,
    guardSize: 4 * MB,
  },
  {
    name: 'codes followed by almost their phrases on one line',
    pass: 'mentions',
    build: (size) => fill('486 Busy Her 404 Not Foun 481 Call/Transaction Does Not Exis ', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'generic names rejected on one line without a SIP word',
    pass: 'mentions',
    build: (size) => fill('reply 486 status: 480 code=603 ', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'baresip reg lines without a code',
    pass: 'mentions',
    build: (size) => fill(`reg: sip:${'a:'.repeat(150)} `, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'digit runs before methods',
    pass: 'mentions',
    build: (size) => fill('123456789012 BYE <48 ', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
];

const MESSAGES: readonly AdversarialShape[] = [
  {
    name: 'start lines each on its own line',
    pass: 'messages',
    build: (size) => fill('x SIP/2.0 486 a\n h: v\n', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'start lines sharing a line above margin headers',
    pass: 'messages',
    build: (size) => `${fill('x SIP/2.0 486 a ', size / 2)}\n${fill('h: v\n', size / 2)}`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'SIPp inline dumps',
    pass: 'messages',
    build: (size) => fill("x received 'SIP/2.0 486 Busy\nCall-ID: a\nCSeq: 1 INVITE\n\n'.\n", size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'many headers',
    pass: 'messages',
    build: (size) => messageWith('Via: SIP/2.0/UDP h;branch=z9hG4bK1\n', size / 35),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'folded header lines',
    pass: 'messages',
    build: (size) => messageWith('Subject: a\n', 1) + fill(' b\n', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'body without length',
    pass: 'messages',
    build: (size) => `SIP/2.0 200 OK\nContent-Type: a\n\n${fill('abc\n', size)}`,
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'sipfrag body of status lines',
    pass: 'messages',
    build: (size) => `NOTIFY sip:a SIP/2.0\nContent-Type: message/sipfrag\n\n${fill('SIP/2.0 200 OK\n', size)}`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'dash rules above messages',
    pass: 'formats',
    build: (size) => fill(`${'-'.repeat(500)}\n\n\n\nSIP/2.0 200 OK\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'blank lines of blanks above messages',
    pass: 'formats',
    build: (size) => fill(`${' '.repeat(2000)}\nSIP/2.0 200 OK\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'digit-led body lines',
    pass: 'messages',
    build: (size) => `SIP/2.0 200 OK\nContent-Length: 99999999\n\n${fill(`recv ${'1'.repeat(1000)}\n`, size)}`,
    campaignSize: MB,
    guardSize: 2 * MB,
  },
];

const HEADER_VALUES: readonly AdversarialShape[] = [
  {
    name: 'Via with many parameters',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: SIP/2.0/UDP h${';x'.repeat(400)}\n`, size / 820),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'one huge Via',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: SIP/2.0/UDP h${fill(';x', size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'From with unclosed angle brackets',
    pass: 'header parameters',
    build: (size) => messageWith(`From: ${'<'.repeat(900)}\n`, size / 907),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'From with unclosed quotes',
    pass: 'header parameters',
    build: (size) => messageWith(`From: ${'"a'.repeat(450)}\n`, size / 907),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Via with trailing blanks',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: a;b${' '.repeat(5000)}\n`, size / 5009),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many values',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: ${fill('SIP;cause=487,', size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many semicolons',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: SIP${';'.repeat(size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many quotes',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: SIP;text=${'"'.repeat(size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'status lines with phrases of blanks',
    pass: 'rules (phrase wording)',
    build: (size) => fill(`SIP/2.0 486 a${' '.repeat(240)}b\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'stray Reason lines',
    pass: 'Reason',
    build: (size) => fill(`Reason: Q.850;cause=16;text="${'a'.repeat(40)}",SIP;cause=486\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
];

/** A tcpdump -X row pair whose status line is cut across the rows (embedded.ts), repeated. */
function hexRowPairs(size: number): string {
  const pair =
    '\t0x0010:  c000 0214 13c4 13c4 010b aafe 5349 502f  ............SIP/\n' +
    '\t0x0020:  322e 3020 3438 3620 4275 7379 2048 6572  2.0.486.Busy.Her\n';
  return fill(pair, size);
}

/** Messages inside other text (embedded.ts): dots, hex rows and literal escapes, all on huge lines. */
const EMBEDDED: readonly AdversarialShape[] = [
  {
    name: 'a huge run of dots before a status line (tcpdump -A)',
    pass: 'start lines',
    build: (size) => `${'.'.repeat(size)}SIP/2.0 486 a\nVia: x\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'dotted status lines sharing a line above headers at the margin',
    pass: 'messages',
    build: (size) => `${fill('.SIP/2.0 486 a', size / 2)}\n${fill('h: v\n', size / 2)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a huge run of dots before a request line',
    pass: 'start lines',
    build: (size) => `E${'.'.repeat(size)}INVITE sip:a SIP/2.0\nVia: x\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped status lines sharing a line, none with a header',
    pass: 'messages',
    build: (size) => fill('"SIP/2.0 486 a\\r\\nzz', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped status lines sharing a line, each with a header',
    pass: 'messages',
    build: (size) => fill('"SIP/2.0 486 a\\r\\nCall-ID: x\\r\\n', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'one escaped message with a huge run of escaped headers',
    pass: 'messages',
    build: (size) => `{"m":"SIP/2.0 486 a${fill('\\r\\nVia: SIP/2.0/UDP h;branch=z9hG4bK1', size)}"}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped request lines sharing a line',
    pass: 'start lines',
    build: (size) => fill('INVITE sip:a SIP/2.0\\r\\n', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a status line then a huge run of backslashes',
    pass: 'start lines',
    build: (size) => `"SIP/2.0 486 a\\r\\n${'\\'.repeat(size)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'tcpdump -X rows with status lines cut across rows',
    pass: 'start lines',
    build: hexRowPairs,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a huge line of 0x0 (the hex-row search mark)',
    pass: 'start lines',
    build: (size) => `${fill('0x0', size)}\n0x0010:\n${fill('x0\n', size)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'hex-row status lines sharing a huge line',
    pass: 'start lines',
    build: (size) => `0x0010:  ${'0'.repeat(40)}  ${fill('SIP/2.0.486.', size)}\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
];

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  ...F1_F3,
  ...RUNS,
  ...MESSAGES,
  ...GENERAL_MENTIONS,
  ...HEADER_VALUES,
  ...EMBEDDED,
];

/** What the checks time: what `sip-lens check` and the diagnostics run, every pass and every rule. */
export function analyzeShape(text: string): number {
  return evaluateRules(analyze(text), { overrides: {}, maxFindings: 1000 }).findings.length;
}
