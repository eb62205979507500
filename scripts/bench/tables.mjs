// The results table, as rows of strings shared by the console and the Markdown report.
import { cell, megabytes, ms, ratio } from './format.mjs';

export const RESULT_HEADERS = [
  'size',
  'didOpen→diag',
  'analysis',
  'rules',
  'analysis+rules',
  'rg -c',
  'naive JS',
  'vs rg',
  'vs naive',
  'hover p50',
  'hover p99',
  'append→diag',
  'append analysis+rules',
  'peak RSS',
  'peak RSS reopened',
];

/** Hovers and appends run after didOpen: when it stalled, they were never attempted. */
function hoverCells(hover) {
  if (!hover) return ['not measured', 'not measured'];
  return [cell(ms(hover.p50), hover.problem), cell(ms(hover.p99), hover.problem)];
}

function appendCells(append) {
  if (!append) return ['not measured', 'not measured'];
  return [cell(ms(append.ms), append.problem), ms(append.serverMs) ?? 'n/a'];
}

/** A run stopped by a time limit never reached its peak: its RSS is only a lower bound. */
function rssCell(result) {
  const value = megabytes(result.rssBytes);
  if (!value) return 'n/a';
  return result.rssPartial ? `≥ ${value}` : value;
}

/** Peak RSS of the open, close, reopen server, or why there is none. */
function reopenCell(result) {
  if (!result.reopen) return 'not measured';
  if (result.reopen.problem) return cell(undefined, result.reopen.problem, 'failed');
  return megabytes(result.reopen.reopenBytes) ?? 'n/a';
}

export function resultRow(result) {
  const openProblem = result.open.problem;
  const rg = result.ripgrep;
  return [
    `${result.sizeMb} MB`,
    cell(ms(result.open.ms), openProblem),
    ms(result.analysisMs) ?? cell(undefined, openProblem),
    ms(result.rulesMs) ?? cell(undefined, openProblem),
    ms(result.serverMs) ?? cell(undefined, openProblem),
    rg ? (ms(rg.ms) ?? 'failed') : 'no rg',
    ms(result.naive.ms),
    ratio(result.serverMs, rg?.ms) ?? 'n/a',
    ratio(result.serverMs, result.naive.ms) ?? 'n/a',
    ...hoverCells(result.hover),
    ...appendCells(result.append),
    rssCell(result),
    reopenCell(result),
  ];
}

export const DATA_HEADERS = [
  'size',
  'bytes',
  'lines',
  'status lines (rg / naive JS)',
  'server: messages',
  'server: codes found',
  'diagnostics',
  'hovers answered on codes',
  'runs',
];

export function dataRow(result) {
  const hover = result.hover;
  return [
    `${result.sizeMb} MB`,
    result.data.bytes.toLocaleString('en-US'),
    result.data.lines.toLocaleString('en-US'),
    `${result.ripgrep?.count?.toLocaleString('en-US') ?? '-'} / ${result.naive.count.toLocaleString('en-US')}`,
    result.messages?.toLocaleString('en-US') ?? 'n/a',
    result.occurrences?.toLocaleString('en-US') ?? 'n/a',
    result.diagnostics?.toLocaleString('en-US') ?? 'n/a',
    hover ? `${hover.answeredOnCodes}/${hover.askedOnCodes}` : 'n/a',
    `${result.open.runs}/${result.runs}`,
  ];
}

/** A fixed-width text table for the terminal. */
export function textTable(headers, rows) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Figures are right-aligned; `textColumns` (indexes) stay left-aligned. */
export function markdownTable(headers, rows, textColumns = [0]) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = headers.map((_, i) => (textColumns.includes(i) ? '---' : '---:'));
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
