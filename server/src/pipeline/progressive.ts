/**
 * Whole analysis in slices, for documents of every size: no document can hold the server for
 * longer than one slice, so a hover on another document is answered while a big or hostile log
 * is analysed, and closing that log stops the work at the next slice. The text is analysed as a
 * growing prefix: the first slice whole, then each further slice as an append, which the
 * incremental analyser handles in proportion to the slice; the rules follow each append the
 * same way (rules/incremental.ts), so no whole evaluation runs at the end either. Between slices
 * the event loop runs, and requests are answered from the prefix analysed so far.
 *
 * Why slices on the main thread rather than a worker thread: the incremental analyser, the
 * cached snapshots every feature reads and the rules state all live here; a worker would have
 * to copy the text in (50 MB) and the analysis out (hundreds of thousands of objects) on every
 * version, and re-implement the append path on both sides. Yielding between bounded slices
 * gives the same guarantee with the code that already exists.
 *
 * The result equals a one-shot `analyzeWhole` of the text and `evaluateRuleState` of it; the
 * append property tests in test/unit/property-edits.test.ts and rules-incremental.test.ts hold
 * the incremental paths to that. A single line longer than a slice is one slice: slices end at
 * line starts, because an append inside a line re-reads the line.
 */
import { analyzeWhole, reanalyze, type AnalysisSnapshot } from '../analysis/incremental';
import { LineIndex } from '../analysis/lineIndex';
import { evaluateRuleState, updateRuleState } from '../rules';
import type { RuleState } from '../rules/state';
import type { RuleOptions } from '../rules/types';
import { trace } from './trace';

/**
 * The first slice, and the most a document is analysed without yielding. Later slices are
 * sized from the time the last one took (see `nextSliceChars`), between MIN_SLICE_CHARS and
 * MAX_SLICE_CHARS, so each costs about SLICE_TARGET_MS whatever the log's density and the
 * machine's load: a hover waits at most about that long.
 */
export const SLICE_CHARS = 256 * 1024;
/** Documents of at most this size are analysed in one slice, without yielding. */
export const PROGRESSIVE_MIN_CHARS = SLICE_CHARS;
const SLICE_TARGET_MS = 20;
const MIN_SLICE_CHARS = 64 * 1024;
const MAX_SLICE_CHARS = 4 * 1024 * 1024;
/**
 * Each slice also costs a pass over what is done so far (the incremental analyser and rules
 * copy their result lists, rules/incremental.ts), so no slice is shorter than this fraction of
 * the prefix: the whole stays within about twice a one-shot analysis instead of growing with
 * the square of the document.
 */
const MIN_SLICE_OF_PREFIX = 1 / 8;

export interface SliceProgress {
  /** The snapshot of the prefix analysed so far. */
  readonly snapshot: AnalysisSnapshot;
  /** The rules evaluated on that prefix, when rule options were given. */
  readonly rules?: RuleState;
  /** Milliseconds spent analysing, not counting the time given to other work between slices. */
  readonly analysisMs: number;
  /** Milliseconds spent on the rules, likewise. */
  readonly rulesMs: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The rule options to evaluate with, read at each slice: settings may arrive after the analysis began. */
export type RuleOptionsNow = () => RuleOptions | undefined;

/** A text of at most one slice, analysed at once (with its rules when `rules()` gives options). */
export function analyzeAtOnce(text: string, lines?: LineIndex, rules?: RuleOptionsNow): SliceProgress {
  return step(undefined, () => analyzeWhole(text, lines), rules?.());
}

/**
 * Analyses `text` slice by slice, calling `onSlice` after each slice but the last. Resolves
 * undefined when `cancelled()` turns true between slices (the document closed or was
 * replaced). `lines`, the text's line index when the caller has one, is shared rather than
 * rebuilt: each prefix ends at a line start, so its index is a view of the whole one. When
 * `rules()` gives options, the rule state is carried along slice by slice.
 */
export async function analyzeInSlices(
  text: string,
  onSlice: (progress: SliceProgress) => void,
  cancelled: () => boolean,
  lines?: LineIndex,
  rules?: RuleOptionsNow,
): Promise<SliceProgress | undefined> {
  const index = lines?.textLength === text.length ? lines.withText(text) : new LineIndex(text);
  let prefix = prefixEndingNear(index, SLICE_CHARS);
  let sliceChars = SLICE_CHARS;
  let started = performance.now();
  let progress = step(undefined, () => analyzeWhole(prefix.source.toString(), prefix), rules?.());
  while (prefix.textLength < text.length) {
    sliceChars = Math.max(
      nextSliceChars(sliceChars, performance.now() - started),
      Math.round(prefix.textLength * MIN_SLICE_OF_PREFIX),
    );
    onSlice(progress);
    trace('slice', () => sliceDetail(progress, prefix.textLength));
    await yieldToEventLoop();
    if (cancelled()) return undefined;
    started = performance.now();
    trace('slice resumes');
    const end = prefix.textLength;
    prefix = prefixEndingNear(index, end + sliceChars);
    const edit = { start: end, end, insertedLength: prefix.textLength - end };
    const previous = progress.snapshot;
    progress = step(progress, () => reanalyze(previous, prefix.source, edit, prefix), rules?.());
  }
  trace('slice', () => sliceDetail(progress, prefix.textLength));
  return progress;
}

function sliceDetail(progress: SliceProgress, done: number): string {
  return `to ${done} chars; analysis ${progress.analysisMs.toFixed(0)} ms, rules ${progress.rulesMs.toFixed(0)} ms so far`;
}

/** The next slice's size: the last one's, scaled so that it takes about SLICE_TARGET_MS. */
function nextSliceChars(lastChars: number, lastMs: number): number {
  const scaled = lastMs > 0 ? (lastChars * SLICE_TARGET_MS) / lastMs : MAX_SLICE_CHARS;
  // Grow at most twice per slice: one quick slice (the end of a call, a run of blank lines) says little.
  return Math.round(Math.max(MIN_SLICE_CHARS, Math.min(MAX_SLICE_CHARS, 2 * lastChars, scaled)));
}

/**
 * One slice: the analysis `analyse` makes, and the rules brought up to date with it. Rules
 * carried from the last slice are updated for the append; options that changed (or arrived)
 * since mean one evaluation of the prefix so far.
 */
function step(
  previous: SliceProgress | undefined,
  analyse: () => AnalysisSnapshot,
  options: RuleOptions | undefined,
): SliceProgress {
  const started = performance.now();
  const snapshot = analyse();
  const analysed = performance.now();
  let rules: RuleState | undefined;
  if (options) {
    const carried = previous?.rules && sameOptions(previous.rules.options, options) ? previous.rules : undefined;
    rules =
      carried && snapshot.change
        ? updateRuleState(carried, snapshot.analysis, snapshot.change, options)
        : evaluateRuleState(snapshot.analysis, options);
  }
  const analysisMs = (previous?.analysisMs ?? 0) + analysed - started;
  return { snapshot, rules, analysisMs, rulesMs: (previous?.rulesMs ?? 0) + performance.now() - analysed };
}

export function sameOptions(a: RuleOptions, b: RuleOptions): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The index of the prefix that ends at the first line start at or after `length`, or of the whole text. */
function prefixEndingNear(index: LineIndex, length: number): LineIndex {
  const line = index.lineAt(length) + 1;
  return line < index.lineCount ? index.prefixBefore(line) : index;
}
