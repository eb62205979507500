/**
 * What the summaries read besides the analysis: the text, its line index, and each message's time,
 * read once however many summaries ask (a call's answer is also the end of its setup).
 */
import type { LineIndex } from '../analysis/lineIndex';
import type { LogTime } from '../analysis/logTime';
import { messageTime } from '../analysis/messageFacts';
import type { Analysis, SipMessage } from '../analysis/types';

/** How many messages from the end are searched for the log's last time (a log with times has them on most). */
const LAST_TIME_REACH = 64;

export class CallContext {
  /** By message index: undefined not read yet, null read and absent. */
  private readonly times: Array<LogTime | null | undefined>;
  private lastTime: LogTime | null | undefined;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly analysis: Analysis,
  ) {
    this.times = new Array<LogTime | null | undefined>(analysis.messages.length);
  }

  get messages(): readonly SipMessage[] {
    return this.analysis.messages;
  }

  message(index: number): SipMessage {
    return this.analysis.messages[index] as SipMessage;
  }

  /** The time the log gave message `index`; undefined for none (or no index). */
  timeOf(index: number | undefined): LogTime | undefined {
    if (index === undefined) return undefined;
    let time = this.times[index];
    if (time === undefined) {
      time = messageTime(this.text, this.lines, this.analysis.messages, this.message(index)) ?? null;
      this.times[index] = time;
    }
    return time ?? undefined;
  }

  /** The time of the log's last timed message: where "now" is for a call still waiting. */
  logEnd(): LogTime | undefined {
    if (this.lastTime === undefined) {
      const { messages } = this.analysis;
      this.lastTime = null;
      for (let i = messages.length - 1; i >= 0 && i >= messages.length - LAST_TIME_REACH; i--) {
        const time = this.timeOf(i);
        if (time) {
          this.lastTime = time;
          break;
        }
      }
    }
    return this.lastTime ?? undefined;
  }
}
