import type { SipMessage, Transaction } from '../analysis/types';
import { isChallenge, judgeChallenge, type ChallengeOutcome } from './auth';
import type { CandidateSink, FindingDetails, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import { answeredMethod, codeHref, codeLabel, fixSuffix, requestLocation, withCSeq } from './wording';

/** The outcomes a failed final response is judged to be, exactly one per response (described in registry.ts). */
export type FinalResponseRule =
  | 'final-server-failure'
  | 'final-global-failure'
  | 'final-client-failure'
  | 'auth-challenge'
  | 'auth-rejected'
  | 'request-terminated';

/** Everything the wording needs about one failed final response. */
interface FinalFailure {
  readonly index: FlowIndex;
  readonly responseIndex: number;
  readonly response: SipMessage;
  readonly code: number;
  readonly transaction: Transaction | undefined;
  readonly request: SipMessage | undefined;
  readonly method: string | undefined;
}

type Verdict = { readonly rule: FinalResponseRule; readonly challenge?: ChallengeOutcome };

/**
 * Judges every final 4xx-6xx response by what the rest of the call did. 1xx-3xx are never
 * findings: provisional, success and redirection are how calls are meant to flow.
 * A final repeated with the same Call-ID, CSeq and code (a retransmission, or the copy a
 * proxy forwards upstream) is reported once.
 */
export const finalResponses: RuleCheck<FinalResponseRule> = {
  anchor: 'message',
  checkDocument(index, _analysis, sink) {
    const reported = new Set<string>();
    for (let i = 0; i < index.messages.length; i++) checkFinalResponse(index, i, reported, sink);
  },
  checkCall(index, call, reported, sink) {
    for (const message of call.messages) checkFinalResponse(index, message, reported, sink);
  },
  checkRescanned(index, analysis, change, reported, sink) {
    for (let m = change.firstIndex; m < change.newResume; m++) {
      if (analysis.messages[m]?.callId === undefined) checkFinalResponse(index, m, reported, sink);
    }
  },
  render: (index, _rule, responseIndex) => renderFinalResponse(index, responseIndex),
};

/**
 * One message's finding, if it is a failed final response. Everything it reads (transaction,
 * request, retries, CANCELs, the repeat check) shares its Call-ID, so the finding's unit is
 * that call; `reported` must be shared by the messages of one call, visited in text order.
 */
function checkFinalResponse(
  index: FlowIndex,
  responseIndex: number,
  reported: Set<string>,
  sink: CandidateSink<FinalResponseRule>,
): void {
  const response = index.messages[responseIndex];
  if (!response || !isFailure(response)) return;
  const failure = describeFailure(index, responseIndex, response);
  const { rule } = judge(failure);
  if (isRepeat(reported, failure, rule)) return;
  const { offset, length } = codePosition(index, responseIndex, response);
  sink.add(rule, failure.code, offset, length, responseIndex, response.callId);
}

/** Text is written only for findings that are shown, so the verdict is worked out again then. */
function renderFinalResponse(index: FlowIndex, responseIndex: number): FindingDetails {
  const failure = describeFailure(index, responseIndex, index.messages[responseIndex] as SipMessage);
  return details(failure, judge(failure));
}

function isFailure(message: SipMessage): boolean {
  const code = message.statusCode;
  return message.kind === 'response' && code !== undefined && code >= 400 && code <= 699;
}

function describeFailure(index: FlowIndex, responseIndex: number, response: SipMessage): FinalFailure {
  const code = response.statusCode ?? 0;
  const transaction = index.transactionOf(responseIndex);
  const request = transaction && index.requestOf(transaction);
  const method = answeredMethod(response, request);
  return { index, responseIndex, response, code, transaction, request, method };
}

function judge(failure: FinalFailure): Verdict {
  const { code, response, method } = failure;
  if (code >= 600) return { rule: 'final-global-failure' };
  if (code >= 500) return { rule: 'final-server-failure' };
  const { callId, cseqNumber } = response;
  if (isChallenge(code) && callId !== undefined && cseqNumber !== undefined && method !== undefined) {
    const challenge = judgeChallenge(failure.index, { ...failure, callId, cseqNumber, method });
    return { rule: challengeRule(challenge), challenge };
  }
  if (code === 487 && method === 'INVITE' && callId !== undefined && cseqNumber !== undefined) {
    if (failure.index.wasCancelled(callId, cseqNumber)) return { rule: 'request-terminated' };
  }
  return { rule: 'final-client-failure' };
}

function challengeRule(outcome: ChallengeOutcome): FinalResponseRule {
  if (outcome.kind === 'answered') return 'auth-challenge';
  return outcome.kind === 'rejected' ? 'auth-rejected' : 'final-client-failure';
}

function isRepeat(reported: Set<string>, failure: FinalFailure, rule: FinalResponseRule): boolean {
  const { callId, cseqNumber } = failure.response;
  if (callId === undefined || cseqNumber === undefined) return false;
  const key = `${callId}\n${cseqNumber}\n${failure.method ?? ''}\n${failure.code}\n${rule}`;
  if (reported.has(key)) return true;
  reported.add(key);
  return false;
}

/** The 3-digit code of the status line; the whole start line if the scanner gave no occurrence. */
export function codePosition(index: FlowIndex, messageIndex: number, message: SipMessage) {
  const occurrence = index.statusLineOf(messageIndex);
  if (occurrence) return { offset: occurrence.offset, length: 3 };
  return { offset: message.startOffset, length: message.startLineEnd - message.startOffset };
}

function details(failure: FinalFailure, verdict: Verdict): FindingDetails {
  const related = requestLocation(failure.request);
  const message = messageFor(failure, verdict);
  return { message, href: codeHref(failure.code), ...(related ? { related } : {}) };
}

function messageFor(failure: FinalFailure, verdict: Verdict): string {
  const label = codeLabel(failure.code, failure.response.reasonPhrase);
  const what = transactionLabel(failure);
  const challenge = verdict.challenge;
  switch (verdict.rule) {
    case 'auth-challenge':
      return challenge?.kind === 'answered'
        ? answeredChallenge(label, failure, challenge)
        : `${label} challenged ${what}.`;
    case 'auth-rejected':
      return `${label} challenged ${what} although it already carried credentials, and no later retry succeeded: the credentials were most likely rejected (a stale nonce or a second challenger is normally answered by another retry). Fix: check the auth username, password and realm configured for this account.`;
    case 'request-terminated':
      return `${label} ended ${what} after a CANCEL: the caller hung up before an answer, or a forking proxy cancelled this branch when another answered.`;
    default:
      return `${label} ${endedVerb(failure)} ${what}${unansweredChallengeNote(verdict)}.${fixSuffix(failure.code)}`;
  }
}

function answeredChallenge(
  label: string,
  failure: FinalFailure,
  outcome: ChallengeOutcome & { kind: 'answered' },
): string {
  if (outcome.reChallenge) {
    return `${label} challenged ${transactionLabel(failure)} although it carried credentials, but a later retry with credentials succeeded: the server wanted fresh or different credentials (an expired nonce, or a second realm), not a wrong password.`;
  }
  const retry = `${retryName(outcome.retry)}${retryResult(outcome.retryFinal)}`;
  return `${label} challenged ${transactionLabel(failure)}; ${retry}. This is normal digest authentication.`;
}

/** "the retry with credentials (CSeq 2)". */
function retryName(retry: SipMessage): string {
  return withCSeq('the retry with credentials', retry.cseqNumber);
}

function retryResult(final: SipMessage | undefined): string {
  return final?.statusCode === undefined ? ' follows' : ` got ${codeLabel(final.statusCode, final.reasonPhrase)}`;
}

function unansweredChallengeNote(verdict: Verdict): string {
  const challenge = verdict.challenge;
  if (challenge?.kind !== 'unanswered') return '';
  return challenge.retry
    ? `; ${retryName(challenge.retry)} was refused the same way`
    : ', and no retry with credentials follows in the log';
}

/** "ended" for the transaction's first final response; "answered" for a later, different one. */
function endedVerb(failure: FinalFailure): string {
  const first = failure.transaction?.finalResponse;
  return first === undefined || first === failure.responseIndex ? 'ended' : 'also answered';
}

/** "the INVITE transaction (CSeq 1)". */
function transactionLabel(failure: FinalFailure): string {
  return withCSeq(
    failure.method ? `the ${failure.method} transaction` : 'the transaction',
    failure.response.cseqNumber,
  );
}
