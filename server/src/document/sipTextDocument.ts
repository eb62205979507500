/**
 * The server's text document: the LSP TextDocument interface over our own line index. The stock
 * implementation builds its line table with one JavaScript call per character (about 0.45 s on a
 * 50 MB log, more than the whole SIP analysis of it) and keeps it as a plain array; ours scans
 * with indexOf into a Uint32Array, is built only when a position is first needed, and is
 * updated around an edit instead of rebuilt. The text is an AppendableText, so following a
 * growing log never copies the whole log per append.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../analysis/incremental';
import { LineIndex } from '../analysis/lineIndex';
import { AppendableText } from './appendableText';

export class SipTextDocument implements TextDocument {
  private index: LineIndex | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text, for readers that need no whole string: its length, characters and slices. */
    readonly text: AppendableText,
    lines?: LineIndex,
  ) {
    this.index = lines;
  }

  static create(uri: string, languageId: string, version: number, content: string): SipTextDocument {
    return new SipTextDocument(uri, languageId, version, AppendableText.of(content));
  }

  /** The line index, built on first use. Analysis reuses it instead of building its own. */
  get lines(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }

  /** The text's length, without joining an appended text into one string. */
  get length(): number {
    return this.text.length;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  /** The whole text joins an appended text into one string (once per version): prefer `text`. */
  getText(range?: Range): string {
    if (!range) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  /** The line's range without its line break, following vscode-languageserver-textdocument. */
  getLineRange(line: number): Range {
    const lines = this.lines;
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= lines.lineCount) {
      const last = lines.lineCount - 1;
      return {
        start: { line: last, character: 0 },
        end: { line: last, character: this.text.length - lines.lineStart(last) },
      };
    }
    return { start: { line, character: 0 }, end: { line, character: lines.lineEnd(line) - lines.lineStart(line) } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.lines;
    if (line < 0 || line >= lines.lineCount) return '';
    const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : this.text.length;
    return this.text.slice(lines.lineEnd(line), next);
  }

  /** The document after one change: offsets are taken on this version, as LSP orders changes. */
  applyChange(change: TextDocumentContentChangeEvent, version: number): SipTextDocument {
    if (!('range' in change)) return SipTextDocument.create(this.uri, this.languageId, version, change.text);
    return this.applyEdit(this.editFor(change), change.text, version);
  }

  /** A ranged change as offsets into this version (a reversed range is read in order). */
  editFor(change: { readonly range: Range; readonly text: string }): TextEdit {
    const a = this.offsetAt(change.range.start);
    const b = this.offsetAt(change.range.end);
    return { start: Math.min(a, b), end: Math.max(a, b), insertedLength: change.text.length };
  }

  /** The document after `edit` (from `editFor`) inserts `inserted`. */
  applyEdit(edit: TextEdit, inserted: string, version: number): SipTextDocument {
    const text = this.text.withEdit(edit.start, edit.end, inserted);
    const lines = this.lines.afterEdit(text, edit.start, edit.end, inserted.length);
    return new SipTextDocument(this.uri, this.languageId, version, text, lines);
  }
}
