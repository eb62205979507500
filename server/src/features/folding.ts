/** One folding range per multi-line SIP message, so a long trace collapses to its start lines. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';

export function foldingRanges(document: TextDocument, analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const message of analysis.messages) {
    const startLine = document.positionAt(message.startOffset).line;
    // endOffset is just past the last character; step back so a trailing newline does not add a line.
    const endLine = document.positionAt(Math.max(message.startOffset, message.endOffset - 1)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
