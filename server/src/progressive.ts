/**
 * Whole analysis of a big document in slices. Analysing 50 MB at once blocks the server for
 * about a second, during which hovers and other requests wait. Instead the text is analysed as
 * a growing prefix: the first slice whole, then each further slice as an append, which the
 * incremental analyser handles in proportion to the slice. Between slices the event loop runs,
 * so requests are answered (from the prefix analysed so far). The result equals a one-shot
 * `analyzeWhole` of the text; the append property test in test/unit/property-edits.test.ts
 * holds the incremental path to that.
 */
import { analyzeWhole, reanalyze, type AnalysisSnapshot } from './analysis/incremental';
import type { LineIndex } from './analysis/lineIndex';
import { maskAnsi } from './analysis/ansi';

/** Documents below this size are analysed in one go: at most a few hundred milliseconds. */
export const PROGRESSIVE_MIN_CHARS = 12 * 1024 * 1024;
/** About 150-250 ms of work per slice here: each slice also pays a pass over the arrays built so far. */
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
 * `cancelled()` turns true between slices (the document closed).
 */
export async function analyzeInSlices(
  text: string,
  onSlice: (progress: SliceProgress) => void,
  cancelled: () => boolean,
  lines?: LineIndex,
): Promise<SliceProgress | undefined> {
  if (text.length < PROGRESSIVE_MIN_CHARS) {
    const started = performance.now();
    const progress = { snapshot: analyzeWhole(text, lines), busyMs: 0 };
    return { ...progress, busyMs: performance.now() - started };
  }
  let started = performance.now();
  // Masked once: slices of one masked text cost nothing, re-masking each prefix copies it all.
  const masked = maskAnsi(text);
  const maskedPrefix = (prefix: string, length: number) => (masked === text ? prefix : masked.slice(0, length));
  let end = SLICE_CHARS;
  const first = text.slice(0, end);
  let progress: SliceProgress = { snapshot: analyzeWhole(first, undefined, maskedPrefix(first, end)), busyMs: performance.now() - started };
  while (end < text.length) {
    onSlice(progress);
    await yieldToEventLoop();
    if (cancelled()) return undefined;
    started = performance.now();
    const next = Math.min(text.length, end + SLICE_CHARS);
    const prefix = next === text.length ? text : text.slice(0, next);
    const maskedNext = next === text.length ? masked : maskedPrefix(prefix, next);
    const snapshot = reanalyze(progress.snapshot, prefix, { start: end, end, insertedLength: next - end }, maskedNext);
    progress = { snapshot, busyMs: progress.busyMs + performance.now() - started };
    end = next;
  }
  return progress;
}
