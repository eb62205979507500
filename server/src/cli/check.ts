/**
 * `sip-lens check [--json] <file...>`: the language server's diagnostics, for CI. Exit 0 with
 * no error-level findings, 1 with some, 2 on a usage error or an unreadable path.
 */
import { readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis';
import type { Occurrence } from '../analysis/types';
import { evaluateRules } from '../rules';
import type { Finding } from '../rules/types';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from './io';
import { parseFlags } from './main';
import { replaceUnsafeControls } from '../features/untrustedText';

export interface FileReport {
  readonly path: string;
  readonly occurrences: { line: number; character: number; length: number; code: number; kind: string }[];
  readonly diagnostics: {
    line: number;
    character: number;
    endLine: number;
    endCharacter: number;
    severity: string;
    rule: string;
    message: string;
  }[];
}

export function runCheck(args: readonly string[], io: CliIO): number {
  const { flags, positional } = parseFlags(args, ['--json'], ['--max-diagnostics']);
  if (positional.length === 0) throw new UsageError('check needs at least one file');
  const maxFindings = parseMax(flags.get('--max-diagnostics'));
  const texts = positional.map((path) => ({ path, text: readLog(path) }));
  const reports = texts.map(({ path, text }) => checkText(path, text, maxFindings));
  io.out(flags.has('--json') ? `${jsonSafe(JSON.stringify({ files: reports }, null, 2))}\n` : reports.map(formatReport).join(''));
  const hasErrors = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

/** JSON.stringify leaves C1 controls and bidi overrides raw; escape them so `cat`-ing the output is safe. */
function jsonSafe(json: string): string {
  return json.replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parseMax(raw: string | true | undefined): number {
  if (raw === undefined || raw === true) return DEFAULT_SETTINGS.maxDiagnostics;
  if (!/^\d+$/u.test(raw)) throw new UsageError(`--max-diagnostics needs a whole number, not '${raw}'`);
  return Number(raw);
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD so binary input is analysed, not fatal. */
function readLog(path: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${reasonOf(error)}`, false);
  }
  if (!isFile) throw new UsageError(`cannot read '${path}': it is a directory or not a regular file`, false);
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

export function checkText(path: string, text: string, maxFindings: number): FileReport {
  const document = TextDocument.create(`file://${path}`, 'log', 1, text);
  const analysis = analyze(text);
  const findings = evaluateRules(analysis, { overrides: DEFAULT_SETTINGS.severityOverrides, maxFindings });
  return {
    path,
    occurrences: analysis.occurrences.map((o) => occurrenceJson(document, o)),
    diagnostics: findings.map((f) => findingJson(document, f)),
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
 * Linter format, 1-based like compilers print: `file:line:col severity message [rule]`. Messages
 * quote reason phrases from the log, so escape sequences are replaced before they reach a terminal.
 */
function formatReport(report: FileReport): string {
  return report.diagnostics
    .map((d) => `${report.path}:${d.line + 1}:${d.character + 1} ${d.severity} ${replaceUnsafeControls(d.message)} [${d.rule}]\n`)
    .join('');
}
