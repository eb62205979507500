/** Binary searches over an analysis' sorted occurrence lists: hover and hints must stay O(log n). */
import type { Analysis, Occurrence, Q850Occurrence } from '../analysis/types';

const CODE_LENGTH = 3;

function search<T extends { readonly offset: number }>(items: readonly T[], offset: number, lengthOf: (item: T) => number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const item = items[mid] as T;
    if (offset < item.offset) high = mid - 1;
    else if (offset >= item.offset + lengthOf(item)) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** The status code whose three digits contain `offset` (or end exactly at it, so a cursor just after a code still counts). */
export function statusCodeAt(analysis: Analysis, offset: number): Occurrence | undefined {
  return search(analysis.occurrences, offset, () => CODE_LENGTH) ?? search(analysis.occurrences, offset - 1, () => CODE_LENGTH);
}

export function q850At(analysis: Analysis, offset: number): Q850Occurrence | undefined {
  return search(analysis.q850, offset, (q) => q.length) ?? search(analysis.q850, offset - 1, (q) => q.length);
}
