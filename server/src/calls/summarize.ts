/**
 * One summary per call (Call-ID), in the order the calls first appear: what it was, how it ended,
 * when, and between whom. A pure function of the analysis and its text: the same analysis, fresh
 * or incrementally updated, gives the same summaries. Each summary's `timing` is read from the
 * log's stamps on its first read (a few lines per message): the state, code and parties cost one
 * pass over each call's transactions and its first message's headers.
 */
import { LineIndex } from '../analysis/lineIndex';
import { elapsedMs, type LogTime } from '../analysis/logTime';
import type { Analysis, Call, Transaction } from '../analysis/types';
import { CallContext, type SummaryText } from './context';
import type { SummarySource } from './source';
import { settleWaiting, stateOfFinal, waitingOf, type Waiting } from './state';
import type { CallKind, CallState, CallSummary, CallTiming } from './types';

/** The summaries of every call of `analysis`, the analysis of `text` (`lines` indexes the same text). */
export function summarizeCalls(text: string, analysis: Analysis, lines?: LineIndex): CallSummary[] {
  return analysis.calls.map(callSummarizer(text, analysis, lines));
}

/**
 * The summary of one call of `analysis` at a time, sharing one context (times read once): for the
 * editor, which summarises a big log's calls a batch at a time and yields to other requests between.
 */
export function callSummarizer(text: SummaryText, analysis: Analysis, lines?: LineIndex): CallSummarizer {
  const source = typeof text === 'string' ? text : text.source;
  const index = lines?.textLength === source.length ? lines : new LineIndex(source);
  const context = new CallContext(text, index, analysis);
  return Object.assign((call: Call) => summarizeCall(context, call), { logEnd: () => context.logEnd() });
}

export interface CallSummarizer {
  (call: Call): CallSummary;
  /** The log's last time, where "now" is for a call without a final response (in progress or stuck). */
  readonly logEnd: () => LogTime | undefined;
}

const KIND_OF_METHOD: ReadonlyMap<string, CallKind> = new Map([
  ['INVITE', 'call'],
  ['REGISTER', 'registration'],
  ['SUBSCRIBE', 'subscription'],
  ['NOTIFY', 'subscription'],
  ['MESSAGE', 'message'],
  ['OPTIONS', 'options'],
]);

/** An INVITE anywhere makes it a call; otherwise its first transaction's method decides. */
function kindOf(call: Call): CallKind {
  if (call.transactions.some((t) => t.method === 'INVITE')) return 'call';
  const first = call.transactions[0]?.method;
  return first === undefined ? 'other' : (KIND_OF_METHOD.get(first) ?? 'other');
}

/** The transactions that carry the call's purpose: its INVITEs, REGISTERs..., or the first one's method. */
function primaryTransactions(call: Call, kind: CallKind): Transaction[] {
  const { transactions } = call;
  if (kind === 'subscription' && transactions.some((t) => t.method === 'SUBSCRIBE'))
    return transactions.filter((t) => t.method === 'SUBSCRIBE');
  const method = kind === 'call' ? 'INVITE' : transactions[0]?.method;
  return transactions.filter((t) => t.method === method);
}

/** The summary of `call`, read through `source`: the one summary algorithm of the whole text and the stream. */
export function summarizeCall(source: SummarySource, call: Call): CallSummary {
  const { summary, waiting } = summarizeBeforeEnd(source, call);
  if (waiting === undefined) return summary;
  (summary as Mutable<CallRecord>).state = settleWaiting(waiting, source.logEnd());
  return summary;
}

/**
 * A summary that may not know its state yet: a call with no final response and no CANCEL is in
 * progress or stuck depending on how long the log goes on after it (`waiting`). A stream summarises
 * a call when it closes, before the log's last time is known: its state is `no-answer` until
 * `settleWaiting(waiting, logEnd)` gives the true one at the end. Nothing else in the summary
 * depends on the log's end.
 */
export interface PendingSummary {
  readonly summary: CallSummary;
  readonly waiting?: Waiting;
}

