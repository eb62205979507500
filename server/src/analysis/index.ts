/**
 * The pure analysis core of SIP Lens: text in, facts out. The language server, the CLI and the
 * tests call `analyze`; nothing here knows about LSP or VS Code.
 *
 * Passes, each a forward scan with `indexOf` or one global regular expression, never a split
 * into line strings:
 *   1. mask ANSI colour codes (same length, so offsets stay true to the original text);
 *   2. index line starts (a Uint32Array, shared with the caller when it passes one);
 *   3. find start lines (`SIP/2.0` as status line or request line);
 *   4. build messages from the start lines (headers, body extent, format);
 *   5. collect status codes: status lines, Reason headers, and log mentions between messages;
 *   6. pair requests and responses into transactions and group calls.
 */
import { maskAnsi } from './ansi';
import { LineIndex } from './lineIndex';
import { buildMessages } from './messages';
import { scanCodes } from './scanner';
import { findStartLines } from './startLines';
import { groupCalls } from './transactions';
import type { Analysis } from './types';

export type * from './types';
export { LineIndex, computeLineStarts, type LinePosition } from './lineIndex';
export {
  CODE_LENGTH,
  isQ850Occurrence,
  messageAt,
  occurrenceAt,
  occurrencesInRange,
  type LookupOptions,
} from './lookup';
export { MENTION_PATTERNS, type MentionPattern } from './mentionPatterns';
/** Calls and transactions of a list of messages: the stream (server/src/stream) groups each call's kept messages. */
export { groupCalls } from './transactions';

export interface AnalyzeOptions {
  /** A LineIndex the caller already built for this same text, to save rebuilding it. */
  readonly lineIndex?: LineIndex;
}

/** Analyses a document. Deterministic, never throws, linear in the text length. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const lines = options.lineIndex?.textLength === text.length ? options.lineIndex : new LineIndex(text);
  const masked = maskAnsi(text);
  const startLines = findStartLines(masked, lines);
  const built = buildMessages(masked, lines, startLines);
  const scan = scanCodes(masked, lines, startLines, built);
  return {
    textLength: text.length,
    occurrences: scan.occurrences,
    q850: scan.q850,
    messages: built.messages,
    calls: groupCalls(built.messages),
  };
}
