/**
 * The header lines and body lines of one message, read from its own text on demand: the flow of
 * one call reads only its messages, and the leg search only each call's first request and answer.
 * Log decorations are undone as the analysis undoes them: indentation (FreeSWITCH), ngrep's
 * trailing dot for each CR, and the literal `\r\n` escapes of the one-line formats (JSON, Python).
 */
import type { SipMessage } from '../analysis/types';

export interface MessageLines {
  /** Header name (lower case) and value, in order; folded lines are joined (RFC 3261 §7.3.1). */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Body lines, trimmed. */
  readonly body: readonly string[];
}

const ONE_LINE_FORMATS = new Set(['json', 'python', 'escaped']);
/** A literal `\r\n` or `\n` escape (one-line formats) or a real line break. */
const ESCAPED_BREAK = /\\r\\n|\\n|\r?\n/u;
const REAL_BREAK = /\r?\n/u;
/** `Name: value` with a token name (RFC 3261 §25.1). */
const HEADER = /^([!%'*+\-.0-9A-Z_`a-z~]{1,64})[ \t]*:(.*)$/su;

export function messageLines(text: string, message: SipMessage): MessageLines {
  const escaped = ONE_LINE_FORMATS.has(message.format);
  const lines = text.slice(message.startLineEnd, message.endOffset).split(escaped ? ESCAPED_BREAK : REAL_BREAK);
  const headers: Array<[string, string]> = [];
  const body: string[] = [];
  let inBody = false;
  // The first piece is what follows the start line on its own line (ngrep's dot, a CR): never a header.
  for (const raw of lines.slice(1)) {
    const line = cleanLine(raw, message.format);
    if (inBody) body.push(line);
    else if (line === '') inBody = headers.length > 0;
    else if (/^[ \t]/u.test(raw) && headers.length > 0 && !HEADER.test(line)) appendFolded(headers, line);
    else {
      const match = HEADER.exec(line);
      if (match) headers.push([(match[1] as string).toLowerCase(), (match[2] as string).trim()]);
    }
  }
  return { headers, body };
}

function cleanLine(raw: string, format: string): string {
  let line = raw.trim();
  if (format === 'ngrep' && line.endsWith('.')) line = line.slice(0, -1).trimEnd();
  return line;
}

function appendFolded(headers: Array<[string, string]>, line: string): void {
  const last = headers[headers.length - 1] as [string, string];
  last[1] = `${last[1]} ${line}`;
}

/** Compact header names (RFC 3261 §7.3.3) this layer reads, by their long name. */
const COMPACT: Readonly<Record<string, string>> = {
  c: 'content-type',
  l: 'content-length',
  v: 'via',
  i: 'call-id',
  t: 'to',
};

/** The first value of header `name` (lower case long name), or undefined. */
export function headerValue(lines: MessageLines, name: string): string | undefined {
  for (const [header, value] of lines.headers) if (header === name || COMPACT[header] === name) return value;
  return undefined;
}

/** Whether the message carries SDP (RFC 4566 starts a session description with `v=0`). */
export function hasSdp(lines: MessageLines): boolean {
  return lines.body.some((line) => line === 'v=0');
}

/** The SDP media lines (`m=audio 4000 RTP/AVP 0 8`). */
export function mediaLines(lines: MessageLines): string[] {
  return lines.body.filter((line) => line.startsWith('m=') && line.length > 2);
}
