/**
 * The message model: from each start line, read header lines and the body to find where the
 * message ends, whatever log format wraps it. Headers end at a blank line; the body follows
 * Content-Length where the log kept the bytes, and otherwise stops at the next banner, rule,
 * log line or start line (logs often drop CRs or add indentation, so byte counts drift).
 */
import { COLON, DOT, NUL, SPACE, TAB, isBlank, isTokenChar, skipBlanks, trimBlanksEnd } from './chars';
import { escapeLengthAt, escapedLineEnd, openingQuote } from './embedded';
import { emptyHeaderFields, readHeader, resetHeaderFields, type HeaderFields } from './headers';
import type { LineIndex } from './lineIndex';
import { detectFormat, isStopLine } from './logShapes';
import type { ParsedReason } from './reason';
import type { StartLine } from './startLines';
import type { ReasonHeader, SipMessage } from './types';

export interface BuiltMessages {
  readonly messages: SipMessage[];
  /** Reason header values of each message, with the offsets of their causes. */
  readonly reasons: ReadonlyArray<readonly ParsedReason[]>;
}

/**
 * Builds the messages of the (masked) text from its start lines, in text order. Incremental
 * re-analysis passes a slice of the start lines: only the first `count` may open a message
 * (the rest only end the last one), and the first message gets index `firstIndex`.
 */
export function buildMessages(
  text: string,
  lines: LineIndex,
  starts: readonly StartLine[],
  count = starts.length,
  firstIndex = 0,
): BuiltMessages {
  const messages: SipMessage[] = [];
  const reasons: Array<readonly ParsedReason[]> = [];
  const reader = new MessageReader(text, lines, starts);
  const rejected = new RejectedLines();
  let consumedUntil = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] as StartLine;
    if (start.offset < consumedUntil || rejected.has(start) || start.hexRow) continue;
    if (start.escaped && reader.readEscaped(start)) {
      messages.push(toSipMessage(text, lines, start, reader, firstIndex + messages.length));
      reasons.push(reader.fields.reasonValues ?? NO_REASONS);
      // Like any message, it owns the rest of its line: a line holds at most one message (incremental.ts).
      consumedUntil = start.lineEnd;
      continue;
    }
    reader.read(start, i + 1);
    if (!start.atLineStart && !isInlineDump(reader)) {
      rejected.add(start);
      continue;
    }
    messages.push(toSipMessage(text, lines, start, reader, firstIndex + messages.length));
    reasons.push(reader.fields.reasonValues ?? NO_REASONS);
    consumedUntil = reader.endOffset;
  }
  return { messages, reasons };
}

/**
 * Start lines behind other text that turned out not to be messages. A start line's message is
 * read from the line below it, so what the reader finds depends only on its line and on its
 * ngrep flag (whether trailing dots are dropped), never on where on the line it sits. A line
 * holding thousands of `SIP/2.0 486` above thousands of indented header lines would otherwise
 * re-read all those headers once per start line: quadratic time. A rejected start line can only
 * follow another one on its line (the first start line of a line may stand at its start, which
 * is always a message; a message consumes the rest of its line), so one line is remembered.
 */
class RejectedLines {
  private line = -1;
  /** Bit 1: rejected without the ngrep flag; bit 2: with it. */
  private flags = 0;

  has(start: StartLine): boolean {
    return start.line === this.line && (this.flags & RejectedLines.bit(start)) !== 0;
  }

  add(start: StartLine): void {
    if (start.line !== this.line) {
      this.line = start.line;
      this.flags = 0;
    }
    this.flags |= RejectedLines.bit(start);
  }

  private static bit(start: StartLine): number {
    return start.ngrep ? 2 : 1;
  }
}

/** What the reader found for the message it read last (the reader itself: no object per message). */
interface ParsedMessage {
  readonly fields: HeaderFields;
  readonly endOffset: number;
  readonly headerCount: number;
  /** Indentation of the header lines; -1 without headers. */
  readonly baseIndent: number;
}

/**
 * A start line behind other text on its line is a message only when headers follow at the left
 * margin, as when SIPp or a script prints a whole message inline (`received 'SIP/2.0 478 ...`).
 * tshark -V's `Status-Line: SIP/2.0 486 Busy Here` is followed by indented fields instead: a
 * status-line occurrence, not a message.
 */
function isInlineDump(parsed: ParsedMessage): boolean {
  return parsed.headerCount > 0 && parsed.baseIndent === 0;
}

/** The line being read: blanks trimmed on both sides, ngrep's trailing dot removed. */
interface Line {
  start: number;
  /** Offset of the line break. */
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Content end including ngrep's dot, which stands for a CR byte of the original message. */
  byteEnd: number;
  breakLength: number;
  /** Spaces and tabs before the content. */
  indent: number;
}

