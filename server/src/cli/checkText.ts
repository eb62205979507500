/** Pieces of `sip-lens check`'s text output that are worded for a terminal. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleResult, Severity } from '../rules/types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * The line after the shown findings when `--max-diagnostics` left some out, in the same linter
 * format at the first hidden finding: how many, of which severities, and the flag that hid them.
 */
export function overflowLine(name: string, document: TextDocument, { findings, totals, overflow }: RuleResult): string {
  if (!overflow) return '';
  const shown = new Map<Severity, number>();
  for (const finding of findings) shown.set(finding.severity, (shown.get(finding.severity) ?? 0) + 1);
  const hidden = SEVERITIES.map((severity) => [severity, totals[severity] - (shown.get(severity) ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity === 'information' || count === 1 ? severity : `${severity}s`}`);
  const { line, character } = document.positionAt(overflow.offset);
  const noun = overflow.hidden === 1 ? 'finding' : 'findings';
  return `${name}:${line + 1}:${character + 1} ${overflow.severity} … and ${overflow.hidden} more ${noun} not shown (${hidden.join(', ')}; --max-diagnostics ${overflow.limit}) [diagnostics-capped]\n`;
}
