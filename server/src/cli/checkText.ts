/** `sip-lens check`'s text output, for a terminal or a CI log. */
import type { Language } from '../../../catalog/src/language';
import { replaceUnsafeControls } from '../features/untrustedText';
import type { StreamedRuleResult } from '../rules/types';
import type { CheckedFile, PositionSource } from './checkedFile';
import { SEVERITY_STRINGS } from './cli-strings';
import { terminalLine } from './io';
import type { ChunkedOutput } from './output';
import { overflowNotice } from './overflow';

/**
 * Linter format, 1-based like compilers print: `file:line:col severity message [rule]`. File
 * names and messages (which quote reason phrases from the log) pass the untrusted-text filter
 * before they reach a terminal. The severity word is in `language`, as the messages are; the
 * format and the rule id are not words, and stay as they are for tools that read the lines.
 */
export function writeText(output: ChunkedOutput, { path, document, result }: CheckedFile, language: Language): void {
  const name = terminalLine(path);
  const severityWord = SEVERITY_STRINGS[language];
  for (const finding of result.findings) {
    if (output.closed) return;
    const { line, character } = document.positionAt(finding.offset);
    output.write(
      `${name}:${line + 1}:${character + 1} ${severityWord[finding.severity]} ${replaceUnsafeControls(finding.message)} [${finding.rule}]\n`,
    );
  }
  output.write(overflowLine(name, document, result, language));
}

/**
 * The line after the shown findings when `--max-diagnostics` left some out, in the same linter
 * format at the first hidden finding (in text order: the cap keeps the most severe, so the hidden
 * ones can start anywhere): how many, of which severities, and the flag that hid them.
 */
function overflowLine(name: string, document: PositionSource, result: StreamedRuleResult, language: Language): string {
  const { overflow } = result;
  if (!overflow) return '';
  const { line, character } = document.positionAt(overflow.offset);
  const severity = SEVERITY_STRINGS[language][overflow.severity];
  const notice = overflowNotice(result, language);
  return `${name}:${line + 1}:${character + 1} ${severity} ${notice} [diagnostics-capped]\n`;
}
