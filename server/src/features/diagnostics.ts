/** Turns rule findings into LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rfcSectionUrl } from '../../../catalog/src/index';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { SEVERITY_ORDER } from '../rules/cap';
import type { Finding, Overflow, RelatedLocation, RuleResult, Severity, SeverityCounts } from '../rules/types';
import { DIAGNOSTIC_STRINGS, SEVERITY_COUNT_STRINGS } from './feature-strings';
import { replaceUnsafeControls } from './untrustedText';

export const DIAGNOSTIC_SOURCE = 'SIP Lens';

/**
 * What placing findings needs of a document: its URI and the line and column of an offset (a log
 * streamed from disk has no text held, only the places its findings name).
 */
export type PlacedText = Pick<TextDocument, 'uri' | 'positionAt'>;

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The shown findings as diagnostics, after one at the top of the document that says how many more
 * `sipLens.maxDiagnostics` left out. The findings come worded by the rules; `language` is the
 * notice's (the same as the findings').
 */
export function toDiagnostics(
  document: PlacedText,
  result: RuleResult,
  language: Language = DEFAULT_LANGUAGE,
): Diagnostic[] {
  const diagnostics = result.findings.map((finding) => toDiagnostic(document, finding));
  if (result.overflow) diagnostics.unshift(overflowDiagnostic(result.overflow, language));
  return diagnostics;
}

/**
 * The notice sits at the top of the document, where it is found first, rather than at the first
 * hidden finding: the cap keeps the most severe findings across the whole document (rules/cap.ts),
 * so the hidden ones are spread all over it.
 */
function overflowDiagnostic({ hidden, limit, hiddenBySeverity, severity }: Overflow, language: Language): Diagnostic {
  const total = limit + hidden;
  const words = DIAGNOSTIC_STRINGS[language];
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: 'diagnostics-capped',
    // No RFC explains a display limit; RFC 3261 is the closest useful page.
    codeDescription: { href: rfcSectionUrl(3261) },
    message: fill(total === 1 ? words.overflowOne : words.overflowMany, {
      shown: grouped(limit),
      total: grouped(total),
      hidden: grouped(hidden),
      counts: severityCounts(hiddenBySeverity, language),
    }),
  };
}

/**
 * "3 errors, 26,530 warnings": each severity with findings, the most severe first (the CLI's
 * overflow line too, which writes its numbers ungrouped, as its other counts).
 */
export function severityCounts(
  counts: SeverityCounts,
  language: Language,
  format: (count: number) => string = grouped,
): string {
  const words = SEVERITY_COUNT_STRINGS[language];
  return SEVERITY_ORDER.filter((severity) => counts[severity] > 0)
    .map((severity) => {
      const count = counts[severity];
      return fill(words[`${severity}${count === 1 ? 'One' : 'Many'}`], { count: format(count) });
    })
    .join(words.separator);
}

/** Digits in groups of three ("27,533"), as both languages write counts this size. */
function grouped(count: number): string {
  const digits = String(count);
  let text = '';
  for (let i = 0; i < digits.length; i++) text += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return text;
}

export function toDiagnostic(document: PlacedText, finding: Finding): Diagnostic {
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

function relatedInformation(document: PlacedText, { offset, length, message }: RelatedLocation) {
  return {
    location: {
      uri: document.uri,
      range: { start: document.positionAt(offset), end: document.positionAt(offset + length) },
    },
    message: replaceUnsafeControls(message),
  };
}
