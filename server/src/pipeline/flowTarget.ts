/** Which call a position is in: the code action, the hover link and `sipLens/callFlow` share this one answer. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CallFlowParams } from '../../../catalog/src/protocol';
import type { Analysis } from '../analysis/types';

/**
 * The Call-ID of the message at `position`: the message the offset falls in, else the one whose
 * start line is the cursor's line (a cursor on a log prefix before the start line counts).
 */
export function callIdAt(
  analysis: Analysis,
  document: TextDocument,
  position: CallFlowParams['position'],
): string | undefined {
  if (!position) return undefined;
  const offset = document.offsetAt(position);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const { messages } = analysis;
  // The last message starting at or before the end of the cursor's line (messages are in text order).
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((messages[mid]?.startOffset ?? 0) < lineEnd) low = mid + 1;
    else high = mid;
  }
  const message = messages[low - 1];
  if (!message) return undefined;
  const inside = offset >= message.startOffset && offset <= message.endOffset;
  const onStartLine = message.startOffset >= lineStart;
  return inside || onStartLine ? message.callId : undefined;
}
