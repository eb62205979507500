/**
 * What the line index and the incremental analyser read of a document's text: its length,
 * single characters and short slices. A string is one; so is the server's appendable document
 * text (see server/src/appendableText.ts), which a `tail -f` append extends without copying the
 * whole log into a new flat string.
 */
export interface CharSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end: number): string;
  /** The whole text as one string (may copy: only for a whole analysis). */
  toString(): string;
}
