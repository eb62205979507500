#!/usr/bin/env node
// The call summaries' cost on top of the analysis (issue 20: at most 10 %) and the Calls view's client
// model on the server's rows, on their own; `npm run bench` takes the same figures (callsCost.mjs,
// callsModel.mjs) on its largest log and judges the target.
//
//   node scripts/bench/calls.mjs [--size MB] [--runs N]      (defaults: 50 MB, 5 runs)
import { loadCallsCore, measureCallsCost } from './callsCost.mjs';
import { loadCallsModel, measureCallsModel } from './callsModel.mjs';
import { MB } from './options.mjs';
import { benchLog, numberFlag, OUT_DIR, ROOT } from './standalone.mjs';

const sizeMb = numberFlag('--size', 50);
const runs = numberFlag('--runs', 5);
const { path, text } = benchLog(sizeMb);
const cost = measureCallsCost(await loadCallsCore(ROOT, OUT_DIR), text, runs);
const line = (label, value) => console.log(`  ${label.padEnd(33)}${value}`);
console.log(`log: ${path} (${(text.length / MB).toFixed(1)} MB, ${cost.calls} calls), ${runs} runs, medians:`);
line('analyze alone', `${cost.analysisMs.toFixed(0)} ms`);
line('analyze + summarizeCalls', `${cost.backToBackMs.toFixed(0)} ms`);
line('summarizeCalls alone (after gc)', `${cost.summariesMs.toFixed(0)} ms`);
line("every call's timing (on demand)", `${cost.timingsMs.toFixed(0)} ms`);
line('callStatistics, timings read', `${cost.statisticsMs.toFixed(0)} ms`);
line('(summaries + timings) / analysis', `${(cost.share * 100).toFixed(1)} % (target: at most 10 %)`);
line('(analyze + summaries) / analyze', `${(cost.backToBackShare * 100).toFixed(1)} % extra`);

const model = measureCallsModel(await loadCallsModel(ROOT, OUT_DIR), text, runs);
for (const figures of [model.small, model.large]) {
  console.log(`client model, ${figures.rows} rows, medians:`);
  line('receive (parse + merge)', `${figures.receive.toFixed(1)} ms`);
  line('default list + counts', `${figures.list.toFixed(1)} ms`);
  line('3 filters', `${figures.filter.toFixed(1)} ms`);
  line('group by state', `${figures.group.toFixed(1)} ms`);
  line('refresh compare', `${figures.refresh.toFixed(1)} ms`);
  line('append (delta + compare)', `${figures.append.toFixed(2)} ms`);
}
line('cost per row, 4x rows vs 1x', `${model.growth.toFixed(2)}x (1.00x: linear)`);
