/**
 * `sip-lens calls <file...> [--json | --csv] [--state failed] [--filter TEXT] [--horizon <MiB|all>]`:
 * the call list of each log, one row per Call-ID with its state, deciding code, parties, start and
 * timing. Files are read one at a time and streamed, like `check` (callFile.ts): any size, `-`, `.gz`.
 */
import type { Language } from '../../../catalog/src/language';
import { displayWidth, fill } from '../../../catalog/src/l10n';
import { FAILED_STATES, matchesCall, parseStateFilter, type CallState, type CallSummary } from '../calls';
import { CALL_KIND_LABELS, CALL_LIST_STRINGS, CALL_STATE_LABELS } from '../calls/calls-strings';
import { formatDuration, partyText } from '../calls/format';
import { readCalls } from './callFile';
import { assertReadable } from './checkedFile';
import { parseHorizon, warnInParts } from './horizon';
import { writeJson } from './jsonStream';
import { Spill } from '../stream/spill';
import { csvNumber, csvRow, csvText } from './csv';
import { EXIT_OK, parseFlags, terminalLine, UsageError, type CliIO } from './io';
import { ChunkedOutput } from './output';

export function runCalls(args: readonly string[], io: CliIO, language: Language = 'en'): number {
  const { flags, positional } = parseFlags(args, ['--json', '--csv'], ['--state', '--filter', '--horizon']);
  if (positional.length === 0) throw new UsageError('needsFile', { command: 'calls' });
  if (flags.has('--json') && flags.has('--csv')) throw new UsageError('jsonOrCsv');
  const states = stateFilter(flags.get('--state'));
  const filter = flags.get('--filter');
  const text = typeof filter === 'string' ? filter : undefined;
  const horizonChars = parseHorizon(flags.get('--horizon'));
  assertReadable(positional);
  const output = new ChunkedOutput(io);
  const format = flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'text';
  if (format === 'csv') output.write(csvRow(csvHeader(language)));
  if (format === 'json') output.write('{\n  "files": [');
  positional.forEach((path, i) => {
    output.flush();
    const shown = (call: CallSummary) => matchesCall(call, states, text, language);
    const listing = { path, shown, horizonChars, language };
    let inParts: number;
    if (format === 'csv') inParts = csvFile(listing, output);
    else if (format === 'json') inParts = jsonFile(listing, output, i === 0);
    else inParts = textFile(listing, output);
    warnInParts(io, 'listedInParts', path, inParts, horizonChars, language);
  });
  if (format === 'json') output.write('\n  ]\n}\n');
  output.flush();
  return EXIT_OK;
}

/** One file to list: its path, which calls are shown, and how it is read. */
interface Listing {
  readonly path: string;
  readonly shown: (call: CallSummary) => boolean;
  readonly horizonChars: number | undefined;
  readonly language: Language;
}

/** CSV has no counts before its rows: each row is written as its call comes. Returns the calls listed in parts. */
function csvFile({ path, shown, horizonChars, language }: Listing, output: ChunkedOutput): number {
  return readCalls(path, { horizonChars }, (call) => {
    if (shown(call)) output.write(csvRow(csvCells(path, call, language)));
  }).inParts;
}

/** JSON puts the file's call count before its calls: the calls shown wait on disk (spill.ts) until it is known. */
function jsonFile({ path, shown, horizonChars }: Listing, output: ChunkedOutput, first: boolean): number {
  const calls = new Spill<CallSummary>();
  try {
    const file = readCalls(path, { horizonChars }, (call) => {
      if (shown(call)) calls.add(call);
    });
    // As `JSON.stringify({ path, total, calls }, null, 2)` indented by four spaces, one call at a time.
    output.write(first ? '\n    ' : ',\n    ');
    writeJson((piece) => output.write(piece), { path, total: file.total, calls: calls.values() }, '    ');
    return file.inParts;
  } finally {
    calls.close();
  }
}

/**
 * The text table's heading counts the calls and its columns are as wide as their widest cell: the
 * rows shown wait on disk, as cells, while the widths are measured, and are written once all are known.
 */
