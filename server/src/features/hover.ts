/** textDocument/hover: a catalog card for the status code or Q.850 cause under the cursor. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../pipeline/documentAnalysis';
import { contextFor, q850Card, statusCodeCard } from './hoverCard';
import { q850At, statusCodeAt } from './lookup';

export function hover(document: TextDocument, state: DocumentAnalysis, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const occurrence = statusCodeAt(state.analysis, offset);
  if (occurrence) {
    const value = statusCodeCard(contextFor(state.analysis, occurrence, state.transactionOf));
    if (!value) return null;
    return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, occurrence.offset, 3) };
  }
  const cause = q850At(state.analysis, offset);
  if (cause) {
    return {
      contents: { kind: MarkupKind.Markdown, value: q850Card(cause) },
      range: rangeOf(document, cause.offset, cause.length),
    };
  }
  return null;
}

function rangeOf(document: TextDocument, offset: number, length: number) {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}
