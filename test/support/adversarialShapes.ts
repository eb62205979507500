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
import { fill, MB, type AdversarialShape } from './adversarialKit';
import { EMBEDDED, HEADER_VALUES, MESSAGES } from './adversarialMessageShapes';

export type { AdversarialShape } from './adversarialKit';

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
