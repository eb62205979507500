/**
 * `sip-lens check [--json] [--max-diagnostics <n>] [--lang <l>] <file...>`: the language server's findings,
 * for CI. The exit status counts every finding, shown or not: 0 with no error-level finding, 1
 * with some, 2 on a usage error or an unreadable path, 3 when sip-lens itself failed.
 *
 * Files are checked one at a time (read, analyse, write, let go), so memory holds one file's
 * analysis however many files are named, and output is written as it is made.
 */
import { assertReadable, checkFile } from './checkedFile';
import { JSON_END, JSON_START, jsonSafe, writeFileJson } from './checkJson';
import { writeText } from './checkText';
import type { Language } from '../../../catalog/src/language';
import { EXIT_FINDINGS, EXIT_OK, parseFlags, UsageError, type CliIO } from './io';
import { ChunkedOutput } from './output';

export function runCheck(args: readonly string[], io: CliIO, language: Language): number {
  const { flags, positional } = parseFlags(args, ['--json'], ['--max-diagnostics']);
  if (positional.length === 0) throw new UsageError('needsFile', { command: 'check' });
  const maxFindings = parseMax(flags.get('--max-diagnostics'));
  // A mistyped path fails before anything is printed, not after the other files' findings.
  positional.forEach(assertReadable);
  const json = flags.has('--json');
  const output = new ChunkedOutput(io, json ? jsonSafe : undefined);
  let hasErrors = false;
  if (json) output.write(JSON_START);
  positional.forEach((path, i) => {
    // Written out before the next file is read, so a reader sees each file's findings as they come.
    output.flush();
    const file = checkFile(path, maxFindings, language);
    hasErrors ||= file.result.totals.error > 0;
    if (json) writeFileJson(output, file, i === 0);
    else writeText(output, file, language);
  });
  if (json) output.write(JSON_END);
  output.flush();
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

/** A CLI is not an editor: every finding unless `--max-diagnostics` asks for fewer. */
function parseMax(raw: string | true | undefined): number {
  if (raw === undefined || raw === true) return Number.POSITIVE_INFINITY;
  if (!/^\d+$/u.test(raw)) throw new UsageError('maxNotWhole', { value: raw });
  return Number(raw);
}
