/**
 * Incremental re-analysis: after an edit, re-scan only the messages around it and reuse the
 * rest, so appending a line to a 50 MB log (the `tail -f` case) costs about as much as the
 * appended line. The result is always exactly `analyze(newText)` (a property test holds it
 * to that); where locality cannot be shown cheaply it falls back to a full analysis.
 *
 * Why a region is enough (see the passes in index.ts):
 * - a start line depends only on its own line and the next one;
 * - a message reads forward from its start line and stops at the next line holding a start
 *   line, and it consumes the rest of its own line, so a line holds at most one message and the
 *   messages above a message's line end above it. The region starts at the line of a message
 *   two lines above the edit: what precedes that line is unchanged, mentions included (they
 *   never span a line break). Every start line on that line is re-read, not only the message's:
 *   whether an inline one (SIPp's `received 'SIP/2.0 ...`) is a message depends on the lines
 *   below it, so one that was not a message may become one;
 * - a message well below the edit reads only unchanged text (its format banner is at most 8
 *   lines above it), so unless a message of the region now swallows it, it and all later
 *   results only shift. Neither end needs its message to stand at a line start: logs made of
 *   inline dumps have none, and asking for one sent every append to them to a whole analysis.
 */
import type { CharSource } from './charSource';
import { DOT, isBlank } from './chars';
import { analyze } from './index';
import { maskAnsi } from './ansi';
import { LineIndex } from './lineIndex';
import { buildMessages } from './messages';
import { scanCodes } from './scanner';
import { findStartLines } from './startLines';
import { groupCalls, groupCallsAfterTailChange } from './transactions';
import type { Analysis, Occurrence, Q850Occurrence, SipMessage } from './types';
import { firstStartingAtOrAfter } from './lookup';
import { moveFreshResults, shiftMessage, shiftOccurrence } from './shift';

/** An analysis plus what re-analysing its text after an edit needs. */
export interface AnalysisSnapshot {
  readonly analysis: Analysis;
  /** Line index of the analysed text (it also holds that text). */
  readonly lines: LineIndex;
  /** True when this snapshot came from the incremental path (for statistics and tests). */
  readonly incremental: boolean;
  /** What the incremental path replaced, for consumers that update their own results (the rules). */
  readonly change?: AnalysisChange;
}

/**
 * What an incremental re-analysis replaced: old results with offsets in `[from, oldTo)` and old
 * messages `[firstIndex, oldResume)` gave way to new ones (messages `[firstIndex, newResume)`);
 * later results only moved by `delta` characters, `newResume - oldResume` messages and
 * `occurrenceDelta` occurrences.
 */
export interface AnalysisChange {
  readonly from: number;
  readonly oldTo: number;
  readonly delta: number;
  readonly firstIndex: number;
  readonly oldResume: number;
  readonly newResume: number;
  readonly occurrenceDelta: number;
  /** Call-IDs of the replaced and the new messages: the calls whose facts may differ. */
  readonly touchedCallIds: readonly string[];
  /** Some old results follow the region (a mid-file edit), so they moved. */
  readonly shifts: boolean;
}

/** Old `[start, end)` replaced by `insertedLength` characters (offsets into the old text). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insertedLength: number;
}

/** Format banners sit at most 8 lines above a start line (logShapes.ts); 10 leaves a margin. */
const CONTEXT_LINES = 10;

/**
 * A whole analysis. The ANSI-masked copy of the text lives only while the passes run: results
 * own their strings, and re-analysis masks just the window it reads.
 */
export function analyzeWhole(text: string, lineIndex?: LineIndex): AnalysisSnapshot {
  const lines = lineIndex?.textLength === text.length ? lineIndex.withText(text) : new LineIndex(text);
  return { analysis: analyze(text, { lineIndex: lines }), lines, incremental: false };
}

/**
 * The snapshot of `text`, which is the previous snapshot's text after `edit`. It reads only a
 * window of lines around the edit, as a short string of its own, so a 50 MB document whose
 * text is an AppendableText is never joined into one string. `lines`, the index of `text`, is
 * passed by callers that already have it (the server's documents keep one).
 */
