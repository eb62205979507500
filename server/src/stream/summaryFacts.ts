/**
 * What a call summary reads of its messages, taken from each window while its text is at hand and
 * kept, compact, with the call until it is summarised (calls.ts): each message's time, and From,
 * To and User-Agent/Server of the few messages a summary may name its parties from. The whole-text
 * reader (calls/context.ts) reads the same facts with the same functions, on demand; both answer
 * the summary through `SummarySource`, so the summary algorithm is one (calls/summarize.ts).
 */
import type { LogTime } from '../analysis/logTime';
import { messageParties, messageTimeOnLine, type MessageFacts } from '../analysis/messageFacts';
import type { SipMessage } from '../analysis/types';
import type { SummarySource } from '../calls/source';
import type { StreamMessage, WindowFacts, WindowText } from './types';

type Parties = Pick<MessageFacts, 'from' | 'to' | 'userAgent'>;

/** How many messages from the end the log's last time is searched in (as CallContext.logEnd does). */
const LAST_TIME_REACH = 64;

/** One call's messages and what its summary reads of them. */
export class KeptCall {
  readonly messages: StreamMessage[] = [];
  /** Parallel to `messages`: each one's time (undefined: none). */
  readonly times: Array<LogTime | undefined> = [];
  /** By stream index: the parties of the messages a summary may read them from (see `wantsParties`). */
  readonly parties = new Map<number, Parties>();
  /** The CSeq number of the first message of each CSeq method: that transaction's request may name the parties. */
  private readonly firstCseq = new Map<string, number>();
  private sawResponse = false;
  /** Where its last message ends (the horizon counts from there). */
  last = 0;

  constructor(readonly callId: string) {}

  get first(): number {
    return (this.messages[0] as StreamMessage).streamIndex;
  }

  /**
   * Whether the summary may read this message's parties: the call's first message; the request of
   * the first transaction of each method (the summary names the parties from the first INVITE,
   * SUBSCRIBE, or first transaction's request: any of them, as the call's kind is known only once it
   * has ended); the first response (its Server names the far end when no request has a User-Agent).
   * A request repeating that CSeq (a retransmission, another branch) is kept too: a few more, never fewer.
   */
  wantsParties(message: SipMessage): boolean {
    const { cseqMethod, cseqNumber } = message;
    let wanted = this.messages.length === 0;
    if (cseqMethod !== undefined && cseqNumber !== undefined) {
      const first = this.firstCseq.get(cseqMethod);
      if (first === undefined) this.firstCseq.set(cseqMethod, cseqNumber);
      if (message.kind === 'request' && (first ?? cseqNumber) === cseqNumber) wanted = true;
    }
    if (message.kind === 'response' && !this.sawResponse) {
      this.sawResponse = true;
      wanted = true;
    }
    return wanted;
  }

  add(message: StreamMessage, time: LogTime | undefined, parties: Parties | undefined): void {
    this.messages.push(message);
    this.times.push(time);
    if (parties !== undefined) this.parties.set(message.streamIndex, parties);
    this.last = message.endOffset;
  }
}

/** A kept call read as a summary reads the whole text (its messages by their index in the whole log). */
export class KeptCallSource implements SummarySource {
  private readonly at = new Map<number, number>();

  constructor(private readonly call: KeptCall) {
    call.messages.forEach((message, i) => this.at.set(message.streamIndex, i));
  }

  message(index: number): SipMessage {
    return this.call.messages[this.position(index)] as SipMessage;
  }

  callers(index: number): Pick<MessageFacts, 'from' | 'to'> {
    const { from, to } = this.parties(index);
    return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }

  userAgent(index: number): string | undefined {
    return this.parties(index).userAgent;
  }

  timeOf(index: number | undefined): LogTime | undefined {
    return index === undefined ? undefined : this.call.times[this.position(index)];
  }

  /** Not known before the stream ends: the stream summarises with `summarizeBeforeEnd`, which never asks. */
  logEnd(): LogTime | undefined {
    throw new Error('sip-lens: a streamed call summary asked for the log end before the end');
  }

  private position(index: number): number {
    const position = this.at.get(index);
    if (position === undefined) throw new Error(`sip-lens: message ${index} is not in call ${this.call.callId}`);
    return position;
  }

  private parties(index: number): Parties {
    const parties = this.call.parties.get(index);
    if (parties === undefined) throw new Error(`sip-lens: no parties kept for message ${index}`);
    return parties;
  }
}

/**
 * Reads the facts of each window's messages in stream order: where the message before each one
 * ends (no banner line above it belongs to another message), and the times of the last messages
 * of the log (its end, where "now" is for calls still waiting).
 */
export class FactReader {
  private previousEnd = 0;
  private readonly lastTimes: Array<LogTime | undefined> = [];

  /**
   * Calls `take(message, facts)` for each message of the window, with its time when `wanted`
   * says its call keeps it (or it may be among the log's last), and its parties when asked.
   */
  read(
    window: WindowFacts,
    wanted: (message: StreamMessage) => { time: boolean; parties: boolean },
    take: (message: StreamMessage, time: LogTime | undefined, parties: Parties | undefined) => void,
  ): void {
    const { messages, source } = window;
    let line = -1;
    messages.forEach((message, i) => {
      const want = wanted(message);
      // Only the last messages of a window can be among the log's last: the others' times are not needed.
      const nearEnd = i >= messages.length - LAST_TIME_REACH;
      let time: LogTime | undefined;
      let parties: Parties | undefined;
      if (want.time || want.parties || nearEnd) {
        const local = localMessage(message, source.base);
        line = line < 0 ? source.lines.lineAt(local.startOffset) : source.lines.lineAtFrom(local.startOffset, line);
        const floor = Math.max(0, this.previousEnd - source.base);
        if (want.time || nearEnd) time = timeOf(source, local, floor, line);
        if (want.parties) parties = messageParties(source.text, local);
      }
      if (nearEnd) this.remember(time);
      this.previousEnd = message.endOffset;
      take(message, time, parties);
    });
  }

  /** The time of the log's last timed message among its last ones, as the whole text's reader finds it. */
  logEnd(): LogTime | undefined {
    for (let i = this.lastTimes.length - 1; i >= 0; i--) if (this.lastTimes[i] !== undefined) return this.lastTimes[i];
    return undefined;
  }

  private remember(time: LogTime | undefined): void {
    this.lastTimes.push(time);
    if (this.lastTimes.length > LAST_TIME_REACH) this.lastTimes.shift();
  }
}

/**
 * The message moved into its window's text. The window holds at least the ten lines above each of
 * its messages (windows.ts), more than a banner is ever above one (messageFacts.ts reads at most
 * seven): where the message before ends above the window, no line the time is read from is its.
 */
export function localMessage(message: SipMessage, base: number): SipMessage {
  return {
    ...message,
    startOffset: message.startOffset - base,
    endOffset: message.endOffset - base,
    startLineEnd: message.startLineEnd - base,
  };
}

function timeOf(source: WindowText, message: SipMessage, floor: number, line: number): LogTime | undefined {
  // Owned copies: a time kept with a call must not keep its window's text alive.
  return messageTimeOnLine(source.text, source.lines, floor, message, line, true);
}
