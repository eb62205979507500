/**
 * Failures that a log line reports in its own words (`ERROR: INVITE to bob failed: 486 Busy Here`)
 * rather than as a SIP message. Only a mention in a failure context counts: the line's level is
 * an error or a warning, or it says failed, failure, rejected, closed or error (analysis/lineFacts.ts
 * reads that at scan time). `INFO got 486` is a log of traffic, not a report of a failure.
 *
 * One failure, one finding. Another occurrence is the same failure when it has the same code,
 * lies within SAME_FAILURE_REACH occurrences and SAME_FAILURE_CHARS characters of this one, and
 * neither line names a Call-ID different from the other's. Then:
 * - a status line of that code (the failure logged as a message too) takes the finding: the
 *   message rules report it, with its call flow;
 * - an earlier mention in a failure context takes it: this line is a repeat (a proxy logging one
 *   487 per retransmission, an app logging the failure and then its stack trace, whose lines hold
 *   no occurrence and so do not count against the reach), shown as related information.
 * The call-flow judgement holds as for messages: a 401/407 followed within the reach by a 2xx of
 * the same call (the retry with credentials succeeded) is quiet, and a 487 on a line, or after a
 * line, that names a CANCEL is the caller hanging up (RFC 3261 §9.1), reported as information.
 *
 * Every judgement reads a bounded window of neighbouring occurrences and no call, so candidates
 * carry no unit; the incremental pass re-judges the occurrences within REACH of an edit
 * (rules/incremental.ts widens its region by `reach`), which keeps it exact.
 */
