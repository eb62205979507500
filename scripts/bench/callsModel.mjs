// The Calls view's client model (client/src/calls/model.ts, pure) on the rows of the benchmark log,
// in process: what the client does with tens of thousands of rows besides drawing them. The rows
// are the server's own (`callRow` over the summaries of the log), once as they are and once four
// times over (each copy with its own Call-IDs), so that the figures show whether each step grows
// in proportion to the rows (issue 20: the view stays responsive through tens of thousands).
import { bundleSources, timed } from './inProcess.mjs';
import { median } from './timing.mjs';

const EXPORTS = [
  "export { analyze, LineIndex } from './server/src/analysis';",
  "export { callSummarizer } from './server/src/calls';",
  "export { callRow } from './server/src/features/callsView';",
  'export { DEFAULT_OPTIONS, callCounts, groupByState, mergeRows, rowChanges, visibleRows } ' +
    "from './client/src/calls/model';",
];

/** How many times over the larger list holds the log's rows. */
export const MODEL_SCALE = 4;
/** Filters an engineer types: a code, every failure, a user part. */
const FILTERS = ['486', 'failed', '1001'];

export function loadCallsModel(root, outDir) {
  return bundleSources({ root, outDir, name: 'calls-model', exports: EXPORTS });
}

/** The server's rows of `text`, as the first `sipLens/calls` answer carries them. */
function serverRows(core, text) {
  const lines = new core.LineIndex(text);
  const analysis = core.analyze(text, { lineIndex: lines });
  const summarize = core.callSummarizer(text, analysis, lines);
  return analysis.calls.map((call) => core.callRow(summarize(call), analysis, lines, 'en'));
}

/** `rows` `times` over, each copy's Call-IDs made its own. */
function scaled(rows, times) {
  if (times === 1) return rows;
  return Array.from({ length: times }, (_, copy) =>
    rows.map((row) => ({ ...row, callId: `${row.callId}#${copy}` })),
  ).flat();
}

/**
 * One run of each step on `rows`: receiving them (parsing the answer and taking every row),
 * the default listing with the status bar's counts, three filters, grouping by state, comparing
 * a refreshed list with the one shown (new objects, same content), and an append (a delta of one row).
 */
function oneRun(model, rows, answer) {
  const receive = timed(() => model.mergeRows([], JSON.parse(answer)));
  const next = receive.result;
  const list = timed(() => {
    const shown = model.visibleRows(next, model.DEFAULT_OPTIONS);
    return { shown, counts: model.callCounts(next) };
  });
  const filter = timed(() =>
    FILTERS.map((text) => model.visibleRows(next, { ...model.DEFAULT_OPTIONS, filter: text }).length),
  ).ms;
  const group = timed(() => model.groupByState(list.result.shown)).ms;
  const refresh = timed(() => model.rowChanges(rows, next)).ms;
  const last = { ...next.at(-1), messageCount: next.at(-1).messageCount + 1 };
  const append = timed(() => {
    const merged = model.mergeRows(next, { version: 2, from: next.length - 1, rows: [last] });
    return model.rowChanges(next, merged);
  });
  if (append.result.changed.length !== 1) throw new Error('calls model: the append changed no row');
  return { receive: receive.ms, list: list.ms, filter, group, refresh, append: append.ms };
}

const STEPS = ['receive', 'list', 'filter', 'group', 'refresh', 'append'];

function measureRows(model, rows, runs) {
  const answer = JSON.stringify({ version: 1, rows });
  oneRun(model, rows, answer);
  const samples = Array.from({ length: runs }, () => oneRun(model, rows, answer));
  return Object.fromEntries([
    ['rows', rows.length],
    ...STEPS.map((step) => [step, median(samples.map((sample) => sample[step]))]),
  ]);
}

/**
 * Medians over `runs` runs (after a warm-up) at the log's rows and MODEL_SCALE times as many.
 * `growth`: how much more each row costs in the larger list (1 when linear), for the whole of the
 * steps but the append (which touches one row whatever the size).
 */
export function measureCallsModel(core, text, runs) {
  const rows = serverRows(core, text);
  const small = measureRows(core, rows, runs);
  const large = measureRows(core, scaled(rows, MODEL_SCALE), runs);
  const total = (figures) => STEPS.filter((step) => step !== 'append').reduce((sum, step) => sum + figures[step], 0);
  return { small, large, growth: total(large) / large.rows / (total(small) / small.rows) };
}
