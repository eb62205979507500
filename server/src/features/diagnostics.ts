/** Turns rule findings into LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rfcSectionUrl } from '../../../catalog/src/index';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import type { Finding, Overflow, RelatedLocation, RuleResult, Severity } from '../rules/types';
import { DIAGNOSTIC_STRINGS } from './feature-strings';
import { replaceUnsafeControls } from './untrustedText';

export const DIAGNOSTIC_SOURCE = 'SIP Lens';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The shown findings as diagnostics, then one that says how many more `sipLens.maxDiagnostics` left
 * out. The findings come worded by the rules; `language` is the notice's (the same as the findings').
 */
export function toDiagnostics(
  document: TextDocument,
  result: RuleResult,
  language: Language = DEFAULT_LANGUAGE,
): Diagnostic[] {
  const diagnostics = result.findings.map((finding) => toDiagnostic(document, finding));
  if (result.overflow) diagnostics.push(overflowDiagnostic(document, result.overflow, language));
  return diagnostics;
}

function overflowDiagnostic(
  document: TextDocument,
  { hidden, limit, offset, severity }: Overflow,
  language: Language,
): Diagnostic {
  const words = DIAGNOSTIC_STRINGS[language];
  const position = document.positionAt(offset);
  return {
    range: { start: position, end: position },
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: 'diagnostics-capped',
    // No RFC explains a display limit; RFC 3261 is the closest useful page.
    codeDescription: { href: rfcSectionUrl(3261) },
    message: fill(hidden === 1 ? words.overflowOne : words.overflowMany, { hidden, limit }),
  };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.offset + finding.length) },
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: finding.href },
    // Messages quote the log (reason phrases, methods): bidi controls would reorder them in the Problems panel.
    message: replaceUnsafeControls(finding.message),
  };
  if (finding.code !== undefined) diagnostic.data = { statusCode: finding.code };
  const related = finding.related ? [finding.related, ...(finding.repeats ?? [])] : finding.repeats;
  if (related) diagnostic.relatedInformation = related.map((location) => relatedInformation(document, location));
  return diagnostic;
}

function relatedInformation(document: TextDocument, { offset, length, message }: RelatedLocation) {
  return {
    location: {
      uri: document.uri,
      range: { start: document.positionAt(offset), end: document.positionAt(offset + length) },
    },
    message: replaceUnsafeControls(message),
  };
}
