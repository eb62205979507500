/**
 * A FlowIndex over a few calls, for incremental rules: after an edit only the calls it touched
 * are judged again, so the lookups are built from those calls' messages instead of the whole
 * log. Every rule reads only the finding's own call (all keys start with the Call-ID), so on
 * those calls it answers exactly as the whole-log index does.
 */
import type { Analysis, Call, Occurrence, SipMessage, Transaction } from '../analysis/types';
import { firstStartingAtOrAfter, firstStartingAtOrAfterFrom } from '../analysis/lookup';
import { requestLookups, transactionLookupOver, transactionsOf, type FlowIndex } from './flow-index';

export function buildScopedFlowIndex(analysis: Analysis, calls: readonly Call[]): FlowIndex {
  const { messages, occurrences } = analysis;
  const transactions = transactionsOf(calls);
  const byMessage = new Map<number, Transaction>();
  for (const tx of transactions) {
    if (tx.request !== undefined) byMessage.set(tx.request, tx);
    for (const response of tx.responses) byMessage.set(response, tx);
  }
  // In call order, each call's messages in text order: per Call-ID, the whole-log order.
  const scopedMessages: number[] = [];
  for (const call of calls) for (const message of call.messages) scopedMessages.push(message);
  return {
    messages,
    occurrences,
    transactionOf: transactionLookupOver(messages, transactions, (index) => byMessage.get(index)),
    statusLineOf: (index) => statusLineWithin(occurrences, messages[index], index),
    ...requestLookups(messages, transactions, scopedMessages),
  };
}

/**
 * The first status-line occurrence attached to a message. The scanner attaches a status line
 * only to the message whose [startOffset, endOffset) holds it, so a search of that span finds
 * the same occurrence as the whole-log index's first-in-order table.
 */
function statusLineWithin(
  occurrences: readonly Occurrence[],
  message: SipMessage | undefined,
  index: number,
): Occurrence | undefined {
  if (!message) return undefined;
  for (let i = firstStartingAtOrAfter(occurrences, message.startOffset); i < occurrences.length; i++) {
    const occurrence = occurrences[i] as Occurrence;
    if (occurrence.offset >= message.endOffset) return undefined;
    if (occurrence.kind === 'status-line' && occurrence.messageIndex === index) return occurrence;
  }
  return undefined;
}

/**
 * Indexes of the occurrences inside a message's span, for re-checking a call's status lines. One
 * search for the first, from `from` on when the caller knows none before it is inside (the end of
 * the previous message of the same call); the end is walked to, since the caller visits each anyway.
 */
export function occurrencesOfMessage(
  occurrences: readonly Occurrence[],
  message: SipMessage,
  from = 0,
): [number, number] {
  const first = firstStartingAtOrAfterFrom(occurrences, message.startOffset, from);
  let end = first;
  while (end < occurrences.length && (occurrences[end] as Occurrence).offset < message.endOffset) end++;
  return [first, end];
}
