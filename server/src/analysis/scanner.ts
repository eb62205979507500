/**
 * The status-code scanner: every SIP response code in the text with its exact offset and how
 * it was found, plus Q.850 causes (which look like codes but never are). Precision comes from
 * only accepting numbers in a SIP context (a status line, a Reason header's cause, a known log
 * wording); ports, CSeq numbers, byte counts and the like never match any of those.
 */
import { isStatusCodeNumber } from '../../../catalog/src/index';
import type { FoundCode } from './found';
import type { LineIndex } from './lineIndex';
import { lineFactsAt } from './lineFacts';
import { scanGap } from './mentions';
import type { BuiltMessages } from './messages';
import { parseReasonValues, type ParsedReason } from './reason';
import type { StartLine } from './startLines';
import type { Occurrence, Q850Occurrence, SipMessage } from './types';

export interface ScanResult {
  /** Sorted by offset, one per offset. */
  readonly occurrences: Occurrence[];
  /** Sorted by offset. */
  readonly q850: Q850Occurrence[];
}

/**
 * Scans masked text, given its start lines and the messages built from them. Incremental
 * re-analysis scans only `[from, to)`: then `startLines` and `built` cover just that range.
 */
export function scanCodes(
  text: string,
  lines: LineIndex,
  startLines: readonly StartLine[],
  built: BuiltMessages,
  from = 0,
  to = text.length,
): ScanResult {
  const result: ScanResult = { occurrences: [], q850: [] };
  addStatusLines(startLines, built.messages, result);
  const statusLinesEnd = result.occurrences.length;
  built.reasons.forEach((reasons, position) => {
    const messageIndex = (built.messages[position] as SipMessage).index;
    for (const reason of reasons) addReason(reason, messageIndex, result);
  });
  const reasonsEnd = result.occurrences.length;
  scanGaps(text, lines, built.messages, result, from, to);
  const runs = [
    sortedRun(result.occurrences, 0, statusLinesEnd),
    sortedRun(result.occurrences, statusLinesEnd, reasonsEnd),
    sortedRun(result.occurrences, reasonsEnd, result.occurrences.length),
  ];
  return { occurrences: mergedUnique(runs), q850: result.q850.sort((a, b) => a.offset - b.offset) };
}

/** Status lines, each attached to its message by one merge walk (both lists are in text order). */
function addStatusLines(startLines: readonly StartLine[], messages: readonly SipMessage[], result: ScanResult): void {
  let m = 0;
  for (const line of startLines) {
    if (line.codeOffset === undefined || line.statusCode === undefined) continue;
    while (m < messages.length && (messages[m] as SipMessage).endOffset <= line.codeOffset) m++;
    const inside = m < messages.length && (messages[m] as SipMessage).startOffset <= line.codeOffset;
    result.occurrences.push({
      offset: line.codeOffset,
      code: line.statusCode,
      kind: 'status-line',
      phrase: line.reasonPhrase ?? '',
      messageIndex: inside ? (messages[m] as SipMessage).index : -1,
    });
  }
}

function addReason(reason: ParsedReason, messageIndex: number, result: ScanResult): void {
  if (reason.cause === undefined) return;
  const protocol = reason.protocol.toUpperCase();
  if (protocol === 'Q.850') {
    result.q850.push({ offset: reason.causeOffset, length: reason.causeLength, cause: reason.cause, messageIndex });
    return;
  }
  if (reason.causeLength !== 3 || !isStatusCodeNumber(reason.cause)) return;
  const kind = protocol === 'SIP' ? 'reason-sip' : protocol === 'STIR' ? 'reason-stir' : undefined;
  if (kind)
    result.occurrences.push({ offset: reason.causeOffset, code: reason.cause, kind, phrase: undefined, messageIndex });
}

/** Log mentions and stray Reason headers in the text outside messages. */
function scanGaps(
  text: string,
  lines: LineIndex,
  messages: readonly SipMessage[],
  result: ScanResult,
  from: number,
  to: number,
): void {
  const sink = {
    mention: ({ offset, code, kind, phrase }: FoundCode) =>
      result.occurrences.push({ offset, code, kind, phrase, messageIndex: -1, ...mentionFacts(text, offset, code) }),
    reasonHeader: (valueStart: number) => {
      const valueEnd = lines.lineEnd(lines.lineAt(valueStart));
      for (const reason of parseReasonValues(text, valueStart, valueEnd)) addReason(reason, -1, result);
    },
  };
  let gapStart = from;
  for (const message of messages) {
    scanGap(text, gapStart, message.startOffset, sink);
    gapStart = message.endOffset;
  }
  scanGap(text, gapStart, to, sink);
}

/** The line facts the reported-failure rule reads, for mentions of codes that end a request (2xx-6xx). */
function mentionFacts(text: string, offset: number, code: number): { lineFacts?: number; callToken?: string } {
  if (code < 200) return {};
  const { facts, callToken } = lineFactsAt(text, offset);
  return callToken === undefined ? { lineFacts: facts } : { lineFacts: facts, callToken };
}

/**
 * `list[from, to)` sorted by offset (stable). Status lines and Reason headers come in text order
 * already; only the gaps' finds (two passes per gap) need the sort.
 */
function sortedRun(list: readonly Occurrence[], from: number, to: number): Occurrence[] {
  const run = list.slice(from, to);
  for (let i = 1; i < run.length; i++) {
    if ((run[i - 1] as Occurrence).offset > (run[i] as Occurrence).offset)
      return run.sort((a, b) => a.offset - b.offset);
  }
  return run;
}

/**
 * The runs merged by offset, keeping the first find at each offset, an earlier run's before a
 * later one's: what a stable sort of the runs one after the other gave (status lines first), in
 * one linear pass instead of a sort of every occurrence.
 */
function mergedUnique(runs: readonly Occurrence[][]): Occurrence[] {
  const unique: Occurrence[] = [];
  const next = runs.map(() => 0);
  for (;;) {
    let best = -1;
    let bestOffset = Infinity;
    for (let r = 0; r < runs.length; r++) {
      const candidate = (runs[r] as Occurrence[])[next[r] as number];
      if (candidate && candidate.offset < bestOffset) {
        best = r;
        bestOffset = candidate.offset;
      }
    }
    if (best < 0) return unique;
    const occurrence = (runs[best] as Occurrence[])[next[best] as number] as Occurrence;
    next[best] = (next[best] as number) + 1;
    const last = unique[unique.length - 1];
    if (!last || last.offset !== occurrence.offset) unique.push(occurrence);
  }
}
