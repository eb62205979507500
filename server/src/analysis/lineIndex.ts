/**
 * Offset <-> {line, character} conversion for large texts. Line starts live in one Uint32Array
 * (4 bytes a line, no line strings) and lookups are binary searches. Line breaks are LF, CRLF
 * and lone CR, as in LSP; positions follow vscode-languageserver-textdocument exactly, so a
 * position computed here means the same thing in the editor.
 */
import type { CharSource } from './charSource';
import { CR, LF } from './chars';

/** Zero-based line and UTF-16 character, like an LSP Position. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  private readonly starts: Uint32Array;
  /** Kept as a number: hot loops read it, and the text may be a string or another CharSource. */
  private readonly length: number;

  /**
   * `starts` must be the line starts of `text` (see `lineStartsAfterEdit`); computed when
   * absent. The analysis passes read characters through `endOf` in hot loops, so the index
   * they use holds a string; the server's documents hold an AppendableText.
   */
  constructor(
    private readonly text: CharSource,
    starts?: Uint32Array,
  ) {
    this.starts = starts ?? computeLineStarts(text.toString());
    this.length = text.length;
  }

  /** The text this index was built for. */
  get source(): CharSource {
    return this.text;
  }

  /** The same line starts over `text`, which must be the same text as one flat string. */
  withText(text: string): LineIndex {
    return new LineIndex(text, this.starts);
  }

  /**
   * The index of the text's prefix that ends where `line` starts (`line` must exist). It shares
   * this index's array: a start depends only on the characters before it and at it, and the
   * prefix ends just after a line break, so its starts are exactly those up to `line`'s.
   */
  prefixBefore(line: number): LineIndex {
    return new LineIndex(this.text.slice(0, this.starts[line] as number), this.starts.subarray(0, line + 1));
  }

  /** Offset where line `line` starts, without clamping (for callers that know it exists). */
  startOf(line: number): number {
    return this.starts[line] as number;
  }

  /**
   * The index of `text`, which must be this index's text from the start of line `first` to
   * the start of line `end` (to the text end when `end` is the line count): the same starts,
   * moved to the window's offsets. Incremental analysis reads such windows of a large text.
   */
  window(text: string, first: number, end: number): LineIndex {
    const base = this.starts[first] as number;
    // A window that stops at a line start ends with a break, so that start opens its last (empty) line.
    const count = (end < this.starts.length ? end + 1 : end) - first;
    const starts = new Uint32Array(count);
    for (let i = 0; i < count; i++) starts[i] = (this.starts[first + i] as number) - base;
    return new LineIndex(text, starts);
  }

  /** The index of the text after replacing old `[start, end)` with `insertedLength` characters. */
  afterEdit(text: CharSource, start: number, end: number, insertedLength: number): LineIndex {
    return new LineIndex(text, lineStartsAfterEdit(this.starts, text, start, end, insertedLength));
  }

  /**
   * Offset of `line`'s line break (the text end on the last line), without clamping: for hot
   * loops that walk existing lines. A break is one LF, one CR or one CRLF, and a line holds
   * neither character, so at most two characters are stepped over.
   */
  endOf(line: number): number {
    const start = this.starts[line] as number;
    let end = line + 1 < this.starts.length ? (this.starts[line + 1] as number) : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === LF) end--;
    if (end > start && this.text.charCodeAt(end - 1) === CR) end--;
    return end;
  }

  /**
   * `lineAt(offset)` for an offset on line `from` or later: a forward scan that visits
   * ascending offsets pays for the distance it moved (exponential search), not log(lines).
   */
  lineAtFrom(offset: number, from: number): number {
    const starts = this.starts;
    if (from < 0 || from >= starts.length || (starts[from] as number) > offset || offset > this.length)
      return this.lineAt(offset);
    let low = from;
    let step = 1;
    while (low + step < starts.length && (starts[low + step] as number) <= offset) {
      low += step;
      step *= 2;
    }
    let high = Math.min(starts.length, low + step);
    // Invariant: starts[low] <= offset < starts[high] (or high is the line count).
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if ((starts[mid] as number) > offset) high = mid;
      else low = mid;
    }
    return low;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Length of the text this index was built for. */
  get textLength(): number {
    return this.length;
  }

  /** Offset of the first character of `line` (clamped to the document). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.length;
    return this.starts[line] as number;
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const clamped = Math.min(Math.max(line, 0), this.starts.length - 1);
    const next = clamped + 1 < this.starts.length ? (this.starts[clamped + 1] as number) : this.length;
    return this.beforeLineBreak(next, this.starts[clamped] as number);
  }

  /** The line containing `offset` (clamped to the document). */
  lineAt(offset: number): number {
    const target = Math.min(Math.max(offset, 0), this.length);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.starts[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return low - 1;
  }

  positionAt(offset: number): LinePosition {
    const clamped = Math.min(Math.max(offset, 0), this.length);
    const line = this.lineAt(clamped);
    const start = this.starts[line] as number;
    return { line, character: this.beforeLineBreak(clamped, start) - start };
  }

  /** Clamps the character to the line's text, as the LSP text document does. */
  offsetAt(position: LinePosition): number {
    if (position.line >= this.starts.length) return this.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line] as number;
    if (position.character <= 0) return start;
    const next = position.line + 1 < this.starts.length ? (this.starts[position.line + 1] as number) : this.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  /** Moves an offset that points into a line break back to the end of the line's text. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let result = offset;
    while (result > lineStart) {
      const c = this.text.charCodeAt(result - 1);
      if (c !== LF && c !== CR) break;
      result--;
    }
    return result;
  }
}

/**
 * Line starts, found with `indexOf`, at memchr speed rather than one `charCodeAt` call per
 * character. Logs break lines with LF or CRLF, and then every line starts after an LF: one
 * cursor does. A lone CR (old Mac text, or a CR inside a line) also breaks a line, so a text
 * that has one takes the two-cursor walk.
 */
export function computeLineStarts(text: string): Uint32Array {
  return hasLoneCr(text) ? startsAtAnyBreak(text) : startsAfterLf(text);
}

/** True when some CR is not followed by an LF. One `indexOf` per CR: a CRLF log has one per line. */
function hasLoneCr(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 2)) {
    if (text.charCodeAt(cr + 1) !== LF) return true;
  }
  return false;
}

