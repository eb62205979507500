/**
 * Whole analysis of a big document in slices. Analysing 50 MB at once blocks the server for
 * about a second, during which hovers and other requests wait. Instead the text is analysed as
 * a growing prefix: the first slice whole, then each further slice as an append, which the
 * incremental analyser handles in proportion to the slice. Between slices the event loop runs,
 * so requests are answered (from the prefix analysed so far). The result equals a one-shot
 * `analyzeWhole` of the text; the append property test in test/unit/property-edits.test.ts
 * holds the incremental path to that.
 */
import { analyzeWhole, reanalyze, type AnalysisSnapshot } from '../analysis/incremental';
import { LineIndex } from '../analysis/lineIndex';

/** Documents below this size are analysed in one go: at most a few hundred milliseconds. */
export const PROGRESSIVE_MIN_CHARS = 12 * 1024 * 1024;
/** About 100-150 ms of work per slice here. */
const SLICE_CHARS = 8 * 1024 * 1024;

export interface SliceProgress {
  /** The snapshot of the prefix analysed so far. */
  readonly snapshot: AnalysisSnapshot;
  /** Milliseconds spent analysing, not counting the time given to other work between slices. */
  readonly busyMs: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Analyses `text` slice by slice, calling `onSlice` after each. Resolves undefined when
 * `cancelled()` turns true between slices (the document closed). `lines`, the text's line
 * index when the caller has one, is shared rather than rebuilt: each prefix ends at a line
 * start, so its index is a view of the whole one.
 */
export async function analyzeInSlices(
  text: string,
  onSlice: (progress: SliceProgress) => void,
  cancelled: () => boolean,
  lines?: LineIndex,
): Promise<SliceProgress | undefined> {
  let started = performance.now();
  const index = lines?.textLength === text.length ? lines.withText(text) : new LineIndex(text);
  if (text.length < PROGRESSIVE_MIN_CHARS) return { snapshot: analyzeWhole(text, index), busyMs: performance.now() - started };
  let prefix = prefixEndingNear(index, SLICE_CHARS);
  let progress: SliceProgress = { snapshot: analyzeWhole(prefix.source.toString(), prefix), busyMs: performance.now() - started };
  while (prefix.textLength < text.length) {
    onSlice(progress);
    await yieldToEventLoop();
    if (cancelled()) return undefined;
    started = performance.now();
    const end = prefix.textLength;
    prefix = prefixEndingNear(index, end + SLICE_CHARS);
    const edit = { start: end, end, insertedLength: prefix.textLength - end };
    const snapshot = reanalyze(progress.snapshot, prefix.source, edit, prefix);
    progress = { snapshot, busyMs: progress.busyMs + performance.now() - started };
  }
  return progress;
}

/** The index of the prefix that ends at the first line start at or after `length`, or of the whole text. */
function prefixEndingNear(index: LineIndex, length: number): LineIndex {
  const line = index.lineAt(length) + 1;
  return line < index.lineCount ? index.prefixBefore(line) : index;
}
