import { rfcSectionUrl } from '../../../catalog/src/index';
import type { Call, SipMessage, Transaction } from '../analysis/types';
import type { CandidateSink, FindingDetails, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import { codeLabel, withCSeq } from './wording';

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
  render: (index, _rule, requestIndex) => renderUnfinished(index, requestIndex),
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
function renderUnfinished(index: FlowIndex, requestIndex: number): FindingDetails {
  return details(index, index.transactionOf(requestIndex) as Transaction);
}

function unfinishedRequest(index: FlowIndex, transaction: Transaction, lastMessage: number): SipMessage | undefined {
  if (transaction.method === 'ACK' || transaction.request === undefined) return undefined;
  const request = index.messages[transaction.request];
  if (!request || hasFinal(index, transaction)) return undefined;
  if (transaction.responses.length > 0) return request;
  return transaction.method === 'INVITE' && lastMessage > transaction.request ? request : undefined;
}

function hasFinal(index: FlowIndex, transaction: Transaction): boolean {
  if (transaction.finalResponse !== undefined) return true;
  return transaction.responses.some((response) => (index.messages[response]?.statusCode ?? 0) >= 200);
}

/** One finding per request, however many times it was retransmitted or logged. */
function isFirst(reported: Set<string>, transaction: Transaction, request: SipMessage): boolean {
  const key = `${transaction.callId}\n${transaction.cseqNumber}\n${transaction.method}\n${request.viaBranch ?? ''}`;
  if (reported.has(key)) return false;
  reported.add(key);
  return true;
}

function details(index: FlowIndex, transaction: Transaction): FindingDetails {
  const name = withCSeq(transaction.method, transaction.cseqNumber);
  const invite = transaction.method === 'INVITE';
  const href = rfcSectionUrl(3261, invite ? '17.1.1.2' : '17.1.2.2');
  const last = lastProvisional(index, transaction);
  if (!last) {
    return {
      message: `${name} got no response at all, although later messages of the same call follow in the log. Fix: check that the next hop is reachable (DNS, routing, firewall, transport); with no response, Timer B ends an INVITE transaction after 64*T1 (32 s by default).`,
      href,
    };
  }
  const progress = `${name} got only provisional responses (last: ${last}) and no final response by the end of the log.`;
  const fix = invite
    ? " Fix: if the capture did not simply end early, find the element that went silent: a UAS must end every INVITE with a final response, and a proxy's Timer C (more than 3 minutes, restarted by each provisional response after 100; RFC 3261 §16.6 and §16.8) should CANCEL a branch stuck like this."
    : ' Fix: if the capture did not simply end early, find the element that never sent the final response; the client gives up when Timer F fires, after 64*T1 (32 s by default).';
  return { message: progress + fix, href };
}

function lastProvisional(index: FlowIndex, transaction: Transaction): string | undefined {
  const last = index.messages[transaction.responses[transaction.responses.length - 1] ?? -1];
  return last?.statusCode === undefined ? undefined : codeLabel(last.statusCode, last.reasonPhrase);
}
