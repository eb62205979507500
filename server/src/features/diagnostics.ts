/** Turns rule findings into LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../rules/types';
import { replaceUnsafeControls } from './untrustedText';

export const DIAGNOSTIC_SOURCE = 'SIP Lens';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

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
  if (finding.related) {
    const { offset, length, message } = finding.related;
    diagnostic.relatedInformation = [
      {
        location: { uri: document.uri, range: { start: document.positionAt(offset), end: document.positionAt(offset + length) } },
        message: replaceUnsafeControls(message),
      },
    ];
  }
  return diagnostic;
}
