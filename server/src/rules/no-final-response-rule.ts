import { rfcSectionUrl } from '../../../catalog/src/index';
import type { Call, SipMessage, Transaction } from '../analysis/types';
import type { CandidateSink, FindingDetails, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import type { Language } from '../../../catalog/src/language';
import { codeLabel, fitted, say, withCSeq } from './wording';

export type NoFinalResponseRule = 'no-final-response';

/**
 * Requests left without a final response at the end of the log.
 *
 * What is flagged, and why:
 * - a request (not ACK, which has no response) that got provisional responses but no final
 *   one: the transaction was alive and then nothing ended it;
 * - an INVITE with no response at all, but only when the call has later messages (a
 *   retransmission, a CANCEL, a new INVITE...): then the silence is real, not a capture that
 *   simply stopped right after the INVITE.
 * A non-INVITE with no response at all is not flagged: OPTIONS keep-alives to a peer that is
 * down are routine, and a capture often ends just after a request.
 * Requests not in the text (only their responses were captured) are never flagged.
 * A request's responses are `FlowIndex.responsesOf`: a response whose Via branch matched no
 * request still answers the request of its Call-ID/CSeq/method, as the hover says it does.
 */
export const unfinishedRequests: RuleCheck<NoFinalResponseRule> = {
  anchor: 'message',
  checkDocument(index, analysis, sink) {
    const reported = new Set<string>();
    for (const call of analysis.calls) checkUnfinishedInCall(index, call, reported, sink);
  },
  checkCall: checkUnfinishedInCall,
  // A request without a Call-ID is in no call, hence in no transaction: this rule finds nothing outside a call.
  checkRescanned() {},
  render: (index, _rule, requestIndex, language) => renderUnfinished(index, requestIndex, language),
};

/** One call's requests; the finding's ref is the request's message index, its unit the call. */
function checkUnfinishedInCall(
  index: FlowIndex,
  call: Call,
  reported: Set<string>,
  sink: CandidateSink<NoFinalResponseRule>,
): void {
  const lastMessage = call.messages[call.messages.length - 1] ?? -1;
  for (const transaction of call.transactions) {
    const request = unfinishedRequest(index, transaction, lastMessage);
    if (request && isFirst(reported, transaction, request)) {
      const length = request.startLineEnd - request.startOffset;
      sink.add('no-final-response', undefined, request.startOffset, length, request.index, call.callId);
    }
  }
}

/** A request message is recorded in exactly one transaction, so its index names the transaction. */
function renderUnfinished(index: FlowIndex, requestIndex: number, language: Language): FindingDetails {
  return details(index, index.transactionOf(requestIndex) as Transaction, language);
}

function unfinishedRequest(index: FlowIndex, transaction: Transaction, lastMessage: number): SipMessage | undefined {
  if (transaction.method === 'ACK' || transaction.request === undefined) return undefined;
  const request = index.messages[transaction.request];
  if (!request || hasFinal(index, transaction)) return undefined;
  if (index.responsesOf(transaction).length > 0) return request;
  return transaction.method === 'INVITE' && lastMessage > transaction.request ? request : undefined;
}

function hasFinal(index: FlowIndex, transaction: Transaction): boolean {
  if (transaction.finalResponse !== undefined) return true;
  return index.responsesOf(transaction).some((response) => (index.messages[response]?.statusCode ?? 0) >= 200);
}

/** One finding per request, however many times it was retransmitted or logged. */
function isFirst(reported: Set<string>, transaction: Transaction, request: SipMessage): boolean {
  const key = `${transaction.callId}\n${transaction.cseqNumber}\n${transaction.method}\n${request.viaBranch ?? ''}`;
  if (reported.has(key)) return false;
  reported.add(key);
  return true;
}

function details(index: FlowIndex, transaction: Transaction, language: Language): FindingDetails {
  const name = withCSeq(transaction.method, transaction.cseqNumber, language);
  const invite = transaction.method === 'INVITE';
  const href = rfcSectionUrl(3261, invite ? '17.1.1.2' : '17.1.2.2');
  const last = lastProvisional(index, transaction);
  if (!last) {
    return { message: say(language, 'noResponse', { name }), shortFix: say(language, 'noResponseFix'), href };
  }
  return {
    message: fitted(
      language,
      say(language, 'onlyProvisional', { name }),
      say(language, 'lastProvisional', { last }),
      say(language, 'noFinal'),
    ),
    // RFC 3261 §16.6 and §16.8: a proxy's Timer C (over 3 minutes) should CANCEL a branch stuck like this.
    shortFix: say(language, invite ? 'silentInviteFix' : 'silentRequestFix'),
    href,
  };
}

function lastProvisional(index: FlowIndex, transaction: Transaction): string | undefined {
  const responses = index.responsesOf(transaction);
  const last = index.messages[responses[responses.length - 1] ?? -1];
  return last?.statusCode === undefined ? undefined : codeLabel(last.statusCode, last.reasonPhrase);
}
