/**
 * `sip-lens check --json`, written as it is made: positions 0-based as in LSP, one report per
 * file, lists streamed element by element (see jsonStream.ts).
 */
import type { Finding } from '../rules/types';
import { replaceUnsafeControls } from '../features/untrustedText';
import type { StreamOccurrence } from '../stream/types';
import type { CheckedFile, PositionSource } from './checkedFile';
import { writeJson } from './jsonStream';
import type { ChunkedOutput } from './output';
import { Spill } from '../stream/spill';

export const JSON_START = '{\n  "files": [';
export const JSON_END = '\n  ]\n}\n';

/**
 * Where a file's report sits in `{ "files": [...] }`. That list is written by hand, not by a
 * generator: a suspended generator keeps the previous file reachable (measured: two files' worth
 * of heap instead of one), and one file is all that should be held.
 */
const FILE_INDENT = '    ';

/**
 * One file's report. `counts` counts every finding by severity, also when `--max-diagnostics`
 * shortened `diagnostics`; it comes first but is known only once the file is read, so the lists
 * are made into temporary files first (spill.ts) and copied out after it.
 */
export function writeFileJson(output: ChunkedOutput, file: CheckedFile, first: boolean): void {
  if (output.closed) return;
  const occurrences = new Spill<ReturnType<typeof occurrenceJson>>();
  const diagnostics = new Spill<ReturnType<typeof findingJson>>();
  try {
    file.listenOccurrences((found) => found.forEach((occurrence) => occurrences.add(occurrenceJson(occurrence))));
    for (const finding of file.result.findings) diagnostics.add(findingJson(file.document, finding));
    output.write(first ? `\n${FILE_INDENT}` : `,\n${FILE_INDENT}`);
    const open = () => !output.closed;
    const report = {
      path: file.path,
      counts: file.result.totals,
      occurrences: whileOpen(occurrences.values(), open),
      diagnostics: whileOpen(diagnostics.values(), open),
    };
    writeJson((text) => output.write(text), report, FILE_INDENT);
  } finally {
    occurrences.close();
    diagnostics.close();
  }
}

/** An occurrence as the report lists it, placed on the line the stream saw it on. */
function occurrenceJson(occurrence: StreamOccurrence) {
  const { line, lineStart } = occurrence.anchor;
  return { line, character: occurrence.offset - lineStart, length: 3, code: occurrence.code, kind: occurrence.kind };
}

function findingJson(document: PositionSource, finding: Finding) {
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

function* whileOpen<T>(items: Iterable<T>, open: () => boolean): Generator<T> {
  for (const item of items) {
    if (!open()) return;
    yield item;
  }
}
