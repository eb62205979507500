// What the call summaries cost on top of the analysis (issue 20: at most 10 %), in process: the
// median of several runs of `analyze` alone against `analyze` then `summarizeCalls` back to back,
// and, apart on a collected heap, the summaries, every call's timing and the statistics.
import { bundleSources, timed } from './inProcess.mjs';
import { median } from './timing.mjs';

const EXPORTS = [
  "export { analyze, LineIndex } from './server/src/analysis';",
  "export { summarizeCalls, callStatistics } from './server/src/calls';",
];

export function loadCallsCore(root, outDir) {
  return bundleSources({ root, outDir, name: 'calls-core', exports: EXPORTS });
}

/** One run: each step timed on its own, the summaries apart and back to back with the analysis. */
function oneRun(core, text) {
  const alone = timed(() => core.analyze(text)).ms;
  // Back to back, as a first request after the open would run them: the summaries also pay for
  // collecting the analysis's garbage.
  const both = timed(() => {
    const lines = new core.LineIndex(text);
    const analysis = core.analyze(text, { lineIndex: lines });
    return { analysis, lines, summaries: core.summarizeCalls(text, analysis, lines) };
  });
  const { analysis, lines } = both.result;
  const summarised = timed(() => core.summarizeCalls(text, analysis, lines));
  const calls = summarised.result;
  // Each summary reads its timing when first asked; the Calls view's rows and the statistics ask for all.
  const timings = timed(() => calls.forEach((call) => call.timing)).ms;
  const statistics = timed(() => core.callStatistics(analysis, calls)).ms;
  return { alone, both: both.ms, summaries: summarised.ms, timings, statistics, calls: calls.length };
}

/**
 * Medians over `runs` runs after one warm-up (so both paths run optimised code). `share` is what
 * the Calls view pays, summaries and their timings, as a fraction of the analysis alone.
 */
export function measureCallsCost(core, text, runs) {
  core.summarizeCalls(text, core.analyze(text));
  const samples = Array.from({ length: runs }, () => oneRun(core, text));
  const pick = (key) => median(samples.map((sample) => sample[key]));
  const analysisMs = pick('alone');
  const summariesMs = pick('summaries');
  const timingsMs = pick('timings');
  return {
    runs,
    calls: samples.at(-1).calls,
    analysisMs,
    backToBackMs: pick('both'),
    summariesMs,
    timingsMs,
    statisticsMs: pick('statistics'),
    share: (summariesMs + timingsMs) / analysisMs,
    backToBackShare: pick('both') / analysisMs - 1,
  };
}
