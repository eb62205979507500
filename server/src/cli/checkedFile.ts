/** Reading and analysing one file for `sip-lens check`, one file at a time. */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { streamRules } from '../rules';
import type { StreamedRuleResult } from '../rules/types';
import type { Language } from '../../../catalog/src/language';
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

/** `language` words the findings (the rules' messages); the caller words everything else. */
export function checkFile(path: string, maxFindings: number, language: Language): CheckedFile {
  const text = readLog(path);
  const analysis = analyze(text);
  return {
    path,
    document: TextDocument.create(`file://${path}`, 'log', 1, text),
    analysis,
    result: streamRules(analysis, { overrides: DEFAULT_SETTINGS.severityOverrides, maxFindings, language }),
  };
}

/** Checked for every path before any is read, so a mistyped one fails before anything is printed. */
export function assertReadable(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (!isFile) throw new UsageError('notRegularFile', { path }, false);
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD so binary input is analysed, not fatal. */
export function readLog(path: string): string {
  try {
    return readFileSync(path).toString('utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** The two reasons users meet are worded in their language; any other is the system's own message. */
function cannotRead(path: string, error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new UsageError('noSuchFile', { path }, false);
  if (code === 'EACCES') return new UsageError('permissionDenied', { path }, false);
  return new UsageError('cannotRead', { path, reason: error instanceof Error ? error.message : String(error) }, false);
}
