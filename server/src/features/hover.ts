/**
 * textDocument/hover: a catalog card for the status code or Q.850 cause under the cursor, in the
 * language of the rule options (the document's `sipLens.language`), as its findings are.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../pipeline/documentAnalysis';
import { DEFAULT_RULE_OPTIONS } from '../rules/index';
import type { Finding, RuleOptions } from '../rules/types';
import { contextFor, q850Card, statusCodeCard } from './hoverCard';
import { q850At, statusCodeAt } from './lookup';

export function hover(
  document: TextDocument,
  state: DocumentAnalysis,
  position: Position,
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
): Hover | null {
  const offset = document.offsetAt(position);
  const occurrence = statusCodeAt(state.analysis, offset);
  if (occurrence) {
    // The finding on these three digits, as the diagnostics and inlay hints show it: one truth.
    const finding = findingAt(state.findings(options), occurrence.offset);
    const context = contextFor(state.analysis, occurrence, state, finding);
    const callFlow = context.message?.callId ? { uri: document.uri, position: document.positionAt(offset) } : undefined;
    const value = statusCodeCard(callFlow ? { ...context, callFlow } : context, options.language);
    if (!value) return null;
    return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, occurrence.offset, 3) };
  }
  const cause = q850At(state.analysis, offset);
  if (cause) {
    return {
      contents: { kind: MarkupKind.Markdown, value: q850Card(cause, options.language) },
      range: rangeOf(document, cause.offset, cause.length),
    };
  }
  return null;
}

/** The finding whose range starts at `offset` (findings are sorted by offset). */
function findingAt(findings: readonly Finding[], offset: number): Finding | undefined {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((findings[mid] as Finding).offset < offset) low = mid + 1;
    else high = mid;
  }
  const found = findings[low];
  return found?.offset === offset ? found : undefined;
}

function rangeOf(document: TextDocument, offset: number, length: number) {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}
