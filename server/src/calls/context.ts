/**
 * What the summaries read besides the analysis: the text, its line index, and each message's time,
 * read once however many summaries ask (a call's answer is also the end of its setup). A time's
 * `text` is a slice of the log's text, not a copy: the summaries hold that text anyway, and what
 * outlives them (the editor's rows) copies it.
 */
import type { CharSource } from '../analysis/charSource';
import type { LineIndex } from '../analysis/lineIndex';
import type { LogTime } from '../analysis/logTime';
import {
  messageCallers,
  messageParties,
  messageTimeOnLine,
  messageWindow,
  type MessageFacts,
} from '../analysis/messageFacts';
import type { Analysis, SipMessage } from '../analysis/types';
import type { SummarySource } from './source';

/**
 * The text the summaries read: one string, or (the server's document after an append) a string
 * holding the text's start and the whole text as a CharSource. Joining a 50 MB log with its appended
 * lines into one string costs more than summarising the calls the append touched.
 */
export type SummaryText = string | { readonly prefix: string; readonly source: CharSource };

/** How many messages from the end are searched for the log's last time (a log with times has them on most). */
const LAST_TIME_REACH = 64;
/** How many neighbouring messages' times are read together (see `readBlock`). */
const TIME_BLOCK = 64;

/** The summaries' reader of a whole text (the CLI's small logs, the editor's documents). */
export class CallContext implements SummarySource {
  /** The text as one string: the whole text, or its start when `source` goes on past it. */
  readonly text: string;
  private readonly source: CharSource;
  /** By message index: undefined not read yet, null read and absent. */
  private readonly times: Array<LogTime | null | undefined>;
  private lastTime: LogTime | null | undefined;

  constructor(
    text: SummaryText,
    readonly lines: LineIndex,
    readonly analysis: Analysis,
  ) {
    this.text = typeof text === 'string' ? text : text.prefix;
    this.source = typeof text === 'string' ? text : text.source;
    this.times = new Array<LogTime | null | undefined>(analysis.messages.length);
  }

  get messages(): readonly SipMessage[] {
    return this.analysis.messages;
  }

  message(index: number): SipMessage {
    return this.analysis.messages[index] as SipMessage;
  }

  /** From and To of message `index`. */
  callers(index: number): Pick<MessageFacts, 'from' | 'to'> {
    const message = this.message(index);
    if (this.inText(message)) return messageCallers(this.text, message);
    const window = messageWindow(this.source, this.lines, this.messages, message);
    return messageCallers(window.text, window.message);
  }

  /** User-Agent (request) or Server (response) of message `index`. */
  userAgent(index: number): string | undefined {
    const message = this.message(index);
    if (this.inText(message)) return messageParties(this.text, message).userAgent;
    const window = messageWindow(this.source, this.lines, this.messages, message);
    return messageParties(window.text, window.message).userAgent;
  }

  /** The time the log gave message `index`; undefined for none (or no index). */
  timeOf(index: number | undefined): LogTime | undefined {
    if (index === undefined) return undefined;
    if (this.times[index] === undefined) this.readBlock(Math.floor(index / TIME_BLOCK));
    return this.times[index] ?? undefined;
  }

  /**
   * Reads the times of one block of neighbouring messages in text order. The summaries ask for a
   * call's messages, scattered over the log; read in order, each message's line is found from the
   * one before, not searched for in the whole log.
   */
  private readBlock(block: number): void {
    const { text, lines, messages } = this;
    const end = Math.min(messages.length, (block + 1) * TIME_BLOCK);
    let line = -1;
    for (let i = block * TIME_BLOCK; i < end; i++) {
      const message = messages[i] as SipMessage;
      if (!this.inText(message)) {
        const window = messageWindow(this.source, lines, messages, message);
        const { text: near, lines: nearLines, floor, message: moved, line: at } = window;
        this.times[i] = messageTimeOnLine(near, nearLines, floor, moved, at, false) ?? null;
        continue;
      }
      line = line < 0 ? lines.lineAt(message.startOffset) : lines.lineAtFrom(message.startOffset, line);
      const floor = i > 0 ? (messages[i - 1] as SipMessage).endOffset : 0;
      this.times[i] = messageTimeOnLine(text, lines, floor, message, line, false) ?? null;
    }
  }

  /**
   * Whether what is read of `message` lies in `text`: always when it is the whole text; else when
   * the message ends before it does (a WebSocket frame's time is on a line below it: never then).
   */
  private inText(message: SipMessage): boolean {
    return this.text === this.source || (message.endOffset < this.text.length && message.format !== 'websocket');
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
