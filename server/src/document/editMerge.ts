/**
 * Several edits (the content changes of one didChange, or of versions that arrived while the
 * analysis was debounced) folded into one: the smallest old range whose replacement turns the
 * first text into the last. Incremental re-analysis then runs once for the lot.
 */
import type { TextEdit } from '../analysis/incremental';

/** `first` turns text0 into text1; `second` (offsets into text1) turns text1 into text2. */
export function mergeEdits(first: TextEdit, second: TextEdit): TextEdit {
  const firstNewEnd = first.start + first.insertedLength;
  const start = Math.min(first.start, second.start);
  // Where the second edit ends, in text0: past the first edit's text everything is shifted.
  const end = second.end > firstNewEnd ? second.end - firstNewEnd + first.end : first.end;
  const newEnd = Math.max(firstNewEnd, second.end) + second.insertedLength - (second.end - second.start);
  return { start, end: Math.max(end, start), insertedLength: newEnd - start };
}
