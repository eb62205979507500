/**
 * What a log line says around a code it mentions, for the rule that flags failures reported in
 * log lines (rules/reported-failure.ts): whether the line is a failure report (its level, or its
 * words), whether it talks about a CANCEL, and the Call-ID it names. Read once per mention, at scan
 * time, from that line alone, so the facts move with the occurrence when an edit elsewhere shifts
 * it. One forward pass over a bounded stretch of the line: a 50 MB log of long lines stays linear.
 */
import { isAlpha, isBlank, lineEndWithin, lineStartOf, ownedSlice } from './chars';

/** The line is a failure report: an error/warning level, or it says failed, rejected, closed, error. */
export const FACT_FAILURE = 1;
/** The line names a CANCEL (sent, received, cancelled): a 487 on it ended a cancelled INVITE. */
export const FACT_CANCEL = 2;

export interface LineFacts {
  /** FACT_* bits; 0 when the line says nothing the rule reads. */
  readonly facts: number;
  /** The Call-ID the line names (`call-id=…`, `Call-ID: …`, `callid …`), when it names one. */
  readonly callToken?: string;
}

/** Log formats put the level in the line's first columns (after a timestamp, host and tag). */
const LEVEL_REACH = 120;
/** Failure words and Call-IDs are read this far into a line: long JSON lines stay cheap. */
const LINE_REACH = 1024;
/** How far back from the code the line's start is searched for. */
const BACK_REACH = 2048;
const MAX_TOKEN_LENGTH = 256;

/** Level names of syslog, log4j, zap, logrus, pino, Python, Kamailio/OpenSIPS and Asterisk (lower case). */
const LEVEL_WORDS = new Set([
  'error',
  'err',
  'warn',
  'warning',
  'crit',
  'critical',
  'fatal',
  'alert',
  'emerg',
  'severe',
]);
/** Words that say the line reports a failure, wherever they are on it. */
const FAILURE_WORDS = new Set(['failed', 'failure', 'rejected', 'closed', 'error']);
const CANCEL_WORDS = new Set(['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling']);
/** Names a log line gives a Call-ID before its value. */
const CALL_ID_WORDS = new Set(['callid', 'call-id', 'call_id']);

const SLASH = 47;
const FACTS_NONE: LineFacts = { facts: 0 };

/** The facts of the line holding `offset` (a mention's first digit). */
export function lineFactsAt(text: string, offset: number): LineFacts {
  const start = lineStartOf(text, offset, Math.max(0, offset - BACK_REACH));
  const end = lineEndWithin(text, offset, Math.min(text.length, start + LINE_REACH));
  return readLine(text, start, end);
}

/** Walks the words of `[start, end)` once. */
function readLine(text: string, start: number, end: number): LineFacts {
  let facts = 0;
  let callToken: string | undefined;
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    const word = text.slice(wordStart, i).toLowerCase();
    facts |= wordFacts(text, word, wordStart, i, wordStart - start < LEVEL_REACH);
    if (callToken === undefined && CALL_ID_WORDS.has(word)) callToken = tokenAfter(text, i, end);
  }
  return facts === 0 && callToken === undefined ? FACTS_NONE : { facts, ...(callToken ? { callToken } : {}) };
}

/** Letters, and the `-`/`_` inside `call-id`, `call_id`. */
function isWordChar(c: number): boolean {
  return isAlpha(c) || c === 45 || c === 95;
}

function wordFacts(text: string, word: string, start: number, end: number, inLevelReach: boolean): number {
  if (FAILURE_WORDS.has(word)) return FACT_FAILURE;
  if (CANCEL_WORDS.has(word)) return FACT_CANCEL;
  if (!inLevelReach) return 0;
  if (LEVEL_WORDS.has(word)) return FACT_FAILURE;
  return isLogcatLevel(text, word, start, end) ? FACT_FAILURE : 0;
}

/** Android logcat: `E/tag(123):` (brief format) or ` E tag:` (threadtime format). */
function isLogcatLevel(text: string, word: string, start: number, end: number): boolean {
  if (word !== 'e' && word !== 'w') return false;
  const upper = text.charCodeAt(start);
  if (upper !== 69 && upper !== 87) return false;
  const after = text.charCodeAt(end);
  const before = start === 0 ? 32 : text.charCodeAt(start - 1);
  if (after === SLASH) return start === 0 || isBlank(before) || before === 10 || before === 13;
  return isBlank(before) && isBlank(after);
}

/** The value after a Call-ID name: `=`, `:`, blanks and quotes skipped, up to a blank or a delimiter. */
function tokenAfter(text: string, pos: number, end: number): string | undefined {
  let i = pos;
  while (i < end && isSeparator(text.charCodeAt(i))) i++;
  const tokenStart = i;
  const limit = Math.min(end, tokenStart + MAX_TOKEN_LENGTH);
  while (i < limit && !endsToken(text.charCodeAt(i))) i++;
  return i > tokenStart ? ownedSlice(text, tokenStart, i) : undefined;
}

/** `=`, `:`, blanks, quotes, `<`, `[`: what stands between a name and its value. */
function isSeparator(c: number): boolean {
  return c === 61 || c === 58 || isBlank(c) || c === 34 || c === 39 || c === 60 || c === 91;
}

/** Blanks, quotes, brackets, `,` and `;` end a value; `@`, `.`, `-` are part of one. */
function endsToken(c: number): boolean {
  return isBlank(c) || c === 34 || c === 39 || c === 62 || c === 93 || c === 41 || c === 44 || c === 59;
}
