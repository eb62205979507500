/**
 * The closed sets a call is described by: the server's call model (server/src/calls), the LSP
 * messages (protocol.ts) and the client's Calls view all name states and kinds from here.
 */

/** What a call was. */
export type CallKind = 'call' | 'registration' | 'subscription' | 'message' | 'options' | 'other';

/**
 * How it ended, a closed set. `answered` is an INVITE with a 2xx; `succeeded` a 2xx to any other
 * request; `no-answer` a 408 or 480, or no final response long after the request (stuck);
 * `in-progress` no final response yet, at the end of a log that stops within the request's timers.
 */
export const CALL_STATES = [
  'answered',
  'succeeded',
  'busy',
  'declined',
  'cancelled',
  'not-found',
  'rejected',
  'auth-failed',
  'no-answer',
  'redirected',
  'in-progress',
] as const;

export type CallState = (typeof CALL_STATES)[number];

/** The states that count as a failure (`--state failed`, the status bar's "failed"), most telling first. */
export const FAILED_CALL_STATES: readonly CallState[] = [
  'busy',
  'declined',
  'not-found',
  'rejected',
  'auth-failed',
  'no-answer',
];
