#!/usr/bin/env node
// The rules evaluation with the diagnostics cap (issue 22) on its own; `npm run bench` takes the same
// figures (capCost.mjs) on its largest log. `--root DIR` bundles the rules from another checkout of
// the repository, for a before/after figure.
//
//   node scripts/bench/cap.mjs [--size MB] [--runs N] [--root DIR]   (defaults: 50 MB, 7 runs)
import { resolve } from 'node:path';
import { loadRules, measureCap } from './capCost.mjs';
import { benchLog, numberFlag, OUT_DIR, ROOT } from './standalone.mjs';

const at = process.argv.indexOf('--root');
const root = at < 0 ? ROOT : resolve(process.argv[at + 1]);
const sizeMb = numberFlag('--size', 50);
const runs = numberFlag('--runs', 7);
const { text } = benchLog(sizeMb);
const rules = await loadRules(root, OUT_DIR, root === ROOT ? 'here' : 'other');
const cap = measureCap(rules, text, runs);
console.log(`rules from ${root}, ${sizeMb} MB log, ${runs} runs, cap ${cap.cap}`);
console.log(`findings: ${JSON.stringify(cap.totals)}; shown ${cap.shown}, hidden ${cap.hidden}`);
console.log(`shown by severity: ${JSON.stringify(cap.shownBySeverity)}; last shown at offset ${cap.lastShownOffset}`);
console.log(`whole evaluation: median ${cap.wholeMs.toFixed(1)} ms`);
console.log(`incremental after an append: median ${cap.incrementalMs.toFixed(2)} ms`);