export function reanalyze(
  previous: AnalysisSnapshot,
  text: CharSource,
  edit: TextEdit,
  lines?: LineIndex,
): AnalysisSnapshot {
  const old = previous.analysis;
  const sane =
    edit.start >= 0 &&
    edit.start <= edit.end &&
    edit.end <= old.textLength &&
    text.length === old.textLength + edit.insertedLength - (edit.end - edit.start);
  if (!sane) return analyzeWhole(text.toString(), lines);
  const next =
    lines?.textLength === text.length
      ? lines
      : previous.lines.afterEdit(text, edit.start, edit.end, edit.insertedLength);
  const region = reanalyzeRegion(previous, text, next, edit);
  if (!region) return analyzeWhole(text.toString(), next);
  return { analysis: region.analysis, lines: next, incremental: true, change: region.change };
}

/** A stretch of whole lines of the new text, masked, with its own line index. */
interface Window {
  readonly offset: number;
  readonly text: string;
  readonly lines: LineIndex;
}

function windowOf(text: CharSource, lines: LineIndex, firstLine: number, endLine: number): Window {
  const offset = lines.lineStart(firstLine);
  const end = endLine < lines.lineCount ? lines.lineStart(endLine) : text.length;
  const masked = maskAnsi(text.slice(offset, end));
  return { offset, text: masked, lines: lines.window(masked, firstLine, endLine) };
}

function reanalyzeRegion(
  previous: AnalysisSnapshot,
  text: CharSource,
  lines: LineIndex,
  edit: TextEdit,
): { analysis: Analysis; change: AnalysisChange } | undefined {
  const old = previous.analysis;
  const oldLines = previous.lines;
  const delta = edit.insertedLength - (edit.end - edit.start);
  // The region starts at the line of a message two lines above the edit (start lines read the next line).
  const editLine = oldLines.lineAt(Math.max(0, edit.start - 1));
  const { from, firstIndex } = regionStart(old.messages, oldLines, text, editLine);
  // It ends at a message well below the edit; text after that only shifts by `delta`.
  const afterLine = oldLines.lineAt(Math.min(edit.end + 1, old.textLength)) + CONTEXT_LINES;
  const resume = firstAtOrAfter(old.messages, oldLines.lineStart(afterLine));
  const resumes = resume < old.messages.length;
  const oldTo = resumes ? (old.messages[resume] as SipMessage).startOffset : old.textLength;
  const to = oldTo + delta;

  // The window holds the banners above the region and, past the resumed message's start line
  // (which only ends the region), the line after it, which start-line detection reads.
  const toLine = lines.lineAt(to);
  const window = windowOf(
    text,
    lines,
    Math.max(0, lines.lineAt(from) - CONTEXT_LINES),
    resumes ? Math.min(lines.lineCount, toLine + 2) : lines.lineCount,
  );
  const [localFrom, localTo] = [from - window.offset, to - window.offset];
  const scanTo = (resumes ? lines.lineStart(toLine + 1) : text.length) - window.offset;
  const starts = findStartLines(
    window.text,
    window.lines,
    window.lines.lineStart(window.lines.lineAt(localFrom)),
    scanTo,
  ).filter((line) => line.offset >= localFrom);
  const count = countBefore(starts, localTo);
  const built = buildMessages(window.text, window.lines, starts, count, firstIndex);
  const region = built.messages;
  // The region's last message swallowed the one it would resume at.
  if (resumes && (region[region.length - 1]?.endOffset ?? 0) > localTo) return undefined;
  const scan = scanCodes(window.text, window.lines, starts.slice(0, count), built, localFrom, localTo);
  moveFreshResults(region, scan.occurrences, scan.q850, window.offset);

  const indexDelta = firstIndex + region.length - resume;
  const messages = old.messages.slice(0, firstIndex).concat(
    region,
    old.messages.slice(resume).map((m) => shiftMessage(m, delta, indexDelta)),
  );
  const occurrences = joinShifted(old.occurrences, scan.occurrences, from, oldTo, delta, indexDelta);
  const q850 = joinShifted(old.q850, scan.q850, from, oldTo, delta, indexDelta);
  const calls = resumes ? groupCalls(messages) : groupCallsAfterTailChange(old.calls, messages, firstIndex);
  const analysis = { textLength: text.length, occurrences, q850, messages, calls };
  const touchedCallIds = callIdsOf(old.messages, firstIndex, resume).concat(callIdsOf(region, 0, region.length));
  const occurrenceDelta = occurrences.length - old.occurrences.length;
  const newResume = firstIndex + region.length;
  return {
    analysis,
    change: {
      from,
      oldTo,
      delta,
      firstIndex,
      oldResume: resume,
      newResume,
      occurrenceDelta,
      touchedCallIds,
      shifts: resumes,
    },
  };
}

