/** Reading and analysing one file for `sip-lens check`, one file at a time. */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { streamRules } from '../rules';
import type { StreamedRuleResult } from '../rules/types';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { UsageError } from './io';

/** One file, analysed: what both output formats are written from. */
export interface CheckedFile {
  readonly path: string;
  readonly document: TextDocument;
  readonly analysis: Analysis;
  /** Its findings are written as they are read, once: a log can have millions. */
  readonly result: StreamedRuleResult;
}

export function checkFile(path: string, maxFindings: number): CheckedFile {
  const text = readLog(path);
  const analysis = analyze(text);
  return {
    path,
    document: TextDocument.create(`file://${path}`, 'log', 1, text),
    analysis,
    result: streamRules(analysis, { overrides: DEFAULT_SETTINGS.severityOverrides, maxFindings }),
  };
}

/** Checked for every path before any is read, so a mistyped one fails before anything is printed. */
export function assertReadable(path: string): void {
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
