// The calls and cap figures, taken once per run on one log (the largest size: the targets are
// about 50 MB): the call summaries' cost in process, the Calls view against a fresh server, the
// view's client model on the server's rows in process, and the rules evaluation with the cap in
// process. A failure in one is reported with its figure, so the rest of the benchmark still writes
// its report.
import { measureCallsCost, loadCallsCore } from './callsCost.mjs';
import { loadCallsModel, measureCallsModel } from './callsModel.mjs';
import { measureCallsView } from './callsViewSession.mjs';
import { loadRules, measureCap } from './capCost.mjs';

const log = (message) => console.error(`  ${message}`);
const fixed = (value, digits = 0) => value.toFixed(digits);

/** Runs `measure`; an unexpected error becomes `{ problem }` instead of ending the benchmark. */
async function guarded(what, measure) {
  try {
    return await measure();
  } catch (error) {
    log(`${what} failed: ${error.stack ?? error}`);
    return { problem: `failed: ${String(error.message ?? error).split('\n')[0]}` };
  }
}

async function callsCost({ root, outDir, text, runs }) {
  const core = await loadCallsCore(root, outDir);
  const cost = measureCallsCost(core, text, runs);
  log(
    `call summaries: ${cost.calls} calls, summaries ${fixed(cost.summariesMs)} ms + timings ${fixed(cost.timingsMs)} ms ` +
      `vs analysis ${fixed(cost.analysisMs)} ms = ${fixed(cost.share * 100, 1)} %`,
  );
  return cost;
}

async function callsView({ serverPath, uri, text, options, limits }) {
  const view = await measureCallsView(serverPath, { uri, text, appendCount: options.appends, limits });
  log(
    view.problem
      ? `calls view: ${view.problem}`
      : `calls view: ${view.rows} rows ${fixed(view.rowsMs)} ms after diagnostics; append -> rows ${fixed(view.append.totalMs)} ms`,
  );
  return view;
}

async function model({ root, outDir, text, runs }) {
  const measured = measureCallsModel(await loadCallsModel(root, outDir), text, runs);
  const { small, large } = measured;
  log(
    `calls model: ${small.rows} rows: list ${fixed(small.list, 1)} ms, 3 filters ${fixed(small.filter)} ms, ` +
      `refresh ${fixed(small.refresh)} ms, append ${fixed(small.append, 1)} ms; ${large.rows} rows: cost per row ×${fixed(measured.growth, 2)}`,
  );
  return measured;
}

async function cap({ root, outDir, text, runs }) {
  const rules = await loadRules(root, outDir);
  const measured = measureCap(rules, text, runs);
  log(
    `rules with the cap: whole ${fixed(measured.wholeMs)} ms, after an append ${fixed(measured.incrementalMs, 2)} ms; ` +
      `${measured.shown} shown, ${measured.hidden} hidden`,
  );
  return measured;
}

/** `context`: { root, outDir, serverPath, uri, text, options, limits }. */
export async function measureCallsAndCap(context) {
  const runs = context.options.coreRuns;
  return {
    cost: await guarded('call summaries', () => callsCost({ ...context, runs })),
    view: await guarded('calls view', () => callsView(context)),
    model: await guarded('calls model', () => model({ ...context, runs })),
    cap: await guarded('rules with the cap', () => cap({ ...context, runs })),
  };
}
