/**
 * The status-code scanner: every SIP response code in the text with its exact offset and how
 * it was found, plus Q.850 causes (which look like codes but never are). Precision comes from
 * only accepting numbers in a SIP context (a status line, a Reason header's cause, a known log
 * wording); ports, CSeq numbers, byte counts and the like never match any of those.
 */
import { isStatusCodeNumber } from '../../../catalog/src/index';
import { LineEndCursor, isBlank, isLineBreak } from './chars';
import type { FoundCode, FoundQ850 } from './found';
import { findMentions } from './mentions';
import { parseReasonValues, type ParsedReason } from './reason';
import type { StartLine } from './startLines';

export interface ScanResult {
  /** Sorted by offset, one per offset. */
  readonly codes: FoundCode[];
  /** Sorted by offset. */
  readonly q850: FoundQ850[];
}

/** Scans masked text; `startLines` come from `findStartLines` on the same text. */
export function scanCodes(text: string, startLines: readonly StartLine[]): ScanResult {
  const codes: FoundCode[] = [];
  const q850: FoundQ850[] = [];
  addStatusLines(startLines, codes);
  findReasonCodes(text, codes, q850);
  findMentions(text, codes);
  return { codes: sortedUnique(codes), q850: q850.sort((a, b) => a.offset - b.offset) };
}

function addStatusLines(startLines: readonly StartLine[], codes: FoundCode[]): void {
  for (const line of startLines) {
    if (line.kind !== 'response' || line.codeOffset === undefined || line.statusCode === undefined) continue;
    codes.push({ offset: line.codeOffset, code: line.statusCode, kind: 'status-line', phrase: line.reasonPhrase ?? '' });
  }
}

/** `Reason:` as a header name: case-insensitive, blanks allowed before the colon (RFC 3261 §7.3.1). */
const REASON_HEADER = /reason[ \t]*:/gi;

function findReasonCodes(text: string, codes: FoundCode[], q850: FoundQ850[]): void {
  const cursor = new LineEndCursor(text);
  REASON_HEADER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = REASON_HEADER.exec(text)) !== null) {
    if (!isHeaderNameStart(text, match.index)) continue;
    const valueStart = match.index + match[0].length;
    for (const reason of parseReasonValues(text, valueStart, cursor.endOf(valueStart))) addReason(reason, codes, q850);
  }
}

/** A header name starts its line, after any indentation (FreeSWITCH, tshark -V) or ANSI mask. */
function isHeaderNameStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

function addReason(reason: ParsedReason, codes: FoundCode[], q850: FoundQ850[]): void {
  if (reason.cause === undefined) return;
  const protocol = reason.protocol.toUpperCase();
  if (protocol === 'Q.850') {
    q850.push({ offset: reason.causeOffset, length: reason.causeLength, cause: reason.cause });
    return;
  }
  if (reason.causeLength !== 3 || !isStatusCodeNumber(reason.cause)) return;
  if (protocol === 'SIP') codes.push({ offset: reason.causeOffset, code: reason.cause, kind: 'reason-sip' });
  if (protocol === 'STIR') codes.push({ offset: reason.causeOffset, code: reason.cause, kind: 'reason-stir' });
}

/** Sorts by offset and keeps the first find at each offset (status lines are added first). */
function sortedUnique(codes: FoundCode[]): FoundCode[] {
  const sorted = codes.map((code, order) => ({ code, order })).sort((a, b) => a.code.offset - b.code.offset || a.order - b.order);
  const unique: FoundCode[] = [];
  for (const { code } of sorted) {
    const last = unique[unique.length - 1];
    if (!last || last.offset !== code.offset) unique.push(code);
  }
  return unique;
}
