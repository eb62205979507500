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
];

function hoverCells(hover, openProblem) {
  if (!hover) return [cell(undefined, openProblem, 'not measured'), cell(undefined, openProblem, 'not measured')];
  return [cell(ms(hover.p50), hover.problem), cell(ms(hover.p99), hover.problem)];
}

function appendCells(append, openProblem) {
  if (!append) return [cell(undefined, openProblem, 'not measured'), 'not measured'];
  return [cell(ms(append.ms), append.problem), ms(append.serverMs) ?? 'n/a'];
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
    ...hoverCells(result.hover, openProblem),
    ...appendCells(result.append, openProblem),
    megabytes(result.rssBytes) ?? 'n/a',
  ];
}

export const DATA_HEADERS = ['size', 'bytes', 'lines', 'status lines (rg / naive JS)', 'server: messages', 'server: codes found', 'diagnostics', 'hovers answered on codes', 'runs'];

export function dataRow(result) {
  const hover = result.hover;
  return [
    `${result.sizeMb} MB`,
    result.data.bytes.toLocaleString('en-US'),
    result.data.lines.toLocaleString('en-US'),
    `${result.ripgrep?.count ?? '-'} / ${result.naive.count}`,
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

export function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
