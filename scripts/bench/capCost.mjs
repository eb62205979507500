// The rules evaluation with the diagnostics cap (issue 22: the most severe first, across the whole
// document), in process: the median of several runs of the whole evaluation, and of the incremental
// one after a call appended at the end, at the default cap of 1,000.
import { bundleSources, timed } from './inProcess.mjs';
import { median } from './timing.mjs';

export const CAP_OPTIONS = { overrides: {}, maxFindings: 1000 };
const APPENDED =
  'SIP/2.0 503 Service Unavailable\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKcap\r\nCall-ID: cap-bench\r\nCSeq: 1 INVITE\r\n\r\n';
const EXPORTS = [
  "export { analyzeWhole, reanalyze } from './server/src/analysis/incremental';",
  "export { evaluateRuleState } from './server/src/rules/index';",
  "export { updateRuleState } from './server/src/rules/incremental';",
];

/** The analysis and the rules bundled from `root`; `tag` names the bundle (another checkout gets its own). */
export function loadRules(root, outDir, tag = 'here') {
  return bundleSources({ root, outDir, name: `cap-rules-${tag}`, exports: EXPORTS });
}

function countBySeverity(findings) {
  const counts = {};
  for (const { severity } of findings) counts[severity] = (counts[severity] ?? 0) + 1;
  return counts;
}

export function measureCap(rules, text, runs) {
  const snapshot = rules.analyzeWhole(text);
  const edit = { start: text.length, end: text.length, insertedLength: APPENDED.length };
  const appended = rules.reanalyze(snapshot, text + APPENDED, edit);
  const whole = [];
  const incremental = [];
  let state;
  for (let i = 0; i < runs; i++) {
    const evaluated = timed(() => rules.evaluateRuleState(snapshot.analysis, CAP_OPTIONS));
    whole.push(evaluated.ms);
    state = evaluated.result;
    incremental.push(timed(() => rules.updateRuleState(state, appended.analysis, appended.change, CAP_OPTIONS)).ms);
  }
  const { totals, findings, overflow } = state;
  return {
    runs,
    cap: CAP_OPTIONS.maxFindings,
    wholeMs: median(whole),
    incrementalMs: median(incremental),
    totals,
    shown: findings.length,
    hidden: overflow?.hidden ?? 0,
    shownBySeverity: countBySeverity(findings),
    lastShownOffset: findings.at(-1)?.offset,
  };
}
