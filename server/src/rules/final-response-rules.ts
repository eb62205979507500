import type { SipMessage, Transaction } from '../analysis/types';
import { isChallenge, judgeChallenge, type ChallengeOutcome } from './auth';
import type { CandidateSink, FindingDetails, RelatedLocation, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import { isRegistered, isStatusCodeNumber, unrecognisedTreatedAs } from '../../../catalog/src/index';
import {
  answeredMethod,
  catalogShortFix,
  codeHref,
  codeLabel,
  fitted,
  gistOf,
  withFirstFitting,
  requestLocation,
  requestName,
  withCSeq,
} from './wording';

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
  const { message, shortFix, related = requestLocation(failure.request) } = wordingFor(failure, verdict);
  return { message, ...(shortFix ? { shortFix } : {}), href: codeHref(failure.code), ...(related ? { related } : {}) };
}

interface Wording {
  readonly message: string;
  readonly shortFix: string | undefined;
  /** Where to look instead of the request, when the point is elsewhere (the retry's failing response). */
  readonly related?: RelatedLocation;
}

const CHECK_CREDENTIALS = "credentials rejected: check this account's auth username, password and realm";

function wordingFor(failure: FinalFailure, verdict: Verdict): Wording {
  const label = codeLabel(failure.code, failure.response.reasonPhrase);
  const what = requestName(failure.method, failure.response.cseqNumber);
  const challenge = verdict.challenge;
  switch (verdict.rule) {
    case 'auth-challenge':
      return challenge?.kind === 'answered'
        ? answeredChallenge(label, what, challenge)
        : { message: `${label} challenged ${what}`, shortFix: catalogShortFix(failure.code) };
    case 'auth-rejected':
      return {
        message: `${label} challenged ${what} again: its credentials were rejected`,
        shortFix: CHECK_CREDENTIALS,
      };
    case 'request-terminated':
      return {
        message: `${label} ends ${what} after a CANCEL`,
        shortFix: 'caller hung up, or a forking proxy cancelled this branch: usually normal',
      };
    default:
      return failedCall(failure, verdict, label, what);
  }
}

/** A failed call: what ended it, then (room permitting) what the code means, from the catalog. */
function failedCall(failure: FinalFailure, verdict: Verdict, label: string, what: string): Wording {
  const head = `${label} ${endedVerb(failure)} ${what}`;
  const challenge = verdict.challenge;
  if (challenge?.kind === 'unanswered') {
    return challenge.retry
      ? { message: `${head}; ${retryName(challenge.retry)} was refused too`, shortFix: CHECK_CREDENTIALS }
      : { message: `${head}; no retry with credentials follows`, shortFix: catalogShortFix(failure.code) };
  }
  const shortFix = catalogShortFix(failure.code);
  // One finding for both facts: the failed call keeps its rule id, and says the code is unregistered.
  if (!isRegistered(failure.code)) {
    const treatedAs = unrecognisedTreatedAs(failure.code);
    const registry = isStatusCodeNumber(failure.code) ? `unregistered code, read as ${treatedAs}` : 'not a SIP code';
    return { message: `${head}; ${registry}`, shortFix };
  }
  const gist = gistOf(shortFix);
  return { message: fitted(head, gist && `: ${gist}`), shortFix };
}

function answeredChallenge(label: string, what: string, outcome: ChallengeOutcome & { kind: 'answered' }): Wording {
  if (outcome.reChallenge) {
    return {
      message: `${label} challenged ${what} again; a later retry with credentials succeeded`,
      shortFix: 'fresh or second-realm credentials were wanted (stale nonce), not a wrong password',
    };
  }
  const retry = retryName(outcome.retry);
  const head = `${label} challenged ${what}`;
  const final = outcome.retryFinal;
  if (final?.statusCode === undefined) {
    return { message: withFirstFitting(head, `; ${retry} follows`, '; the retry follows'), shortFix: NORMAL_CHALLENGE };
  }
  const result = codeLabel(final.statusCode, final.reasonPhrase);
  if (final.statusCode < 400) {
    return {
      message: withFirstFitting(head, `; ${retry} got ${result}`, `; the retry got ${result}`, '; the retry succeeded'),
      shortFix: NORMAL_CHALLENGE,
    };
  }
  // The challenge itself went as it should; the call failed at the retry's response, so point there.
  return {
    message: withFirstFitting(
      head,
      `; ${retry} failed with ${result}`,
      `; the retry failed with ${result}`,
      '; the retry failed',
    ),
    shortFix: `the challenge was answered; the call failed at ${result}: see that response`,
    related: {
      offset: final.startOffset,
      length: final.startLineEnd - final.startOffset,
      message: `${result} answered ${retry}`,
    },
  };
}

const NORMAL_CHALLENGE = 'digest challenge answered by a retry with credentials: nothing to fix';

/** "the retry (CSeq 2)". */
function retryName(retry: SipMessage): string {
  return withCSeq('the retry', retry.cseqNumber);
}

/** "ends" for the transaction's first final response; "answered" for a later, different one. */
function endedVerb(failure: FinalFailure): string {
  const first = failure.transaction?.finalResponse;
  return first === undefined || first === failure.responseIndex ? 'ends' : 'also answered';
}
