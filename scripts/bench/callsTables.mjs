// The calls and cap tables (one row: the size they were measured on), shared by the console and
// the Markdown report.
import { ms, percent, signedPercent as signed } from './format.mjs';

const count = (value) => value?.toLocaleString('en-US') ?? 'n/a';

export const CALLS_HEADERS = [
  'size',
  'calls',
  'analysis (in process)',
  'summaries',
  'timings',
  'summaries+timings vs analysis',
  'back to back',
  'statistics',
  'rows after diagnostics',
  'hover beside them',
  'rows again',
  'append→callsChanged',
  'append→rows',
  'rows sent per append (median, most)',
];

function costCells(cost) {
  if (!cost || cost.problem) return Array(7).fill(cost?.problem ?? 'not measured');
  return [
    count(cost.calls),
    ms(cost.analysisMs),
    ms(cost.summariesMs),
    ms(cost.timingsMs),
    percent(cost.share),
    signed(cost.backToBackShare),
    ms(cost.statisticsMs),
  ];
}

function viewCells(view) {
  if (!view || view.problem) return Array(6).fill(view?.problem ?? 'not measured');
  const { append } = view;
  return [
    `${ms(view.rowsMs)} (${count(view.rows)} rows)`,
    ms(view.hoverMs),
    ms(view.againMs),
    ms(append.changedMs),
    `${ms(append.totalMs)} (request ${ms(append.rowsMs)})`,
    append.mostSent === undefined ? count(append.sent) : `${count(append.sent)} (most ${count(append.mostSent)})`,
  ];
}

/** The calls row of the one size measured, or undefined when none was. */
export function callsRow(result) {
  if (!result.calls) return undefined;
  return [`${result.sizeMb} MB`, ...costCells(result.calls.cost), ...viewCells(result.calls.view)];
}

export const MODEL_HEADERS = [
  'rows',
  'receive (parse + merge)',
  'default list + counts',
  '3 filters',
  'group by state',
  'refresh compare',
  'append (delta + compare)',
  'cost per row vs the log’s rows',
];

function modelCells(figures) {
  return [
    ms(figures.receive),
    ms(figures.list),
    ms(figures.filter),
    ms(figures.group),
    ms(figures.refresh),
    ms(figures.append),
  ];
}

/** The client model's rows (the log's rows, then MODEL_SCALE times as many), or none when not measured. */
export function modelRows(result) {
  const model = result.calls?.model;
  if (!model) return [];
  if (model.problem) return [[`${result.sizeMb} MB`, ...Array(7).fill(model.problem)]];
  const { small, large } = model;
  return [
    [`${count(small.rows)} (${result.sizeMb} MB log)`, ...modelCells(small), '1.00×'],
    [`${count(large.rows)} (${large.rows / small.rows}× over)`, ...modelCells(large), `${model.growth.toFixed(2)}×`],
  ];
}

export const CAP_HEADERS = [
  'size',
  'findings (error / warning / information / hint)',
  'shown (error / warning / information / hint)',
  'hidden',
  'whole evaluation',
  'after an append',
];

const bySeverity = (counts) =>
  ['error', 'warning', 'information', 'hint'].map((severity) => count(counts[severity] ?? 0)).join(' / ');

export function capRow(result) {
  const cap = result.calls?.cap;
  if (!cap) return undefined;
  if (cap.problem) return [`${result.sizeMb} MB`, ...Array(5).fill(cap.problem)];
  return [
    `${result.sizeMb} MB`,
    bySeverity(cap.totals),
    bySeverity(cap.shownBySeverity),
    count(cap.hidden),
    ms(cap.wholeMs),
    ms(cap.incrementalMs),
  ];
}
