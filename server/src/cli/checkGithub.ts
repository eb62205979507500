/**
 * `sip-lens check --format github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which the runner turns
 * into an annotation on that line of the file. Findings quote text from the log, so everything
 * that comes from it is escaped the way the runner unescapes it: a reason phrase cannot end the
 * command early, start a second one, or forge a property.
 */
import type { Language } from '../../../catalog/src/language';
import { replaceUnsafeControls } from '../features/untrustedText';
import type { RuleId, Severity } from '../rules/types';
import type { CheckedFile, PositionSource } from './checkedFile';
import type { ChunkedOutput } from './output';
import { overflowNotice } from './overflow';

/** The runner's three annotation levels; information and hints are notices. */
const COMMANDS: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

export function writeGithub(output: ChunkedOutput, { path, document, result }: CheckedFile, language: Language): void {
  for (const finding of result.findings) {
    if (output.closed) return;
    output.write(command(finding.severity, finding.rule, finding.message, path, document, finding));
  }
  const { overflow } = result;
  if (overflow) {
    const notice = overflowNotice(result, language);
    output.write(command(overflow.severity, 'diagnostics-capped', notice, path, document, { ...overflow, length: 0 }));
  }
}

/** Columns are 1-based and the end column follows the last character, as in the SARIF output. */
function command(
  severity: Severity,
  rule: RuleId,
  message: string,
  path: string,
  document: PositionSource,
  { offset, length }: { offset: number; length: number },
): string {
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + length);
  const properties = [
    `file=${escapeProperty(path)}`,
    `line=${start.line + 1}`,
    `col=${start.character + 1}`,
    `endLine=${end.line + 1}`,
    `endColumn=${end.character + 1}`,
    `title=${escapeProperty(`SIP Lens ${rule}`)}`,
  ];
  return `::${COMMANDS[severity]} ${properties.join(',')}::${escapeData(message)}\n`;
}

/**
 * A command's message, as the runner reads it back: `%` first, so an escape already in the log
 * text (`%0A`) stays text; then line breaks, which the runner turns back into line breaks of the
 * annotation. The untrusted-text filter runs last, on what is left: the runner's log view
 * interprets terminal escape sequences.
 */
export function escapeData(text: string): string {
  return replaceUnsafeControls(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** A property value: also its separators, `:` (ends the properties) and `,` (starts the next one). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
