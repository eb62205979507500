/**
 * Folding: one range per SIP message and one per call, so Fold All leaves about one line per
 * message, and Fold All on a call collapses it to a line.
 *
 * A message's fold starts at the banner that announces it (`<--- Received SIP request ...`,
 * `recv 584 bytes from ...`, SIPp's `----- <time>` rule, ngrep's `U <time> a -> b`) and takes in
 * the separator lines after it (`<------------->`, `--end msg--`, FreeSWITCH's rules, ngrep's
 * `#`), so the only line left when it is folded is the banner: the one that carries the time and
 * the direction. Log lines that are not part of a message stay visible.
 *
 * A call gets its own fold only when its messages follow one another, with no message of
 * another call in between: a fold over interleaved calls would hide the other calls' messages
 * inside it, and two calls that cross cannot both fold (editors drop ranges that overlap without
 * nesting). Interleaved calls fold per message; the Outline still groups them.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, SipMessage } from '../analysis/types';
import { messageLines, type LineReader } from './messageLines';

export function foldingRanges(document: TextDocument, analysis: Analysis): FoldingRange[] {
  const reader = lineReader(document);
  const ranges: FoldingRange[] = [];
  const folds = messageFolds(document, analysis.messages, reader);
  for (const call of analysis.calls) {
    const first = call.messages[0] as number;
    const last = call.messages[call.messages.length - 1] as number;
    // Indexes are in text order: consecutive indexes mean no other message lies in between.
    if (call.messages.length < 2 || last - first !== call.messages.length - 1) continue;
    const start = (folds[first] as MessageLines).start;
    const end = (folds[last] as MessageLines).end;
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const fold of folds) {
    if (fold.end > fold.start) ranges.push({ startLine: fold.start, endLine: fold.end, kind: FoldingRangeKind.Region });
  }
  return ranges;
}

interface MessageLines {
  readonly start: number;
  readonly end: number;
}

/** Each message's lines, banner and trailing separators included, never reaching into the previous one's. */
function messageFolds(document: TextDocument, messages: readonly SipMessage[], reader: LineReader): MessageLines[] {
  const folds: MessageLines[] = [];
  let floor = 0;
  // Each start position is worked out once: as this message's start, then as the previous one's ceiling.
  let start = messages[0] ? document.positionAt(messages[0].startOffset) : undefined;
  for (let i = 0; i < messages.length && start; i++) {
    const message = messages[i] as SipMessage;
    const next = messages[i + 1];
    const nextStart = next ? document.positionAt(next.startOffset) : undefined;
    // endOffset is just past the last character; step back so a trailing newline does not add a line.
    const endLine = document.positionAt(Math.max(message.startOffset, message.endOffset - 1)).line;
    const lines = messageLines(reader, {
      startLine: start.line,
      endLine,
      floor,
      ceiling: nextStart ? nextStart.line - 1 : document.lineCount - 1,
      hasBanner: message.format !== 'raw' && startsLine(start, reader),
    });
    folds.push(lines);
    floor = lines.end + 1;
    start = nextStart;
  }
  return folds;
}

/** True when the message's start line begins its line (after indentation): a banner can only sit above such a line. */
function startsLine(position: Position, reader: LineReader): boolean {
  return (
    position.character === 0 ||
    reader(position.line).slice(0, position.character).replace(ANSI_COLOUR, '').trim() === ''
  );
}

/** A colour code before the start line (FreeSWITCH colours whole messages) is not log text. */
// eslint-disable-next-line no-control-regex -- the escape character starts the colour code
const ANSI_COLOUR = /\u001b\[[0-9;]*m/gu;

/** A line's text, clipped: no banner or separator is longer, and a huge line costs no more than a short one. */
const LINE_REACH = 400;

function lineReader(document: TextDocument): LineReader {
  return (line) => document.getText({ start: { line, character: 0 }, end: { line, character: LINE_REACH } });
}
