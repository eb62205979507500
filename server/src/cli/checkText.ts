/** `sip-lens check`'s text output, for a terminal or a CI log. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { replaceUnsafeControls } from '../features/untrustedText';
import type { Severity, SeverityCounts, StreamedRuleResult } from '../rules/types';
import type { CheckedFile } from './checkedFile';
import { terminalLine } from './io';
import type { ChunkedOutput } from './output';

/**
 * Linter format, 1-based like compilers print: `file:line:col severity message [rule]`. File
 * names and messages (which quote reason phrases from the log) pass the untrusted-text filter
 * before they reach a terminal.
 */
export function writeText(output: ChunkedOutput, { path, document, result }: CheckedFile): void {
  const name = terminalLine(path);
  const shown = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of result.findings) {
    if (output.closed) return;
    const { line, character } = document.positionAt(finding.offset);
    output.write(
      `${name}:${line + 1}:${character + 1} ${finding.severity} ${replaceUnsafeControls(finding.message)} [${finding.rule}]\n`,
    );
    shown[finding.severity]++;
  }
  output.write(overflowLine(name, document, result, shown));
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * The line after the shown findings when `--max-diagnostics` left some out, in the same linter
 * format at the first hidden finding: how many, of which severities, and the flag that hid them.
 */
function overflowLine(
  name: string,
  document: TextDocument,
  { totals, overflow }: StreamedRuleResult,
  shown: SeverityCounts,
): string {
  if (!overflow) return '';
  const hidden = SEVERITIES.map((severity) => [severity, totals[severity] - shown[severity]] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity === 'information' || count === 1 ? severity : `${severity}s`}`);
  const { line, character } = document.positionAt(overflow.offset);
  const noun = overflow.hidden === 1 ? 'finding' : 'findings';
  return `${name}:${line + 1}:${character + 1} ${overflow.severity} … and ${overflow.hidden} more ${noun} not shown (${hidden.join(', ')}; --max-diagnostics ${overflow.limit}) [diagnostics-capped]\n`;
}
