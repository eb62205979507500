/**
 * `sip-lens check [--json] [--max-diagnostics <n>] <file...>`: the language server's findings,
 * for CI. The exit status counts every finding, shown or not: 0 with no error-level finding, 1
 * with some, 2 on a usage error or an unreadable path, 3 when sip-lens itself failed.
 *
 * Files are checked one at a time (read, analyse, write, let go), so memory holds one file's
 * analysis however many files are named, and output is written as it is made.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis';
import type { Analysis, Occurrence } from '../analysis/types';
import { evaluateRules } from '../rules';
import type { Finding, RuleResult } from '../rules/types';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { replaceUnsafeControls } from '../features/untrustedText';
import { EXIT_FINDINGS, EXIT_OK, parseFlags, terminalLine, UsageError, type CliIO } from './io';
import { writeJson } from './jsonStream';
import { ChunkedOutput } from './output';
import { overflowLine } from './checkText';

/** One file, analysed: what both output formats are written from. */
export interface CheckedFile {
  readonly path: string;
  readonly document: TextDocument;
  readonly analysis: Analysis;
  readonly result: RuleResult;
}

export function runCheck(args: readonly string[], io: CliIO): number {
  const { flags, positional } = parseFlags(args, ['--json'], ['--max-diagnostics']);
  if (positional.length === 0) throw new UsageError('check needs at least one file');
  const maxFindings = parseMax(flags.get('--max-diagnostics'));
  // A mistyped path fails before anything is printed, not after the other files' findings.
  positional.forEach(assertReadable);
  const json = flags.has('--json');
  const output = new ChunkedOutput(io, json ? jsonSafe : undefined);
  const write = (text: string) => output.write(text);
  let hasErrors = false;
  if (json) write('{\n  "files": [');
  positional.forEach((path, i) => {
    // Written out before the next file is read, so a reader sees each file's findings as they come.
    output.flush();
    const file = checkFile(path, maxFindings);
    hasErrors ||= file.result.totals.error > 0;
    if (output.closed) return;
    if (!json) return writeText(write, file);
    write(i === 0 ? `\n${FILE_INDENT}` : `,\n${FILE_INDENT}`);
    writeJson(write, fileJson(file, () => !output.closed), FILE_INDENT);
  });
  if (json) write('\n  ]\n}\n');
  output.flush();
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Where a file's report sits in `{ "files": [...] }`. The list is written by hand, not by a
 * generator: a suspended generator keeps the previous file reachable (measured: two files' worth
 * of heap instead of one), and one file is all that should be held.
 */
const FILE_INDENT = '    ';

export function checkFile(path: string, maxFindings: number): CheckedFile {
  const text = readLog(path);
  const analysis = analyze(text);
  return {
    path,
    document: TextDocument.create(`file://${path}`, 'log', 1, text),
    analysis,
    result: evaluateRules(analysis, { overrides: DEFAULT_SETTINGS.severityOverrides, maxFindings }),
  };
}

/** A CLI is not an editor: every finding unless `--max-diagnostics` asks for fewer. */
function parseMax(raw: string | true | undefined): number {
  if (raw === undefined || raw === true) return Number.POSITIVE_INFINITY;
  if (!/^\d+$/u.test(raw)) throw new UsageError(`--max-diagnostics needs a whole number, not '${raw}'`);
  return Number(raw);
}

function assertReadable(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${reasonOf(error)}`, false);
  }
  if (!isFile) throw new UsageError(`cannot read '${path}': it is a directory or not a regular file`, false);
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD so binary input is analysed, not fatal. */
function readLog(path: string): string {
  try {
    return readFileSync(path).toString('utf8');
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${reasonOf(error)}`, false);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * One file's report as JSON, positions 0-based as in LSP. `counts` counts every finding by
 * severity, also when `--max-diagnostics` shortened `diagnostics`. The lists are written as
 * they are read, and stop once nobody reads the output.
 */
function fileJson({ path, document, analysis, result }: CheckedFile, open: () => boolean) {
  return {
    path,
    counts: result.totals,
    occurrences: mapLazily(whileOpen(analysis.occurrences, open), (o) => occurrenceJson(document, o)),
    diagnostics: mapLazily(whileOpen(result.findings, open), (f) => findingJson(document, f)),
  };
}

function occurrenceJson(document: TextDocument, occurrence: Occurrence) {
  const { line, character } = document.positionAt(occurrence.offset);
  return { line, character, length: 3, code: occurrence.code, kind: occurrence.kind };
}

function findingJson(document: TextDocument, finding: Finding) {
  const start = document.positionAt(finding.offset);
  const end = document.positionAt(finding.offset + finding.length);
  return {
    line: start.line,
    character: start.character,
    endLine: end.line,
    endCharacter: end.character,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
  };
}

/**
 * Linter format, 1-based like compilers print: `file:line:col severity message [rule]`. File
 * names and messages (which quote reason phrases from the log) pass the untrusted-text filter
 * before they reach a terminal.
 */
function writeText(write: (text: string) => void, { path, document, result }: CheckedFile): void {
  const name = terminalLine(path);
  for (const finding of result.findings) {
    const { line, character } = document.positionAt(finding.offset);
    write(`${name}:${line + 1}:${character + 1} ${finding.severity} ${replaceUnsafeControls(finding.message)} [${finding.rule}]\n`);
  }
  if (result.overflow) write(overflowLine(name, document, result));
}

/**
 * JSON.stringify escapes C0 controls and lone surrogates but leaves C1 controls and bidi marks
 * raw; whatever the untrusted-text filter would replace is escaped here, so `cat`-ing the output
 * is safe and the JSON still carries the text.
 */
function jsonSafe(json: string): string {
  return json.replace(/[\u0080-\u{10ffff}]/gu, (ch) => (replaceUnsafeControls(ch) === ch ? ch : escapeUnits(ch)));
}

function escapeUnits(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

function* whileOpen<T>(items: Iterable<T>, open: () => boolean): Generator<T> {
  for (const item of items) {
    if (!open()) return;
    yield item;
  }
}