/** A pending summary made final once the log's last time is known: a copy when its state was waiting on it. */
export function settledSummary(pending: PendingSummary, logEnd: LogTime | undefined): CallSummary {
  const { summary, waiting } = pending;
  return waiting === undefined ? summary : { ...summary, state: settleWaiting(waiting, logEnd) };
}

export function summarizeBeforeEnd(context: SummarySource, call: Call): PendingSummary {
  const kind = kindOf(call);
  const primary = primaryTransactions(call, kind);
  const codeOf = (index: number | undefined) => (index === undefined ? undefined : context.message(index).statusCode);
  const success = primary.find((t) => isSuccess(codeOf(t.finalResponse)));
  const decided = success ?? lastWithFinal(primary);
  const finalIndex = decided?.finalResponse;
  const finalCode = codeOf(finalIndex);
  const bye = call.transactions.find((t) => t.method === 'BYE');
  const decision = stateOf(context, call, kind, primary, finalCode);
  const state = typeof decision === 'string' ? decision : 'no-answer';
  const first = primary[0]?.request ?? call.messages[0] ?? 0;
  const firstMessage = context.message(first);
  const parties = context.callers(first);
  const summary = new CallRecord(
    call.callId,
    kind,
    state,
    kind === 'call' && bye !== undefined,
    call.messages.length,
    call.messages[0] ?? first,
    { context, call, first, primary, decided, bye },
  );
  // Absent values are left out, as JSON and the renderers expect.
  const mutable = summary as Mutable<CallRecord>;
  if (finalCode !== undefined) mutable.finalCode = finalCode;
  const phrase = finalIndex === undefined ? undefined : context.message(finalIndex).reasonPhrase;
  if (phrase) mutable.finalPhrase = phrase;
  if (firstMessage.requestUri !== undefined) mutable.requestUri = firstMessage.requestUri;
  if (parties.from !== undefined) mutable.from = parties.from;
  if (parties.to !== undefined) mutable.to = parties.to;
  return typeof decision === 'string' ? { summary } : { summary, waiting: decision };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What a call's timing and user agent are read from, kept (privately) until first asked for. */
interface TimingSource {
  readonly context: SummarySource;
  readonly call: Call;
  readonly first: number;
  readonly primary: readonly Transaction[];
  readonly decided: Transaction | undefined;
  readonly bye: Transaction | undefined;
}

/**
 * A summary whose `timing` (read from the log's stamps) and `userAgent` (the first request's
 * User-Agent, else the first response's Server) are read on first access, then kept: a list reads
 * only the rows in view, the statistics read them all once. `toJSON` writes them like any property.
 */
class CallRecord implements CallSummary {
  declare readonly finalCode?: number;
  declare readonly finalPhrase?: string;
  declare readonly requestUri?: string;
  declare readonly from?: CallSummary['from'];
  declare readonly to?: CallSummary['to'];
  #timing: CallTiming | undefined;
  #userAgent: string | null | undefined;
  #source: TimingSource;

  constructor(
    readonly callId: string,
    readonly kind: CallKind,
    readonly state: CallState,
    readonly endedWithBye: boolean,
    readonly messageCount: number,
    readonly firstMessage: number,
    source: TimingSource,
  ) {
    this.#source = source;
  }

  get timing(): CallTiming {
    if (this.#timing === undefined) {
      const { context, call, primary, decided, bye } = this.#source;
      this.#timing =
        this.kind === 'call'
          ? callTiming(context, call, primary, decided, bye)
          : exchangeTiming(context, primary, decided);
    }
    return this.#timing;
  }

  get userAgent(): string | undefined {
    if (this.#userAgent === undefined) {
      const { context, call, first } = this.#source;
      this.#userAgent = context.userAgent(first) ?? serverOf(context, call) ?? null;
    }
    return this.#userAgent ?? undefined;
  }

  toJSON(): CallSummary {
    const userAgent = this.userAgent;
    return { ...this, ...(userAgent !== undefined ? { userAgent } : {}), timing: this.timing };
  }
}

function isSuccess(code: number | undefined): boolean {
  return code !== undefined && code >= 200 && code < 300;
}

function lastWithFinal(transactions: readonly Transaction[]): Transaction | undefined {
  for (let i = transactions.length - 1; i >= 0; i--) {
    if ((transactions[i] as Transaction).finalResponse !== undefined) return transactions[i];
  }
  return undefined;
}

/** The state the final response or a CANCEL gives; else what the state waits on (state.ts). */
function stateOf(
  context: SummarySource,
  call: Call,
  kind: CallKind,
  primary: readonly Transaction[],
  finalCode: number | undefined,
): CallState | Waiting {
  if (finalCode !== undefined) return stateOfFinal(kind, finalCode);
  if (kind === 'call' && call.transactions.some((t) => t.method === 'CANCEL')) return 'cancelled';
  const provisional = primary.some((t) => t.responses.length > 0);
  return waitingOf(kind, provisional, context.timeOf(call.messages[call.messages.length - 1]));
}

/** The Server of the call's first response: what names the far end when the first request has no User-Agent. */
function serverOf(context: SummarySource, call: Call): string | undefined {
  const response = call.messages.find((index) => context.message(index).kind === 'response');
  return response === undefined ? undefined : context.userAgent(response);
}

/** The first response (in text order) across `transactions` with a code in `[low, high)`. */
function firstResponse(
  context: SummarySource,
  transactions: readonly Transaction[],
  low: number,
  high: number,
): number | undefined {
  let first: number | undefined;
  for (const t of transactions) {
    for (const index of t.responses) {
      if (first !== undefined && index >= first) break;
      const code = context.message(index).statusCode ?? 0;
      if (code >= low && code < high) first = index;
    }
  }
  return first;
}

function callTiming(
  context: SummarySource,
  call: Call,
  invites: readonly Transaction[],
  decided: Transaction | undefined,
  bye: Transaction | undefined,
): CallTiming {
  const start = context.timeOf(invites[0]?.request ?? call.messages[0]);
  const firstProvisional = context.timeOf(firstResponse(context, invites, 0, 200));
  const first18x = context.timeOf(firstResponse(context, invites, 180, 190));
  const answered = decided !== undefined && isSuccess(context.message(decided.finalResponse ?? 0).statusCode);
  const answer = answered ? context.timeOf(decided?.finalResponse) : undefined;
  const byeTime = context.timeOf(bye?.request);
  const cancel = () => call.transactions.find((t) => t.method === 'CANCEL')?.request;
  const end = byeTime ?? (answered ? undefined : (context.timeOf(decided?.finalResponse) ?? context.timeOf(cancel())));
  // The request delay of the INVITE that decided the call: a digest challenge before it is not setup time.
  const setupFrom = context.timeOf(decided?.request);
  const setupTo = decided ? context.timeOf(firstResponse(context, [decided], 101, Infinity)) : undefined;
  return withDefined({
    start,
    firstProvisional,
    first18x,
    answer,
    end,
    setupDelayMs: elapsedMs(setupFrom, setupTo),
    timeToAnswerMs: elapsedMs(start, answer),
    durationMs: elapsedMs(answer, byeTime),
    disconnectDelayMs: elapsedMs(byeTime, context.timeOf(bye?.finalResponse)),
  });
}

/**
 * Timing of a registration, subscription, MESSAGE, OPTIONS or other exchange: from its first request
 * to the final response that decided it; the request delay is that of the deciding transaction alone
 * (after a digest challenge, the retry that carried credentials: RFC 6076 §4.1 times the REGISTER
 * "containing the necessary information").
 */
function exchangeTiming(
  context: SummarySource,
  primary: readonly Transaction[],
  decided: Transaction | undefined,
): CallTiming {
  const start = context.timeOf(primary[0]?.request);
  const end = context.timeOf(decided?.finalResponse);
  return withDefined({ start, end, requestDelayMs: elapsedMs(context.timeOf(decided?.request), end) });
}

/** The timing without its undefined properties (they would print as `null` in JSON and clutter tests). */
function withDefined(timing: { -readonly [K in keyof CallTiming]: CallTiming[K] | undefined }): CallTiming {
  const result: { -readonly [K in keyof CallTiming]?: CallTiming[K] } = {};
  for (const key in timing) {
    const value = timing[key as keyof CallTiming];
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}
