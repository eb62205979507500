import type { Analysis, Call, Occurrence, SipMessage, Transaction } from '../analysis/types';

/**
 * Lookups the rules need, built once per document in linear time so that no rule ever scans
 * the message list again: a 50 MB log holds ~500k messages and quadratic work would freeze
 * the server.
 */
export interface FlowIndex {
  readonly messages: readonly SipMessage[];
  readonly occurrences: readonly Occurrence[];
  /** The transaction a message (request or response) belongs to. */
  transactionOf(messageIndex: number): Transaction | undefined;
  /** The `SIP/2.0 486 ...` occurrence of a response message. */
  statusLineOf(messageIndex: number): Occurrence | undefined;
  /** The request a transaction answers: its own, else the first same Call-ID/CSeq/method request. */
  requestOf(transaction: Transaction): SipMessage | undefined;
  /**
   * The responses that answer a transaction's request: its own and, for the request `requestOf`
   * names, those of same-key transactions that have no request (their Via branch matched none).
   * The mirror of `requestOf`, so a response and its request always see each other.
   */
  responsesOf(transaction: Transaction): readonly number[];
  /** True when a CANCEL (or a response to one) with this Call-ID and CSeq number is in the log. */
  wasCancelled(callId: string, cseqNumber: number): boolean;
  /** Indexes of requests carrying Authorization/Proxy-Authorization, in text order. */
  credentialedRequests(callId: string, method: string): readonly number[];
}

const NONE: readonly number[] = [];

export function transactionKey(callId: string, cseqNumber: number, method: string): string {
  return `${callId}\n${cseqNumber}\n${method}`;
}

/**
 * Every transaction of `calls`, call by call. A plain loop: `flatMap` over a 50 MB log's 16k calls
 * cost about ten times as much, and the rules and the first hover each needed it twice.
 */
export function transactionsOf(calls: readonly Call[]): Transaction[] {
  let count = 0;
  for (const call of calls) count += call.transactions.length;
  const all = new Array<Transaction>(count);
  let at = 0;
  for (const call of calls) for (const transaction of call.transactions) all[at++] = transaction;
  return all;
}

/**
 * The transaction a message (request or response) belongs to. Shared by the rules and the
 * hover card, so both read the same call flow. `transactions` must be `transactionsOf(analysis.calls)`.
 */
export function transactionLookup(
  analysis: Analysis,
  transactions: readonly Transaction[] = transactionsOf(analysis.calls),
): (messageIndex: number) => Transaction | undefined {
  const byMessage = indexTransactionsByMessage(transactions, analysis.messages.length);
  return transactionLookupOver(analysis.messages, transactions, (index) => {
    const at = byMessage[index];
    return at === undefined || at === 0 ? undefined : transactions[at - 1];
  });
}

/** `transactionOf` over `transactions`, given where their own requests and responses are. */
export function transactionLookupOver(
  messages: readonly SipMessage[],
  transactions: readonly Transaction[],
  ownTransaction: (messageIndex: number) => Transaction | undefined,
): (messageIndex: number) => Transaction | undefined {
  // A fallback for untidy logs, built on first use only: most documents never need it.
  const lazyByKey = lazy(() => indexTransactionsByKey(transactions));
  // A retransmitted request copy may not be the transaction's `request`: fall back to its key.
  return (index) => ownTransaction(index) ?? lazyByKey().get(messageKey(messages[index]));
}

/**
 * The lookups a FlowIndex answers from the requests of the log: over every message, or over
 * `indexes` only (the messages of a few calls, for incremental rules).
 */
export function requestLookups(
  messages: readonly SipMessage[],
  transactions: readonly Transaction[],
  indexes?: readonly number[],
): Pick<FlowIndex, 'requestOf' | 'responsesOf' | 'wasCancelled' | 'credentialedRequests'> {
  // Built on first use, like the rest: the hover asks only `requestOf`, which needs none of them
  // when the transaction holds its request (a cold pass over a 50 MB log's messages took 30 ms).
  const lazyRequests = lazy(() => indexRequests(messages, indexes));
  const lazyFirstRequest = lazy(() => indexFirstRequests(messages, indexes));
  const lazyOrphans = lazy(() => indexOrphanResponses(transactions));
  const messageAt = (index: number | undefined) => (index === undefined ? undefined : messages[index]);
  const keyOf = (tx: Transaction) => transactionKey(tx.callId, tx.cseqNumber, tx.method);
  return {
    requestOf: (tx) => messageAt(tx.request) ?? messageAt(lazyFirstRequest().get(keyOf(tx))),
    responsesOf: (tx) => {
      // Most logs have no orphan response at all: then no key is built for any transaction.
      const orphansByKey = tx.request === undefined ? undefined : lazyOrphans();
      if (!orphansByKey || orphansByKey.size === 0) return tx.responses;
      const key = keyOf(tx);
      const orphans = orphansByKey.get(key);
      if (!orphans || lazyFirstRequest().get(key) !== tx.request) return tx.responses;
      return [...tx.responses, ...orphans].sort((a, b) => a - b);
    },
    wasCancelled: (callId, cseqNumber) => lazyRequests().cancelled.get(callId)?.has(cseqNumber) === true,
    credentialedRequests: (callId, method) => lazyRequests().credentialed.get(callId)?.get(method) ?? NONE,
  };
}

