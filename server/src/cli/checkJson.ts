/**
 * `sip-lens check --json`, written as it is made: positions 0-based as in LSP, one report per
 * file, lists streamed element by element (see jsonStream.ts).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Occurrence } from '../analysis/types';
import type { Finding } from '../rules/types';
import { replaceUnsafeControls } from '../features/untrustedText';
import type { CheckedFile } from './checkedFile';
import { writeJson } from './jsonStream';
import type { ChunkedOutput } from './output';

export const JSON_START = '{\n  "files": [';
export const JSON_END = '\n  ]\n}\n';

/**
 * Where a file's report sits in `{ "files": [...] }`. That list is written by hand, not by a
 * generator: a suspended generator keeps the previous file reachable (measured: two files' worth
 * of heap instead of one), and one file is all that should be held.
 */
const FILE_INDENT = '    ';

export function writeFileJson(output: ChunkedOutput, file: CheckedFile, first: boolean): void {
  if (output.closed) return;
  output.write(first ? `\n${FILE_INDENT}` : `,\n${FILE_INDENT}`);
  writeJson(
    (text) => output.write(text),
    fileJson(file, () => !output.closed),
    FILE_INDENT,
  );
}

/**
 * One file's report. `counts` counts every finding by severity, also when `--max-diagnostics`
 * shortened `diagnostics`. The lists are written as they are read, and stop once nobody reads.
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
 * JSON.stringify escapes C0 controls and lone surrogates but leaves C1 controls and bidi marks
 * raw; whatever the untrusted-text filter would replace is escaped here, so `cat`-ing the output
 * is safe and the JSON still carries the text.
 */
export function jsonSafe(json: string): string {
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
