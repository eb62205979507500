/**
 * `sip-lens calls <file...> [--json | --csv] [--state failed] [--filter TEXT]`: the call list of each
 * log, one row per Call-ID with its state, deciding code, parties, start and timing. Files are read
 * one at a time, like `check`.
 */
import type { Language } from '../../../catalog/src/language';
import { displayWidth, fill } from '../../../catalog/src/l10n';
import { FAILED_STATES, matchesCall, parseStateFilter, type CallState, type CallSummary } from '../calls';
import { CALL_KIND_LABELS, CALL_LIST_STRINGS, CALL_STATE_LABELS } from '../calls/calls-strings';
import { formatDuration, partyText } from '../calls/format';
import { summariseFile, type SummarisedFile } from './callFile';
import { assertReadable } from './checkedFile';
import { csvNumber, csvRow, csvText } from './csv';
import { EXIT_OK, parseFlags, terminalLine, UsageError, type CliIO } from './io';
import { ChunkedOutput } from './output';

export function runCalls(args: readonly string[], io: CliIO, language: Language = 'en'): number {
  const { flags, positional } = parseFlags(args, ['--json', '--csv'], ['--state', '--filter']);
  if (positional.length === 0) throw new UsageError('needsFile', { command: 'calls' });
  if (flags.has('--json') && flags.has('--csv')) throw new UsageError('jsonOrCsv');
  const states = stateFilter(flags.get('--state'));
  const filter = flags.get('--filter');
  const text = typeof filter === 'string' ? filter : undefined;
  assertReadable(positional);
  const output = new ChunkedOutput(io);
  const format = flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'text';
  if (format === 'csv') output.write(csvRow(csvHeader(language)));
  if (format === 'json') output.write('{\n  "files": [');
  positional.forEach((path, i) => {
    output.flush();
    const file = summariseFile(path);
    const shown = file.calls.filter((call) => matchesCall(call, states, text, language));
    if (format === 'json') output.write(`${i === 0 ? '\n' : ',\n'}${fileJson(file, shown)}`);
    else if (format === 'csv') for (const call of shown) output.write(csvRow(csvCells(path, call, language)));
    else output.write(textTable(file, shown, shown.length !== file.calls.length, language));
  });
  if (format === 'json') output.write('\n  ]\n}\n');
  output.flush();
  return EXIT_OK;
}

function stateFilter(value: string | true | undefined): ReadonlySet<CallState> | undefined {
  if (value === undefined || value === true) return undefined;
  const states = parseStateFilter(value);
  if (states === undefined) throw new UsageError('badState', { value: value.slice(0, 40) });
  return states;
}

/** One file's calls as JSON: the summaries as the core gives them (times with text, ms, date kind, precision). */
function fileJson(file: SummarisedFile, shown: readonly CallSummary[]): string {
  const body = JSON.stringify({ path: file.path, total: file.calls.length, calls: shown }, null, 2);
  return body.replace(/^/gmu, '    ');
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

function textTable(file: SummarisedFile, shown: readonly CallSummary[], filtered: boolean, language: Language): string {
  const strings = CALL_LIST_STRINGS[language];
  const failed = file.calls.filter((call) => FAILED_STATES.has(call.state)).length;
  const values = { file: terminalLine(file.path), count: file.calls.length, shown: shown.length, failed };
  const heading = `${fill(filtered ? strings.filteredHeading : strings.fileHeading, values)}\n`;
  if (shown.length === 0) return `${heading}  ${strings.noCalls}\n\n`;
  const rows = [TEXT_COLUMNS.map((column) => strings[column]), ...shown.map((call) => textCells(call, language))];
  // Columns line up on a terminal: a Chinese character takes two cells there, so widths are display widths.
  const widths = TEXT_COLUMNS.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] as string))));
  const pad = (cell: string, width: number) => cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
  const lines = rows.map((row) => `  ${row.map((cell, i) => pad(cell, widths[i] as number)).join('  ')}`.trimEnd());
  return `${heading}${lines.join('\n')}\n\n`;
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
