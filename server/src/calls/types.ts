/**
 * The call model: one summary per Call-ID, a pure function of the analysis and its text. The CLI
 * prints it; the editor's Calls view, status bar and statistics render the same objects.
 */
import type { LogTime } from '../analysis/logTime';
import type { Party } from '../analysis/parties';
import { FAILED_CALL_STATES, type CallKind, type CallState } from '../../../catalog/src/call-vocabulary';

// What the Call-ID's first request set out to do, and how it ended: shared with the protocol and the view.
export { CALL_STATES, type CallKind, type CallState } from '../../../catalog/src/call-vocabulary';

/** The states that count as a failure (`--state failed`, the status bar's "failed"). */
export const FAILED_STATES: ReadonlySet<CallState> = new Set(FAILED_CALL_STATES);

/** When things happened, as far as the log has times; durations only between times of one date kind. */
export interface CallTiming {
  readonly start?: LogTime;
  readonly firstProvisional?: LogTime;
  readonly first18x?: LogTime;
  readonly answer?: LogTime;
  readonly end?: LogTime;
  /** From the INVITE to its first response other than 100 Trying (RFC 6076 §4.3's request delay). */
  readonly setupDelayMs?: number;
  /** From the INVITE to its 2xx. */
  readonly timeToAnswerMs?: number;
  /** From the 2xx to the BYE (RFC 6076 §4.5's session duration). */
  readonly durationMs?: number;
  /** From the BYE to its final response (RFC 6076 §4.4). */
  readonly disconnectDelayMs?: number;
  /** From the request of the transaction that decided a non-INVITE exchange to its final response (RFC 6076 §4.1). */
  readonly requestDelayMs?: number;
}

export interface CallSummary {
  readonly callId: string;
  readonly kind: CallKind;
  readonly state: CallState;
  /** The final response code that decided the state, when one did. */
  readonly finalCode?: number;
  readonly finalPhrase?: string;
  /** An answered INVITE dialog that a BYE ended. */
  readonly endedWithBye: boolean;
  /** Request-URI of the first request. */
  readonly requestUri?: string;
  readonly from?: Party;
  readonly to?: Party;
  /** User-Agent of the first request, else Server of the first response. */
  readonly userAgent?: string;
  readonly messageCount: number;
  /** Index into Analysis.messages of the call's first message (to reveal it). */
  readonly firstMessage: number;
  /** Computed on first read (then kept): rendering only the rows in view reads only theirs. */
  readonly timing: CallTiming;
}