const NO_REASONS: readonly never[] = Object.freeze([]);

/** Reads one message at a time; one reader serves a whole document to spare allocations. */
class MessageReader implements ParsedMessage {
  private readonly line: Line = {
    start: 0,
    end: 0,
    contentStart: 0,
    contentEnd: 0,
    byteEnd: 0,
    breakLength: 0,
    indent: 0,
  };
  readonly fields = emptyHeaderFields();
  private ngrep = false;
  endOffset = 0;
  headerCount = 0;
  baseIndent = -1;
  /** Index in `starts` of the first start line after the current message's own. */
  private nextStart = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly starts: readonly StartLine[],
  ) {}

  /** Reads the message of `start`; the results are this reader's ParsedMessage fields. */
  read(start: StartLine, nextStart: number): void {
    this.ngrep = start.ngrep;
    this.nextStart = nextStart;
    resetHeaderFields(this.fields);
    this.endOffset = start.lineEnd;
    this.headerCount = 0;
    this.baseIndent = -1;
    const bodyLine = this.readHeaders(start.line + 1);
    if (bodyLine !== undefined && this.hasBody()) this.readBody(bodyLine);
  }

  /** Reads header lines from line `first`; returns the body's first line, or undefined when there is no body. */
  private readHeaders(first: number): number | undefined {
    const { line, lines, text } = this;
    const lineCount = lines.lineCount;
    for (let k = first; k < lineCount; k++) {
      // The common line first, without loading it: a header name at the margin and no trailing
      // blank (nor ngrep dot). Then the general reading below would find the same bounds.
      const start = lines.startOf(k);
      const end = lines.endOf(k);
      if (
        end > start &&
        isTokenChar(text.charCodeAt(start)) &&
        !isBlank(text.charCodeAt(end - 1)) &&
        !(this.ngrep && text.charCodeAt(end - 1) === DOT)
      ) {
        if (this.startLineOn(k) || !this.readHeaderAt(start, end)) return undefined;
        this.endOffset = end;
        if (this.baseIndent < 0) this.baseIndent = 0;
        continue;
      }
      this.loadLine(k);
      if (line.contentEnd === line.contentStart) return k + 1;
      // Any line that is not a header (banner, rule, log line) ends the headers; only a start
      // line can look like one, so only that needs an explicit test here.
      if (this.startLineOn(k)) return undefined;
      const indent = line.indent;
      if (this.headerCount > 0 && indent > this.baseIndent) {
        this.endOffset = line.end; // a folded continuation line (RFC 3261 §7.3.1)
        continue;
      }
      if (!this.readHeaderLine()) return undefined;
      if (this.baseIndent < 0) this.baseIndent = indent;
    }
    return undefined;
  }

  private readHeaderLine(): boolean {
    if (!this.readHeaderAt(this.line.contentStart, this.line.contentEnd)) return false;
    this.endOffset = this.line.end;
    return true;
  }

  /** Reads `Name: value` in `[start, end)`; false when it is not a header. */
  private readHeaderAt(start: number, end: number): boolean {
    const { text } = this;
    let nameEnd = start;
    while (nameEnd < end && isTokenChar(text.charCodeAt(nameEnd))) nameEnd++;
    const colon = skipBlanks(text, nameEnd, end);
    if (nameEnd === start || colon >= end || text.charCodeAt(colon) !== COLON) return false;
    readHeader(text, start, nameEnd, skipBlanks(text, colon + 1, end), end, this.fields);
    this.headerCount++;
    return true;
  }

  /**
   * Reads a message logged on one line with literal escapes (`"SIP/2.0 486 Busy Here\r\nVia:
   * ...\r\nCall-ID: ...\r\n\r\n"`): headers are the escaped lines up to an empty one, the
   * message ends at its closing quote (or the line end). Reads its own line only, once: the
   * caller gives the rest of the line to the message. False when no header follows the start line.
   */
  readEscaped(start: StartLine): boolean {
    const { text } = this;
    const end = start.lineEnd;
    const quote = openingQuote(text, start.offset);
    resetHeaderFields(this.fields);
    this.headerCount = 0;
    this.baseIndent = 0;
    let pos = skipBlanks(text, start.textEnd, end);
    let escape = escapeLengthAt(text, pos, end);
    while (escape > 0) {
      const from = pos + escape;
      pos = escapedLineEnd(text, from, end, quote);
      if (pos === from || !this.readHeaderAt(skipBlanks(text, from, pos), trimBlanksEnd(text, from, pos))) break;
      escape = escapeLengthAt(text, pos, end);
    }
    if (this.headerCount === 0) return false;
    // The body, if any, runs to the closing quote; an unquoted message runs to the line end.
    while (escapeLengthAt(text, pos, end) > 0)
      pos = escapedLineEnd(text, pos + escapeLengthAt(text, pos, end), end, quote);
    this.endOffset = trimBlanksEnd(text, start.offset, pos);
    return true;
  }

  private hasBody(): boolean {
    const length = this.fields.contentLength;
    return length === undefined ? this.fields.hasContentType : length > 0;
  }

  /**
   * Consumes body lines while the Content-Length budget lasts (counted with the line breaks
   * the log kept; ngrep's dots stand for CRs). Without Content-Length the body ends at the
   * first blank line. A blank line whose remaining budget could be just the CRs a log dropped
   * ends the body too.
   */
  private readBody(first: number): void {
    const { line } = this;
    const sipfrag = this.fields.isSipfrag;
    let remaining = this.fields.contentLength ?? Number.POSITIVE_INFINITY;
    for (let k = first; k < this.lines.lineCount && remaining > 0; k++) {
      this.loadLine(k);
      const linesRead = k - first;
      if (line.contentEnd === line.contentStart) {
        if (this.fields.contentLength === undefined || remaining <= linesRead) return;
        remaining -= line.breakLength;
        continue;
      }
      if (this.endsBody(k, sipfrag && k === first)) return;
      const extraIndent = Math.max(0, line.indent - Math.max(0, this.baseIndent));
      remaining -= line.byteEnd - line.contentStart + extraIndent + line.breakLength;
      this.endOffset = line.end;
    }
  }

  /** Loads line `k` (an existing line): the callers walk lines forward from a start line. */
  private loadLine(k: number): void {
    const { text, line, lines } = this;
    line.start = lines.startOf(k);
    line.end = lines.endOf(k);
    line.breakLength = (k + 1 < lines.lineCount ? lines.startOf(k + 1) : text.length) - line.end;
    this.skipIndentation();
    line.byteEnd = trimBlanksEnd(text, line.contentStart, line.end);
    line.contentEnd = line.byteEnd;
    if (this.ngrep && line.byteEnd > line.contentStart && text.charCodeAt(line.byteEnd - 1) === DOT) {
      line.contentEnd = trimBlanksEnd(text, line.contentStart, line.byteEnd - 1);
    }
  }

  /**
   * A banner, rule or log line, or the start line of another message (except the first line
   * of a message/sipfrag body, which is a status line by design: NOTIFY after REFER).
   */
  private endsBody(k: number, startLinesAreContent: boolean): boolean {
    if (!startLinesAreContent && this.startLineOn(k)) return true;
    const { text, line } = this;
    if (isSdpLine(text, line.contentStart, line.contentEnd)) return false;
    return isStopLine(text, line.contentStart, line.contentEnd);
  }

  /**
   * Sets the line's content start and its indentation in one pass over the leading blanks:
   * spaces and tabs count, ANSI masks (NULs) do not.
   */
  private skipIndentation(): void {
    const { text, line } = this;
    let i = line.start;
    let indent = 0;
    for (; i < line.end; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB) indent++;
      else if (c !== NUL) break;
    }
    line.contentStart = i;
    line.indent = indent;
  }

  private startLineOn(k: number): boolean {
    while (this.nextStart < this.starts.length && (this.starts[this.nextStart] as StartLine).line < k) this.nextStart++;
    return this.starts[this.nextStart]?.line === k;
  }
}

