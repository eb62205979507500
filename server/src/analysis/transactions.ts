/**
 * Pairs responses with requests and groups messages into calls. A transaction is keyed by
 * Call-ID + CSeq number + CSeq method (RFC 3261 §17.1.3 also uses the top Via branch): ACK and
 * CANCEL carry their own CSeq method, so a CANCEL and its INVITE share the number but are two
 * transactions, and the 487 answers the INVITE. Where both sides have a branch, differing
 * branches split transactions, so a proxy's incoming and outgoing legs stay apart while
 * retransmissions (same branch) join.
 */
import type { Call, SipMessage } from './types';

/** The output objects, built in place (no drafts to copy) and exposed read-only. */
interface TransactionBuilder {
  readonly callId: string;
  readonly cseqNumber: number;
  readonly method: string;
  request: number | undefined;
  readonly responses: number[];
  finalResponse: number | undefined;
}

interface CallBuilder {
  readonly callId: string;
  readonly messages: number[];
  readonly transactions: TransactionBuilder[];
  /** Top Via branch of each transaction, by position; dropped from the result. */
  readonly branches: Array<string | undefined>;
}

/**
 * How many of a call's latest transactions a message is matched against. Responses follow
 * their request closely; the bound keeps a call with thousands of transactions (OPTIONS
 * keepalives reusing one Call-ID) linear.
 */
const MATCH_WINDOW = 64;

/** The transaction this message belongs to, created (and added to the call) when new. */
function transactionFor(
  call: CallBuilder,
  message: SipMessage,
  cseqNumber: number,
  method: string,
): TransactionBuilder {
  const branch = message.viaBranch;
  const { transactions, branches } = call;
  const floor = Math.max(0, transactions.length - MATCH_WINDOW);
  for (let i = transactions.length - 1; i >= floor; i--) {
    const transaction = transactions[i] as TransactionBuilder;
    if (transaction.cseqNumber !== cseqNumber || transaction.method !== method) continue;
    const known = branches[i];
    if (known !== undefined && branch !== undefined && known !== branch) continue;
    if (known === undefined) branches[i] = branch;
    return transaction;
  }
  const created: TransactionBuilder = {
    callId: call.callId,
    cseqNumber,
    method,
    request: undefined,
    responses: [],
    finalResponse: undefined,
  };
  transactions.push(created);
  branches.push(branch);
  return created;
}

/** Groups messages by Call-ID in order of first appearance. Messages without Call-ID are left out. */
export function groupCalls(messages: readonly SipMessage[]): Call[] {
  const calls = new Map<string, CallBuilder>();
  for (const message of messages) {
    if (message.callId === undefined) continue;
    let call = calls.get(message.callId);
    if (call === undefined) {
      call = newCall(message.callId);
      calls.set(message.callId, call);
    }
    addMessage(call, message);
  }
  return [...calls.values()].map(toCall);
}

/**
 * The calls after messages from `firstChanged` on were replaced (an edit near the end of the
 * log, where no message after the edit shifted its index). Calls without a message at or
 * after `firstChanged`, and not joined by a new one, are kept as they are; the others are
 * replayed from their messages, so the result equals `groupCalls(messages)`.
 */
export function groupCallsAfterTailChange(
  previous: readonly Call[],
  messages: readonly SipMessage[],
  firstChanged: number,
): Call[] {
  const tailIds = new Set<string>();
  for (let i = firstChanged; i < messages.length; i++) {
    const callId = (messages[i] as SipMessage).callId;
    if (callId !== undefined) tailIds.add(callId);
  }
  const slots: Array<Call | CallBuilder> = [];
  const replayed = new Map<string, CallBuilder>();
  for (const call of previous) {
    const touched = (call.messages[call.messages.length - 1] ?? -1) >= firstChanged || tailIds.has(call.callId);
    if (!touched) slots.push(call);
    else if ((call.messages[0] ?? -1) < firstChanged) {
      const builder = newCall(call.callId);
      for (const index of call.messages) if (index < firstChanged) addMessage(builder, messages[index] as SipMessage);
      replayed.set(call.callId, builder);
      slots.push(builder);
    }
  }
  for (let i = firstChanged; i < messages.length; i++) {
    const message = messages[i] as SipMessage;
    if (message.callId === undefined) continue;
    let builder = replayed.get(message.callId);
    if (builder === undefined) {
      builder = newCall(message.callId);
      replayed.set(message.callId, builder);
      slots.push(builder);
    }
    addMessage(builder, message);
  }
  return slots.map((slot) => ('branches' in slot ? toCall(slot) : slot));
}

function newCall(callId: string): CallBuilder {
  return { callId, messages: [], transactions: [], branches: [] };
}

function addMessage(call: CallBuilder, message: SipMessage): void {
  call.messages.push(message.index);
  if (message.cseqNumber === undefined || message.cseqMethod === undefined) return;
  record(transactionFor(call, message, message.cseqNumber, message.cseqMethod), message);
}

function toCall({ callId, messages, transactions }: CallBuilder): Call {
  return { callId, messages, transactions };
}

function record(transaction: TransactionBuilder, message: SipMessage): void {
  if (message.kind === 'request') {
    transaction.request ??= message.index; // later copies are retransmissions
    return;
  }
  transaction.responses.push(message.index);
  if (transaction.finalResponse === undefined && (message.statusCode ?? 0) >= 200)
    transaction.finalResponse = message.index;
}
