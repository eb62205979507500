/**
 * `sip-lens check [--format text|json|sarif|github] [--max-diagnostics <n>] [--horizon <MiB|all>] <file...>`:
 * the language server's findings, for CI. The exit status counts every finding, shown or not: 0
 * with no error-level finding, 1 with some, 2 on a usage error or an unreadable path, 3 when
 * sip-lens itself failed. `-` reads standard input; a `.gz` file is decompressed.
 *
 * Files are checked one at a time, each streamed (read, analysed and written window by window,
 * server/src/stream), so memory holds what is still open in one file however big it is and
 * however many files are named, and output is written as it is made.
 */
import { assertReadable, checkFile } from './checkedFile';
import { writeGithub } from './checkGithub';
import { JSON_END, JSON_START, jsonSafe, writeFileJson } from './checkJson';
import { SarifWriter } from './checkSarif';
import { writeText } from './checkText';
import type { Language } from '../../../catalog/src/language';
import { parseHorizon, warnInParts } from './horizon';
import { EXIT_FINDINGS, EXIT_OK, parseFlags, UsageError, type CliIO } from './io';
import { ChunkedOutput } from './output';
import type { CheckedFile } from './checkedFile';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** One output format: what opens the report, each file's part (in order), what closes it. */
interface CheckWriter {
  start(): void;
  file(file: CheckedFile, first: boolean): void;
  end(): void;
}

export function runCheck(args: readonly string[], io: CliIO, language: Language): number {
  const { flags, positional } = parseFlags(args, ['--json'], ['--max-diagnostics', '--format', '--horizon']);
  const format = parseFormat(flags.get('--format'), flags.has('--json'));
  if (positional.length === 0) throw new UsageError('needsFile', { command: 'check' });
  const maxFindings = parseMax(flags.get('--max-diagnostics'));
  const horizonChars = parseHorizon(flags.get('--horizon'));
  // A mistyped path fails before anything is printed, not after the other files' findings.
  assertReadable(positional);
  // JSON's extra escaping keeps bidi and C1 controls from log text out of a terminal that shows it.
  const output = new ChunkedOutput(io, format === 'json' || format === 'sarif' ? jsonSafe : undefined);
  const writer = writerFor(format, output, language);
  let hasErrors = false;
  writer.start();
  positional.forEach((path, i) => {
    // Written out before the next file is read, so a reader sees each file's findings as they come.
    output.flush();
    const file = checkFile(path, maxFindings, language, horizonChars);
    writer.file(file, i === 0);
    file.readToEnd();
    warnInParts(io, 'judgedInParts', path, file.callsJudgedInParts(), horizonChars, language);
    // Counted once the file has been read through: it is read as its findings are written.
    hasErrors ||= file.result.totals.error > 0;
  });
  writer.end();
  output.flush();
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

function writerFor(format: Format, output: ChunkedOutput, language: Language): CheckWriter {
  const nothing = () => undefined;
  switch (format) {
    case 'text':
      return { start: nothing, file: (file) => writeText(output, file, language), end: nothing };
    case 'github':
      return { start: nothing, file: (file) => writeGithub(output, file, language), end: nothing };
    case 'json':
      return {
        start: () => output.write(JSON_START),
        file: (file, first) => writeFileJson(output, file, first),
        end: () => output.write(JSON_END),
      };
    case 'sarif': {
      const sarif = new SarifWriter(output, language);
      return { start: () => sarif.start(), file: (file) => sarif.file(file), end: () => sarif.end() };
    }
  }
}

/** `--json` is `--format json`, kept for the scripts that use it; with another format it is a contradiction. */
function parseFormat(raw: string | true | undefined, json: boolean): Format {
  if (raw === undefined || raw === true) return json ? 'json' : 'text';
  const format = FORMATS.find((name) => name === raw);
  if (format === undefined) throw new UsageError('badFormat', { value: raw.slice(0, 40) });
  if (json && format !== 'json') throw new UsageError('jsonOrFormat');
  return format;
}

/** A CLI is not an editor: every finding unless `--max-diagnostics` asks for fewer. */
function parseMax(raw: string | true | undefined): number {
  if (raw === undefined || raw === true) return Number.POSITIVE_INFINITY;
  if (!/^\d+$/u.test(raw)) throw new UsageError('maxNotWhole', { value: raw });
  return Number(raw);
}
