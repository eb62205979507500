/**
 * A document's text as a flat base plus a short tail of appended text.
 *
 * A JavaScript string cannot grow in place: `text + line` makes a rope that V8 flattens into a
 * new 50 MB string the first time anything reads a character of it. Following a log that is
 * still being written would then copy the whole log on every append, costing tens of
 * milliseconds and a new 50 MB of garbage per version. Here an edit inside the tail (appends
 * are the common case) makes only a new tail; the whole text is joined when someone asks for
 * it, and the tail is folded into the base once it grows past TAIL_LIMIT.
 */
import type { CharSource } from '../analysis/charSource';

/** Large enough that folds are rare; small enough that copying the tail per edit stays cheap. */
const TAIL_LIMIT = 4 * 1024 * 1024;

export class AppendableText implements CharSource {
  private joined: string | undefined;

  private constructor(
    private readonly base: string,
    private readonly tail: string,
  ) {
    if (tail.length === 0) this.joined = base;
  }

  static of(text: string): AppendableText {
    return new AppendableText(text, '');
  }

  get length(): number {
    return this.base.length + this.tail.length;
  }

  charCodeAt(index: number): number {
    const split = this.base.length;
    return index < split ? this.base.charCodeAt(index) : this.tail.charCodeAt(index - split);
  }

  /** Slices that reach into the tail copy only what they return, never the base. */
  slice(start: number, end: number): string {
    const split = this.base.length;
    if (end <= split) return this.base.slice(start, end);
    if (start >= split) return this.tail.slice(start - split, end - split);
    return this.base.slice(start) + this.tail.slice(0, end - split);
  }

  /** The longest start of the text already held as one string (all of it once joined): read without a copy. */
  get prefix(): string {
    return this.joined ?? this.base;
  }

  toString(): string {
    this.joined ??= this.base + this.tail;
    return this.joined;
  }

  /** The text after replacing `[start, end)` (a valid, ordered range) with `inserted`. */
  withEdit(start: number, end: number, inserted: string): AppendableText {
    const split = this.base.length;
    if (start >= split) {
      const tail = this.tail.slice(0, start - split) + inserted + this.tail.slice(end - split);
      return tail.length <= TAIL_LIMIT ? new AppendableText(this.base, tail) : new AppendableText(this.base + tail, '');
    }
    const whole = this.toString();
    return new AppendableText(whole.slice(0, start) + inserted + whole.slice(end), '');
  }
}
