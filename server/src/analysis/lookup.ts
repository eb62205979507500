/**
 * Fast lookups on an Analysis for hover and inlay hints: binary searches over the sorted
 * occurrence arrays, so a hover costs O(log n) however large the log.
 */
import type { Analysis, Occurrence, Q850Occurrence, SipMessage } from './types';

/** Every status code spans three characters. */
export const CODE_LENGTH = 3;

export interface LookupOptions {
  /**
   * Also match the offset just past the last digit, where an editor caret sits after typing
   * or double-clicking the number. Off by default: mouse hovers point at a character.
   */
  readonly includeEnd?: boolean;
}

/** The status-code or Q.850 occurrence whose digits contain `offset`, if any. */
export function occurrenceAt(
  analysis: Analysis,
  offset: number,
  options: LookupOptions = {},
): Occurrence | Q850Occurrence | undefined {
  const slack = options.includeEnd ? 1 : 0;
  const code = lastStartingAtOrBefore(analysis.occurrences, offset);
  if (code && offset < code.offset + CODE_LENGTH + slack) return code;
  const cause = lastStartingAtOrBefore(analysis.q850, offset);
  if (cause && offset < cause.offset + cause.length + slack) return cause;
  return undefined;
}

export function isQ850Occurrence(found: Occurrence | Q850Occurrence): found is Q850Occurrence {
  return 'cause' in found;
}

/** Status-code occurrences whose first digit lies in `[start, end)`, e.g. the visible range. */
export function occurrencesInRange(analysis: Analysis, start: number, end: number): readonly Occurrence[] {
  const list = analysis.occurrences;
  return list.slice(firstStartingAtOrAfter(list, start), firstStartingAtOrAfter(list, end));
}

/** The message whose extent `[startOffset, endOffset)` contains `offset`, if any. */
export function messageAt(analysis: Analysis, offset: number): SipMessage | undefined {
  const message = lastStartingAtOrBefore(analysis.messages, offset, startOf);
  return message && offset < message.endOffset ? message : undefined;
}

function startOf(message: SipMessage): number {
  return message.startOffset;
}

function lastStartingAtOrBefore<T>(list: readonly T[], offset: number, key?: (item: T) => number): T | undefined {
  const index = firstStartingAtOrAfter(list, offset + 1, key) - 1;
  return index >= 0 ? list[index] : undefined;
}

/** Index of the first item whose key (its `offset` by default) is >= `offset`; the list length when none. */
export function firstStartingAtOrAfter<T>(list: readonly T[], offset: number, key?: (item: T) => number): number {
  if (key === undefined) return firstOffsetAtOrAfter(list as readonly { readonly offset: number }[], offset);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(list[mid] as T) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The search above on `offset` itself, read inline: the rules and the hover call it per message and per occurrence. */
function firstOffsetAtOrAfter(list: readonly { readonly offset: number }[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as { readonly offset: number }).offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `firstStartingAtOrAfter(list, offset)` searched from index `from` on, for a caller whose offsets
 * only grow (a call's messages in text order): an exponential search pays for the distance moved,
 * not log(list). Exact whatever `from` is: a `from` past the answer falls back to the whole search.
 */
export function firstStartingAtOrAfterFrom(
  list: readonly { readonly offset: number }[],
  offset: number,
  from: number,
): number {
  if (from <= 0 || from > list.length || (list[from - 1] as { readonly offset: number }).offset >= offset)
    return firstOffsetAtOrAfter(list, offset);
  // Invariant: list[low - 1].offset < offset; the answer is in (low - 1, high].
  let low = from;
  let step = 1;
  while (low + step <= list.length && (list[low + step - 1] as { readonly offset: number }).offset < offset) {
    low += step;
    step *= 2;
  }
  let high = Math.min(list.length, low + step - 1);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as { readonly offset: number }).offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
