/**
 * Inline fix hints: after each failure status line that a rule reported, that finding's short fix
 * (the same text its diagnostic and hover show, chosen by the rule for this call: a rejected
 * retry says to check the account, not to resend credentials). Tied to findings so that normal
 * traffic (an answered 401 challenge, a 487 after CANCEL) stays quiet, as the diagnostics do.
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../pipeline/documentAnalysis';
import { RULES } from '../rules/registry';
import type { Finding, RuleOptions } from '../rules/types';
import { statusCodeAt } from './lookup';
import { replaceUnsafeControls } from './untrustedText';

export function inlayHints(
  document: TextDocument,
  state: DocumentAnalysis,
  range: Range,
  options: RuleOptions,
): InlayHint[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  const seenLines = new Set<number>();
  for (const finding of state.findings(options)) {
    if (finding.offset < start || finding.offset > end || !isHinted(finding)) continue;
    const hint = hintFor(document, state, finding);
    if (hint && !seenLines.has(hint.position.line)) {
      seenLines.add(hint.position.line);
      hints.push(hint);
    }
  }
  return hints;
}

function isHinted(finding: Finding): boolean {
  return finding.code !== undefined && finding.severity !== 'hint' && RULES[finding.rule].inlayHint;
}

function hintFor(document: TextDocument, state: DocumentAnalysis, finding: Finding): InlayHint | undefined {
  if (!finding.shortFix) return undefined;
  return {
    position: document.positionAt(lineEndOffset(document, state, finding)),
    // The finding's text can quote the log (a phrase, a method): filtered, as every surface is.
    label: replaceUnsafeControls(`→ ${finding.shortFix}`),
    kind: InlayHintKind.Type,
    paddingLeft: true,
    // Plain text: the message quotes the log, and a tooltip must not render it as Markdown.
    tooltip: replaceUnsafeControls(finding.message),
  };
}

/** The hint goes at the end of the status line (before an ngrep trailing dot is fine too). */
function lineEndOffset(document: TextDocument, state: DocumentAnalysis, finding: Finding): number {
  const occurrence = statusCodeAt(state.analysis, finding.offset);
  const message =
    occurrence && occurrence.messageIndex >= 0 ? state.analysis.messages[occurrence.messageIndex] : undefined;
  if (message && message.startOffset <= finding.offset && finding.offset < message.startLineEnd)
    return message.startLineEnd;
  // The document clamps a too-large character to the end of the line's text; copying the line to
  // measure it would cost its length per hint.
  return document.offsetAt({ line: document.positionAt(finding.offset).line, character: Number.MAX_SAFE_INTEGER });
}