/** How many lines above the edit are searched for one that shows the message above has ended. */
const MAX_QUIET_LINES = 16;

/**
 * Where the region starts, and the index of its first message. Normally at the line of the last
 * message that starts above line `editLine - 1`, which is re-read. When that message provably
 * ended above that line (or there is none), the region starts at line `editLine - 1` itself, so
 * an append to a long stretch of log lines (a syslog of mentions) does not re-read the stretch.
 */
function regionStart(
  messages: readonly SipMessage[],
  lines: LineIndex,
  text: CharSource,
  editLine: number,
): { from: number; firstIndex: number } {
  const near = lines.lineStart(editLine - 1);
  const first = firstAtOrAfter(messages, near) - 1;
  if (first < 0) return { from: near, firstIndex: 0 };
  const message = messages[first] as SipMessage;
  if (endedAbove(text, lines, lines.lineAt(message.endOffset), editLine - 1))
    return { from: near, firstIndex: first + 1 };
  return { from: lines.lineStart(lines.lineAt(message.startOffset)), firstIndex: first };
}

/**
 * True when a message whose last line is `lastLine` stopped reading before line `line`. After
 * its last line a message reads on only over blank lines (a Content-Length budget can span
 * them): a line with content below its last line and above `line` either stopped it or would
 * have been its last line. Those lines are unchanged by the edit, and so is that decision.
 */
function endedAbove(text: CharSource, lines: LineIndex, lastLine: number, line: number): boolean {
  const floor = Math.max(lastLine + 1, line - MAX_QUIET_LINES);
  for (let k = line - 1; k >= floor; k--) if (hasContent(text, lines.lineStart(k), lines.lineEnd(k))) return true;
  return false;
}

/**
 * A line the message reader does not take for blank: something besides spaces, tabs, NULs, ANSI
 * colour codes (masked to NULs) and an ngrep dot at its end.
 */
function hasContent(text: CharSource, start: number, end: number): boolean {
  const masked = maskAnsi(text.slice(start, end));
  let last = masked.length;
  while (last > 0 && isBlank(masked.charCodeAt(last - 1))) last--;
  if (last > 0 && masked.charCodeAt(last - 1) === DOT) last--;
  for (let i = 0; i < last; i++) if (!isBlank(masked.charCodeAt(i))) return true;
  return false;
}

function callIdsOf(messages: readonly SipMessage[], from: number, to: number): string[] {
  const ids: string[] = [];
  for (let i = from; i < to; i++) {
    const callId = (messages[i] as SipMessage).callId;
    if (callId !== undefined) ids.push(callId);
  }
  return ids;
}

/** Index of the first message starting at or after `offset`. */
function firstAtOrAfter(messages: readonly SipMessage[], offset: number): number {
  return firstStartingAtOrAfter(messages, offset, (message) => message.startOffset);
}

function countBefore(starts: readonly { offset: number }[], offset: number): number {
  let count = 0;
  while (count < starts.length && (starts[count] as { offset: number }).offset < offset) count++;
  return count;
}

/** Old items before `from`, the region's items, then old items from `oldTo` on, shifted. */
function joinShifted<T extends Occurrence | Q850Occurrence>(
  old: readonly T[],
  region: readonly T[],
  from: number,
  oldTo: number,
  delta: number,
  indexDelta: number,
): T[] {
  const [before, after] = [firstStartingAtOrAfter(old, from), firstStartingAtOrAfter(old, oldTo)];
  return old.slice(0, before).concat(
    region,
    old.slice(after).map((item) => shiftOccurrence(item, delta, indexDelta)),
  );
}