export function buildFlowIndex(analysis: Analysis): FlowIndex {
  const { messages } = analysis;
  const statusLines = indexStatusLines(analysis.occurrences, messages.length);
  const transactions = transactionsOf(analysis.calls);
  return {
    messages,
    occurrences: analysis.occurrences,
    transactionOf: transactionLookup(analysis, transactions),
    statusLineOf: (index) => analysis.occurrences[(statusLines[index] ?? 0) - 1],
    ...requestLookups(messages, transactions),
  };
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** For each message, 1 + the index in `transactions` of the last one recording it (0 = none): no garbage to trace. */
function indexTransactionsByMessage(transactions: readonly Transaction[], messageCount: number): Int32Array {
  const byMessage = new Int32Array(messageCount);
  for (let t = 0; t < transactions.length; t++) {
    const tx = transactions[t] as Transaction;
    if (tx.request !== undefined) byMessage[tx.request] = t + 1;
    for (const response of tx.responses) byMessage[response] = t + 1;
  }
  return byMessage;
}

function indexTransactionsByKey(transactions: readonly Transaction[]): Map<string, Transaction> {
  const byKey = new Map<string, Transaction>();
  for (const tx of transactions) {
    const key = transactionKey(tx.callId, tx.cseqNumber, tx.method);
    if (!byKey.has(key)) byKey.set(key, tx);
  }
  return byKey;
}

/**
 * The responses of transactions that have no request, by key: a response whose Via branch
 * matched no request of its Call-ID/CSeq/method (a log that rewrites or drops branches).
 */
function indexOrphanResponses(transactions: readonly Transaction[]): Map<string, number[]> {
  const orphans = new Map<string, number[]>();
  for (const tx of transactions) {
    if (tx.request !== undefined) continue;
    for (const response of tx.responses) pushTo(orphans, transactionKey(tx.callId, tx.cseqNumber, tx.method), response);
  }
  return orphans;
}

function messageKey(message: SipMessage | undefined): string {
  const method = message?.cseqMethod ?? message?.method;
  if (message?.callId === undefined || message.cseqNumber === undefined || method === undefined) return '';
  return transactionKey(message.callId, message.cseqNumber, method);
}

/** For each message, 1 + the index of its status-line occurrence (0 = none): no Map, no garbage. */
function indexStatusLines(occurrences: readonly Occurrence[], messageCount: number): Int32Array {
  const byMessage = new Int32Array(messageCount);
  occurrences.forEach((occurrence, i) => {
    const { kind, messageIndex } = occurrence;
    if (kind === 'status-line' && messageIndex >= 0 && messageIndex < messageCount && byMessage[messageIndex] === 0) {
      byMessage[messageIndex] = i + 1;
    }
  });
  return byMessage;
}

/** Visits `indexes` in order, or every message when it is undefined (no 500k-entry list for a whole log). */
function forEachMessage(
  messages: readonly SipMessage[],
  indexes: readonly number[] | undefined,
  visit: (message: SipMessage, index: number) => void,
): void {
  if (indexes === undefined) messages.forEach(visit);
  else for (const index of indexes) visit(messages[index] as SipMessage, index);
}

function indexFirstRequests(messages: readonly SipMessage[], indexes?: readonly number[]): Map<string, number> {
  const firstRequest = new Map<string, number>();
  forEachMessage(messages, indexes, (message, index) => {
    const { callId, cseqNumber, method } = message;
    if (message.kind !== 'request' || callId === undefined || cseqNumber === undefined || method === undefined) return;
    const key = transactionKey(callId, cseqNumber, method);
    if (!firstRequest.has(key)) firstRequest.set(key, index);
  });
  return firstRequest;
}

/** CANCELled CSeq numbers and credentialed requests per Call-ID: no key string built per message. */
function indexRequests(messages: readonly SipMessage[], indexes?: readonly number[]) {
  const cancelled = new Map<string, Set<number>>();
  const credentialed = new Map<string, Map<string, number[]>>();
  forEachMessage(messages, indexes, (message, index) => {
    const { callId, cseqNumber } = message;
    if (callId === undefined || cseqNumber === undefined) return;
    // A CANCEL's own 200/481 proves it was sent even when the CANCEL itself is not in the capture.
    if (message.method === 'CANCEL' || message.cseqMethod === 'CANCEL') {
      const numbers = cancelled.get(callId);
      if (numbers) numbers.add(cseqNumber);
      else cancelled.set(callId, new Set([cseqNumber]));
    }
    if (message.kind === 'request' && message.hasCredentials && message.method !== undefined) {
      let byMethod = credentialed.get(callId);
      if (!byMethod) credentialed.set(callId, (byMethod = new Map()));
      pushTo(byMethod, message.method, index);
    }
  });
  return { cancelled, credentialed };
}

export function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
