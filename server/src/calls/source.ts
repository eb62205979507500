/**
 * What a call summary reads of its messages besides the call's shape (its transactions): each
 * message's SIP fields, its time, and From, To and User-Agent/Server of the few messages that name
 * the parties. One interface, two readers: `CallContext` reads them from the whole text on demand;
 * the stream (server/src/stream/summaryFacts.ts) reads them while each message's window is at hand
 * and keeps them with the call until it is summarised. So there is one summary algorithm
 * (summarize.ts) for both.
 */
import type { LogTime } from '../analysis/logTime';
import type { MessageFacts } from '../analysis/messageFacts';
import type { SipMessage } from '../analysis/types';

export interface SummarySource {
  /** Message `index` (an index into the whole log's messages). */
  message(index: number): SipMessage;
  /** From and To of message `index`. */
  callers(index: number): Pick<MessageFacts, 'from' | 'to'>;
  /** User-Agent (request) or Server (response) of message `index`. */
  userAgent(index: number): string | undefined;
  /** The time the log gave message `index`; undefined for none (or no index). */
  timeOf(index: number | undefined): LogTime | undefined;
  /**
   * The time of the log's last timed message: where "now" is for a call still waiting. A stream
   * knows it only at its end: its summaries of waiting calls are settled then (summarize.ts).
   */
  logEnd(): LogTime | undefined;
}
