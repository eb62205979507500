/**
 * The state of a call from the final response that decided it (RFC 3261 §21 classes), and how a
 * call without one is told apart: still waiting, or stuck past the timers that would have ended it.
 */
import { elapsedMs, type LogTime } from '../analysis/logTime';
import type { CallKind, CallState } from './types';

/** The codes that name a state of their own; other 4xx–6xx are `rejected`. */
const STATE_OF_CODE: ReadonlyMap<number, CallState> = new Map([
  [401, 'auth-failed'],
  [407, 'auth-failed'],
  [486, 'busy'],
  [600, 'busy'],
  [603, 'declined'],
  [607, 'declined'],
  [404, 'not-found'],
  [410, 'not-found'],
  [604, 'not-found'],
  [487, 'cancelled'],
  [408, 'no-answer'],
  [480, 'no-answer'],
]);

/** The state a final response gives: answered (INVITE) or succeeded (other) for 2xx, redirected for 3xx. */
export function stateOfFinal(kind: CallKind, code: number): CallState {
  if (code < 300) return kind === 'call' ? 'answered' : 'succeeded';
  if (code < 400) return 'redirected';
  return STATE_OF_CODE.get(code) ?? 'rejected';
}

/** Timer B and F: 64·T1 = 32 s, after which a request with no response fails (RFC 3261 §17.1.1.2, §17.1.2.2). */
export const TIMER_B_MS = 32_000;
/** Timer C: a proxy gives up on a ringing INVITE after more than 3 minutes (RFC 3261 §16.6 step 11). */
export const TIMER_C_MS = 180_000;

/**
 * A call with no final response and no CANCEL: still in progress when the log ends within the
 * timers after its last message (`since`), otherwise stuck. Known only with the log's end: a
 * stream keeps this (a time and a number) and settles the state when its input ends.
 */
export interface Waiting {
  readonly since?: LogTime;
  readonly limitMs: number;
}

/** Timer C once it rang (an INVITE with a provisional response), Timer B before. */
export function waitingOf(kind: CallKind, provisional: boolean, since: LogTime | undefined): Waiting {
  const limitMs = kind === 'call' && provisional ? TIMER_C_MS : TIMER_B_MS;
  return since === undefined ? { limitMs } : { since, limitMs };
}

/** The state of a waiting call once the log's last time is known; without times the log cannot tell: no answer. */
export function settleWaiting(waiting: Waiting, logEnd: LogTime | undefined): CallState {
  return stateAfter(elapsedMs(waiting.since, logEnd), waiting.limitMs);
}

function stateAfter(waitedMs: number | undefined, limitMs: number): CallState {
  return waitedMs !== undefined && waitedMs < limitMs ? 'in-progress' : 'no-answer';
}

/**
 * A call with no final response: cancelled when a CANCEL was sent; still in progress when the log
 * ends within the timers after its last message (Timer C once it rang, Timer B before); otherwise
 * stuck, reported as no answer. Without times the log cannot tell: by its end nothing answered.
 */
export function stateWithoutFinal(
  kind: CallKind,
  cancelled: boolean,
  provisional: boolean,
  waitedMs: number | undefined,
): CallState {
  if (cancelled) return 'cancelled';
  return stateAfter(waitedMs, waitingOf(kind, provisional, undefined).limitMs);
}