/** `v=0`, `m=audio ...`: the common body lines, recognised without a regular expression. */
function isSdpLine(text: string, start: number, end: number): boolean {
  const type = text.charCodeAt(start);
  return end - start >= 2 && type >= 97 && type <= 122 && text.charCodeAt(start + 1) === 61;
}

/** Every message has the same property order (absent values are undefined): one object shape. */
function toSipMessage(
  text: string,
  lines: LineIndex,
  start: StartLine,
  parsed: ParsedMessage,
  index: number,
): SipMessage {
  const { fields } = parsed;
  return {
    index,
    startOffset: start.offset,
    endOffset: parsed.endOffset,
    startLineEnd: start.textEnd,
    kind: start.kind,
    method: start.method,
    requestUri: start.requestUri,
    statusCode: start.statusCode,
    reasonPhrase: start.reasonPhrase,
    callId: fields.callId,
    cseqNumber: fields.cseqNumber,
    cseqMethod: fields.cseqMethod,
    viaBranch: fields.viaBranch,
    fromTag: fields.fromTag,
    toTag: fields.toTag,
    reasons: fields.reasonValues ? fields.reasonValues.map(toReasonHeader) : NO_REASONS,
    hasCredentials: fields.hasCredentials,
    format: detectFormat(text, lines, start),
  };
}

function toReasonHeader(reason: ParsedReason): ReasonHeader {
  return {
    protocol: reason.protocol,
    cause: reason.cause ?? 0,
    ...(reason.text !== undefined ? { text: reason.text } : {}),
  };
}
