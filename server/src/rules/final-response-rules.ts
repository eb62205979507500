import type { SipMessage, Transaction } from '../analysis/types';
import { isChallenge, judgeChallenge, type ChallengeOutcome } from './auth';
import type { CandidateSink, FindingDetails, RelatedLocation, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import { firstReport } from './reported';
import { isRegistered, isStatusCodeNumber, unrecognisedTreatedAs } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import {
  answeredMethod,
  catalogShortFix,
  codeHref,
  codeLabel,
  fitted,
  gistExtra,
  withFirstFitting,
  requestLocation,
  requestName,
  say,
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
  render: (index, _rule, responseIndex, language) => renderFinalResponse(index, responseIndex, language),
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
function renderFinalResponse(index: FlowIndex, responseIndex: number, language: Language): FindingDetails {
  const failure = describeFailure(index, responseIndex, index.messages[responseIndex] as SipMessage);
  return details(failure, judge(failure), language);
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
    const { index, responseIndex, request } = failure;
    const challenge = judgeChallenge(index, { responseIndex, response, callId, cseqNumber, method, request });
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
  return !firstReport(reported, callId, cseqNumber, failure.method ?? '', failure.code, rule);
}

/** The 3-digit code of the status line; the whole start line if the scanner gave no occurrence. */
export function codePosition(index: FlowIndex, messageIndex: number, message: SipMessage) {
  const occurrence = index.statusLineOf(messageIndex);
  if (occurrence) return { offset: occurrence.offset, length: 3 };
  return { offset: message.startOffset, length: message.startLineEnd - message.startOffset };
}

function details(failure: FinalFailure, verdict: Verdict, language: Language): FindingDetails {
  const {
    message,
    shortFix,
    related = requestLocation(failure.request, language),
  } = wordingFor(failure, verdict, language);
  return { message, ...(shortFix ? { shortFix } : {}), href: codeHref(failure.code), ...(related ? { related } : {}) };
}

interface Wording {
  readonly message: string;
  readonly shortFix: string | undefined;
  /** Where to look instead of the request, when the point is elsewhere (the retry's failing response). */
  readonly related?: RelatedLocation;
}

/** What the wording of one failed final response is built from (a type, so it passes as `say`'s values). */
type Named = {
  /** "486 Busy Here". */
  readonly label: string;
  /** "INVITE (CSeq 102)". */
  readonly what: string;
  readonly language: Language;
};

function wordingFor(failure: FinalFailure, verdict: Verdict, language: Language): Wording {
  const label = codeLabel(failure.code, failure.response.reasonPhrase);
  const what = requestName(failure.method, failure.response.cseqNumber, language);
  const named: Named = { label, what, language };
  const challenge = verdict.challenge;
  switch (verdict.rule) {
    case 'auth-challenge':
      return challenge?.kind === 'answered'
        ? answeredChallenge(named, challenge)
        : { message: say(language, 'challenged', named), shortFix: catalogShortFix(failure.code, language) };
    case 'auth-rejected':
      return { message: say(language, 'rejected', named), shortFix: say(language, 'checkCredentials') };
    case 'request-terminated':
      return { message: say(language, 'cancelled', named), shortFix: say(language, 'cancelledFix') };
    default:
      return failedCall(failure, verdict, named);
  }
}

/** A failed call: what ended it, then (room permitting) what the code means, from the catalog. */
function failedCall(failure: FinalFailure, verdict: Verdict, named: Named): Wording {
  const { language } = named;
  const head = say(language, endedKey(failure), named);
  const challenge = verdict.challenge;
  if (challenge?.kind === 'unanswered') {
    return challenge.retry
      ? {
          message: head + say(language, 'refusedToo', { retry: retryName(challenge.retry, language) }),
          shortFix: say(language, 'checkCredentials'),
        }
      : { message: head + say(language, 'noRetry'), shortFix: catalogShortFix(failure.code, language) };
  }
  const shortFix = catalogShortFix(failure.code, language);
  // One finding for both facts: the failed call keeps its rule id, and says the code is unregistered.
  if (!isRegistered(failure.code)) {
    const treatedAs = unrecognisedTreatedAs(failure.code);
    const registry = isStatusCodeNumber(failure.code)
      ? say(language, 'unregisteredReadAs', { treatedAs })
      : say(language, 'notASipCode');
    return { message: head + registry, shortFix };
  }
  return { message: fitted(language, head, gistExtra(shortFix, language)), shortFix };
}

function answeredChallenge(named: Named, outcome: ChallengeOutcome & { kind: 'answered' }): Wording {
  const { language } = named;
  if (outcome.reChallenge) {
    return { message: say(language, 'reChallenged', named), shortFix: say(language, 'reChallengedFix') };
  }
  const retry = retryName(outcome.retry, language);
  const head = say(language, 'challenged', named);
  const final = outcome.retryFinal;
  const normal = say(language, 'normalChallengeFix');
  if (final?.statusCode === undefined) {
    const message = withFirstFitting(
      language,
      head,
      say(language, 'retryFollows', { retry }),
      say(language, 'theRetryFollows'),
    );
    return { message, shortFix: normal };
  }
  const result = codeLabel(final.statusCode, final.reasonPhrase);
  if (final.statusCode < 400) {
    return {
      message: withFirstFitting(
        language,
        head,
        say(language, 'retryGot', { retry, result }),
        say(language, 'theRetryGot', { result }),
        say(language, 'theRetrySucceeded'),
      ),
      shortFix: normal,
    };
  }
  // The challenge itself went as it should; the call failed at the retry's response, so point there.
  return {
    message: withFirstFitting(
      language,
      head,
      say(language, 'retryFailed', { retry, result }),
      say(language, 'theRetryFailedWith', { result }),
      say(language, 'theRetryFailed'),
    ),
    shortFix: say(language, 'retryFailedFix', { result }),
    related: {
      offset: final.startOffset,
      length: final.startLineEnd - final.startOffset,
      message: say(language, 'retryAnswered', { result, retry }),
    },
  };
}

/** "the retry (CSeq 2)". */
function retryName(retry: SipMessage, language: Language): string {
  return withCSeq(say(language, 'theRetry'), retry.cseqNumber, language);
}

/** "ends" for the transaction's first final response; "also answered" for a later, different one. */
function endedKey(failure: FinalFailure): 'ends' | 'alsoAnswered' {
  const first = failure.transaction?.finalResponse;
  return first === undefined || first === failure.responseIndex ? 'ends' : 'alsoAnswered';
}