/** Line starts of a text whose every line break ends with an LF. */
function startsAfterLf(text: string): Uint32Array {
  let starts = newStarts(text);
  let count = 1; // starts[0] = 0
  for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', lf + 1)) {
    if (count === starts.length) starts = grow(starts);
    starts[count++] = lf + 1;
  }
  return starts.slice(0, count);
}

/**
 * Line starts with two `indexOf` cursors (one for LF, one for CR): each cursor only moves
 * forward, so the whole text is scanned about once.
 */
function startsAtAnyBreak(text: string): Uint32Array {
  let starts = newStarts(text);
  let count = 1; // starts[0] = 0
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    let next: number;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
      if (next === cr + 2) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', cr + 1);
    } else {
      next = lf + 1;
      lf = text.indexOf('\n', next);
    }
    if (count === starts.length) starts = grow(starts);
    starts[count++] = next;
  }
  return starts.slice(0, count);
}

/** Room for a log's lines (about 40 characters each) without growing. */
function newStarts(text: string): Uint32Array {
  return new Uint32Array(Math.max(16, Math.ceil(text.length / 32)));
}

function grow(starts: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(starts.length * 2);
  bigger.set(starts);
  return bigger;
}

/**
 * Line starts after an edit, in time proportional to the edit (plus one memcpy): starts before
 * the edited line are kept, the edited stretch is rescanned, later starts are shifted. A start
 * `t` depends only on the characters at `t - 1` and `t` (a CR followed by LF is one break), so
 * an old start at least two characters past the edit is still a start, `delta` further on.
 */
export function lineStartsAfterEdit(
  old: Uint32Array,
  text: CharSource,
  start: number,
  end: number,
  insertedLength: number,
): Uint32Array {
  const delta = insertedLength - (end - start);
  const keepBefore = lastAtOrBefore(old, Math.max(0, start - 1)); // index of a start <= start - 1
  const rescanFrom = old[keepBefore] as number;
  const resumeAt = lastAtOrBefore(old, end + 1) + 1; // first old start >= end + 2
  const rescanTo = resumeAt < old.length ? (old[resumeAt] as number) + delta : text.length;
  const middle = computeLineStarts(text.slice(rescanFrom, rescanTo));
  const tail = old.length - resumeAt;
  // middle[0] is rescanFrom itself; a final start equal to rescanTo is the resumed one.
  let middleCount = middle.length - 1;
  if (resumeAt < old.length && (middle[middleCount] as number) + rescanFrom === rescanTo) middleCount--;
  const result = new Uint32Array(keepBefore + 1 + middleCount + tail);
  result.set(old.subarray(0, keepBefore + 1));
  for (let i = 1; i <= middleCount; i++) result[keepBefore + i] = (middle[i] as number) + rescanFrom;
  const tailAt = keepBefore + 1 + middleCount;
  for (let i = 0; i < tail; i++) result[tailAt + i] = (old[resumeAt + i] as number) + delta;
  return result;
}

/** Index of the last element <= `value` in an ascending array whose first element is 0. */
function lastAtOrBefore(starts: Uint32Array, value: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) > value) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}
