/**
 * The text of a few calls out of a stream, for drawing their ladder (`sip-lens flow --call-id`) from
 * a log of any size: the lines of each of their messages with the lines around it that the flow
 * reads (banner lines above, a WebSocket frame's time below), joined into one small text, with each
 * of its lines' number in the log, so the arrows still name the log's lines.
 *
 * Its messages are the log's, moved into the small text, numbered in it, and each one whose
 * message before it in the log is not kept gets a stand-in for that message ending where it ends:
 * banner lines are read above a message only down to the end of the one before (messageFacts.ts),
 * so each message reads what it reads in the log.
 */
import { ownedSlice } from '../analysis/chars';
import type { SipMessage } from '../analysis/types';
import type { Finding } from '../rules/types';
import { floorMessage } from './legs';
import type { StreamMessage, WindowFacts, WindowText } from './types';

/** Lines kept above a message: a banner is at most seven lines above (two, across four blank ones). */
const LINES_ABOVE = 10;
/** Lines kept below a message's end: a WebSocket frame's time is at most five lines below. */
const LINES_BELOW = 6;

/** Where a kept message lies in the log, and how far it moved. */
interface Extent {
  readonly start: number;
  readonly end: number;
  /** Offset in the small text minus offset in the log. */
  readonly delta: number;
}

export class CallText {
  /** The Call-IDs whose messages were met. */
  readonly found = new Set<string>();
  private readonly pieces: string[] = [];
  private length = 0;
  /** The log's line number of each line of the small text. */
  private readonly lineMap: number[] = [];
  private lastLine = -1;
  private delta = 0;
  private readonly messages: SipMessage[] = [];
  private readonly extents: Extent[] = [];
  private previousEnd = 0;
  private lastKept = -1;
  /** Everything before this offset of the log has been read. */
  private readUpTo = 0;

  constructor(private readonly wanted: ReadonlySet<string>) {}

  /** Reads one window, in order (CallStream's onWindow). */
  read(window: WindowFacts): void {
    for (const message of window.messages) {
      const floor = this.previousEnd;
      this.previousEnd = message.endOffset;
      if (message.callId === undefined || !this.wanted.has(message.callId)) continue;
      this.found.add(message.callId);
      this.keep(message, floor, window.source);
    }
    this.readUpTo = window.end;
  }

  /** Whether a finding at `offset` can be placed yet (its message, if kept, has been read). */
  hasRead(offset: number): boolean {
    return offset < this.readUpTo;
  }

  /** The finding moved into the small text when it lies in a kept message; undefined otherwise. */
  place(finding: Finding): Finding | undefined {
    const { extents } = this;
    let low = 0;
    let high = extents.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const extent = extents[mid] as Extent;
      if (finding.offset < extent.start) high = mid - 1;
      else if (finding.offset >= extent.end) low = mid + 1;
      else return { ...finding, offset: finding.offset + extent.delta };
    }
    return undefined;
  }

  /** The small text, its messages (kept and stand-ins, numbered in it) and the log's number of each of its lines. */
  result(): { text: string; messages: readonly SipMessage[]; lineMap: readonly number[] } {
    return { text: this.pieces.join(''), messages: this.messages, lineMap: this.lineMap };
  }

  private keep(message: StreamMessage, floor: number, source: WindowText): void {
    const { lines, base } = source;
    const line = lines.lineAt(message.startOffset - base);
    const logLine = (local: number) => message.anchor.line - line + local;
    const floorLine = floor >= base ? lines.lineAt(floor - base) : 0;
    const from = Math.max(floorLine, line - LINES_ABOVE, 0);
    const to = Math.min(lines.lineAt(message.endOffset - base) + LINES_BELOW, lines.lineCount - 1);
    for (let k = from; k <= to; k++) if (logLine(k) > this.lastLine) this.append(source, k, logLine(k));
    const fromStart = base + lines.lineStart(from);
    if (message.streamIndex - 1 !== this.lastKept) {
      const end = floor >= fromStart ? floor : fromStart;
      this.messages.push(floorMessage(end + this.delta));
    }
    const delta = this.delta;
    this.messages.push({
      ...message,
      index: this.messages.length,
      startOffset: message.startOffset + delta,
      endOffset: message.endOffset + delta,
      startLineEnd: message.startLineEnd + delta,
    });
    this.extents.push({ start: message.startOffset, end: message.endOffset, delta });
    this.lastKept = message.streamIndex;
  }

  /** Appends line `k` of the window (line `logLine` of the log); a gap before it starts a new stretch. */
  private append(source: WindowText, k: number, logLine: number): void {
    const { text, lines, base } = source;
    const start = lines.lineStart(k);
    const end = k + 1 < lines.lineCount ? lines.lineStart(k + 1) : text.length;
    if (logLine !== this.lastLine + 1 || this.lineMap.length === 0) this.delta = this.length - (base + start);
    // A copy: a slice would keep the whole window's text alive.
    this.pieces.push(ownedSlice(text, start, end));
    this.length += end - start;
    this.lineMap.push(logLine);
    this.lastLine = logLine;
  }
}