function textFile({ path, shown, horizonChars, language }: Listing, output: ChunkedOutput): number {
  const rows = new Spill<string[]>();
  try {
    const widths = TEXT_COLUMNS.map((column) => displayWidth(CALL_LIST_STRINGS[language][column]));
    let count = 0;
    let failed = 0;
    const file = readCalls(path, { horizonChars }, (call) => {
      if (FAILED_STATES.has(call.state)) failed++;
      if (!shown(call)) return;
      const cells = textCells(call, language);
      cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] as number, displayWidth(cell))));
      rows.add(cells);
      count++;
    });
    const table = { path, total: file.total, shown: count, failed, widths };
    writeTextTable(table, rows.values(), language, (piece) => output.write(piece));
    return file.inParts;
  } finally {
    rows.close();
  }
}

function stateFilter(value: string | true | undefined): ReadonlySet<CallState> | undefined {
  if (value === undefined || value === true) return undefined;
  const states = parseStateFilter(value);
  if (states === undefined) throw new UsageError('badState', { value: value.slice(0, 40) });
  return states;
}

const CSV_COLUMNS = [
  'file',
  'callId',
  'kind',
  'state',
  'code',
  'bye',
  'from',
  'fromName',
  'to',
  'toName',
  'requestUri',
  'start',
  'setup',
  'answer',
  'duration',
  'messages',
  'userAgent',
] as const;

function csvHeader(language: Language): string[] {
  return CSV_COLUMNS.map((column) => csvText(CALL_LIST_STRINGS[language][column]));
}

/** Durations in CSV are milliseconds as numbers, for a spreadsheet to sum; the header names them. */
function csvCells(path: string, call: CallSummary, language: Language): string[] {
  const strings = CALL_LIST_STRINGS[language];
  const { timing } = call;
  return [
    csvText(path),
    csvText(call.callId),
    csvText(CALL_KIND_LABELS[language][call.kind]),
    csvText(CALL_STATE_LABELS[language][call.state]),
    csvNumber(call.finalCode),
    csvText(call.endedWithBye ? strings.yes : strings.no),
    csvText(call.from?.user),
    csvText(call.from?.display),
    csvText(call.to?.user),
    csvText(call.to?.display),
    csvText(call.requestUri),
    csvText(timing.start?.text),
    csvNumber(timing.setupDelayMs),
    csvNumber(timing.timeToAnswerMs),
    csvNumber(timing.durationMs),
    csvNumber(call.messageCount),
    csvText(call.userAgent),
  ];
}

const TEXT_COLUMNS = ['state', 'code', 'kind', 'parties', 'start', 'setup', 'duration', 'messages', 'callId'] as const;

interface TableCounts {
  readonly path: string;
  readonly total: number;
  readonly shown: number;
  readonly failed: number;
  /** Display width of each column: a Chinese character takes two cells on a terminal. */
  readonly widths: readonly number[];
}

function writeTextTable(
  table: TableCounts,
  rows: Iterable<string[]>,
  language: Language,
  write: (text: string) => void,
): void {
  const strings = CALL_LIST_STRINGS[language];
  const { total, shown, failed, widths } = table;
  const values = { file: terminalLine(table.path), count: total, shown, failed };
  write(`${fill(shown !== total ? strings.filteredHeading : strings.fileHeading, values)}\n`);
  if (shown === 0) {
    write(`  ${strings.noCalls}\n\n`);
    return;
  }
  const pad = (cell: string, width: number) => cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
  const line = (row: readonly string[]) =>
    `  ${row.map((cell, i) => pad(cell, widths[i] as number)).join('  ')}`.trimEnd();
  write(line(TEXT_COLUMNS.map((column) => strings[column])));
  for (const row of rows) write(`\n${line(row)}`);
  write('\n\n');
}

function textCells(call: CallSummary, language: Language): string[] {
  const { timing } = call;
  const parties = `${partyText(call.from) ?? '?'} → ${partyText(call.to) ?? '?'}`;
  return [
    CALL_STATE_LABELS[language][call.state] + (call.endedWithBye ? CALL_LIST_STRINGS[language].endedWithBye : ''),
    call.finalCode?.toString() ?? '-',
    CALL_KIND_LABELS[language][call.kind],
    terminalLine(parties),
    terminalLine(timing.start?.text ?? '-'),
    formatDuration(timing.setupDelayMs, language) ?? '-',
    formatDuration(timing.durationMs, language) ?? '-',
    String(call.messageCount),
    terminalLine(call.callId),
  ];
}
