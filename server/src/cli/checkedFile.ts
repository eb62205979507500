/** Reading and analysing one file for `sip-lens check`, one file at a time. */
import { accessSync, constants, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import { streamRules } from '../rules';
import type { StreamedRuleResult } from '../rules/types';
import type { Language } from '../../../catalog/src/language';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { UsageError } from './io';
import { cannotRead, readLog, STDIN } from './logInput';

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

/**
 * Checked for every path before any is read, so a mistyped one fails before anything is printed.
 * Standard input (`-`) is whatever the shell connected: there is nothing to check before reading
 * it, but it can be read only once.
 */
export function assertReadable(paths: readonly string[]): void {
  if (paths.filter((path) => path === STDIN).length > 1) throw new UsageError('stdinTwice');
  paths.filter((path) => path !== STDIN).forEach(assertReadableFile);
}

function assertReadableFile(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (!isFile) throw new UsageError('notRegularFile', { path }, false);
}