import { isRegistered, unrecognisedTreatedAs } from '../../../catalog/src/index';
import { FACT_CANCEL, FACT_FAILURE } from '../analysis/lineFacts';
import { firstStartingAtOrAfter } from '../analysis/lookup';
import type { Occurrence } from '../analysis/types';
import type { CandidateSink, FindingDetails, RelatedLocation, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import type { Language } from '../../../catalog/src/language';
import { catalogShortFix, codeHref, codeLabel, fitted, gistExtra, say } from './wording';

export type ReportedFailureRule = 'reported-failure' | 'reported-request-terminated';

/** How many occurrences either side of a mention its judgement reads. */
export const SAME_FAILURE_REACH = 8;
/** How far apart (in characters) two lines may be and still report one failure. */
const SAME_FAILURE_CHARS = 8192;
/** At most this many repeats are listed as related information. */
const MAX_REPEATS = 16;

export const reportedFailures: RuleCheck<ReportedFailureRule> = {
  anchor: 'occurrence',
  reach: SAME_FAILURE_REACH,
  checkDocument(index, _analysis, sink) {
    for (let i = 0; i < index.occurrences.length; i++) checkMention(index, i, sink);
  },
  // No candidate depends on a call: each is judged from the occurrences around it.
  checkCall() {},
  checkRescanned(index, analysis, change, _reported, sink) {
    const to = change.oldTo + change.delta;
    const occurrences = index.occurrences;
    for (let i = firstStartingAtOrAfter(analysis.occurrences, change.from); i < occurrences.length; i++) {
      if ((occurrences[i] as Occurrence).offset >= to) break;
      checkMention(index, i, sink);
    }
  },
  render: (index, rule, i, language) => renderReported(index, rule, i, language),
};

function checkMention(index: FlowIndex, i: number, sink: CandidateSink<ReportedFailureRule>): void {
  const rule = judgeMention(index, i);
  const { code, offset } = index.occurrences[i] as Occurrence;
  if (rule) sink.add(rule, code, offset, 3, i);
}

/** The rule a mention is reported under, or undefined when it is not a reported failure of its own. */
export function judgeMention(index: FlowIndex, i: number): ReportedFailureRule | undefined {
  const { occurrences } = index;
  const mention = occurrences[i] as Occurrence;
  if (!isFailureReport(mention)) return undefined;
  if (onMessageOrRepeat(index, i)) return undefined;
  if ((mention.code === 401 || mention.code === 407) && retrySucceeded(occurrences, i)) return undefined;
  return mention.code === 487 && afterCancel(occurrences, i) ? 'reported-request-terminated' : 'reported-failure';
}

/** A mention of a final failure on a line that reports a failure. */
function isFailureReport(occurrence: Occurrence): boolean {
  const { code, kind, lineFacts } = occurrence;
  return kind === 'mention' && code >= 400 && code <= 699 && ((lineFacts ?? 0) & FACT_FAILURE) !== 0;
}

/** The occurrences `[first, end)` within reach of `i`, before it (`-1`) or after it (`+1`). */
function* neighbours(occurrences: readonly Occurrence[], i: number, direction: -1 | 1): Generator<Occurrence> {
  const here = (occurrences[i] as Occurrence).offset;
  for (let step = 1; step <= SAME_FAILURE_REACH; step++) {
    const other = occurrences[i + direction * step];
    if (!other || Math.abs(other.offset - here) > SAME_FAILURE_CHARS) return;
    yield other;
  }
}

/** Neither names a Call-ID, only one does, or both name the same. */
function sameCall(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * True when a status line of the same code is within reach (the message rules report it), or an
 * earlier failure report of the same code is (this line repeats it).
 */
function onMessageOrRepeat(index: FlowIndex, i: number): boolean {
  const { occurrences } = index;
  const mention = occurrences[i] as Occurrence;
  const token = mention.callToken;
  for (const other of neighbours(occurrences, i, -1)) {
    if (other.code !== mention.code) continue;
    if (isStatusLineOf(index, other, token) || (isFailureReport(other) && sameCall(other.callToken, token)))
      return true;
  }
  for (const other of neighbours(occurrences, i, 1)) {
    if (other.code === mention.code && isStatusLineOf(index, other, token)) return true;
  }
  return false;
}

/** A status line whose message is of the call the line names (or the line names none). */
function isStatusLineOf(index: FlowIndex, occurrence: Occurrence, token: string | undefined): boolean {
  return occurrence.kind === 'status-line' && sameCall(index.messages[occurrence.messageIndex]?.callId, token);
}

/** A 2xx of the same call follows the challenge within reach: the retry with credentials succeeded. */
function retrySucceeded(occurrences: readonly Occurrence[], i: number): boolean {
  const token = (occurrences[i] as Occurrence).callToken;
  for (const other of neighbours(occurrences, i, 1)) {
    if (other.code >= 200 && other.code < 300 && sameCall(other.callToken, token)) return true;
  }
  return false;
}

/** The line, or one within reach before it, names a CANCEL. */
function afterCancel(occurrences: readonly Occurrence[], i: number): boolean {
  const mention = occurrences[i] as Occurrence;
  if (((mention.lineFacts ?? 0) & FACT_CANCEL) !== 0) return true;
  for (const other of neighbours(occurrences, i, -1)) {
    if (((other.lineFacts ?? 0) & FACT_CANCEL) !== 0 && sameCall(other.callToken, mention.callToken)) return true;
  }
  return false;
}

/** The later lines that repeat the failure reported at `i`, in text order. */
function repeatsOf(occurrences: readonly Occurrence[], i: number): number[] {
  const mention = occurrences[i] as Occurrence;
  const repeats: number[] = [];
  let last = i;
  for (let j = i + 1; j < occurrences.length && j - last <= SAME_FAILURE_REACH && repeats.length < MAX_REPEATS; j++) {
    const other = occurrences[j] as Occurrence;
    if (other.offset - (occurrences[last] as Occurrence).offset > SAME_FAILURE_CHARS) break;
    if (other.code !== mention.code || !isFailureReport(other) || !sameCall(other.callToken, mention.callToken))
      continue;
    repeats.push(j);
    last = j;
  }
  return repeats;
}

function renderReported(index: FlowIndex, rule: ReportedFailureRule, i: number, language: Language): FindingDetails {
  const mention = index.occurrences[i] as Occurrence;
  const { code } = mention;
  const repeats = repeatsOf(index.occurrences, i).map((j) =>
    repeatLocation(index.occurrences[j] as Occurrence, language),
  );
  return {
    ...reportedWording(code, codeLabel(code, mention.phrase), rule, language),
    href: codeHref(code),
    ...(repeats.length > 0 ? { repeats } : {}),
  };
}

/**
 * The Problems row and the inline hint of a reported failure, worded as the message rules word a
 * failed call: the fact first, then what the code means while the row has room. An unregistered
 * code is said in the same finding (one diagnostic per fact on one range), so the code remarks
 * leave such a mention alone (code-rules.ts). A 487 after a CANCEL gets the advice the message
 * rules give a 487 to a CANCELled INVITE.
 */
function reportedWording(
  code: number,
  label: string,
  rule: ReportedFailureRule,
  language: Language,
): { message: string; shortFix: string } {
  if (rule === 'reported-request-terminated') {
    return { message: say(language, 'reportedAfterCancel', { label }), shortFix: say(language, 'cancelledFix') };
  }
  const head = say(language, 'reported', { label });
  const shortFix = catalogShortFix(code, language) ?? catalogShortFix(unrecognisedTreatedAs(code), language) ?? '';
  if (!isRegistered(code)) {
    return {
      message: head + say(language, 'unregisteredReadAs', { treatedAs: unrecognisedTreatedAs(code) }),
      shortFix,
    };
  }
  return { message: fitted(language, head, gistExtra(shortFix, language)), shortFix };
}

function repeatLocation(occurrence: Occurrence, language: Language): RelatedLocation {
  return { offset: occurrence.offset, length: 3, message: say(language, 'loggedAgain', { code: occurrence.code }) };
}
