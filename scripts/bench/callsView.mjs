#!/usr/bin/env node
// The Calls view's figures against the real bundled server (issue 20) on their own; `npm run bench`
// takes the same figures (callsViewSession.mjs) on its largest log and judges the targets.
//
//   npm run build && node scripts/bench/callsView.mjs [--size MB] [--appends N]   (defaults: 50 MB, 5)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { measureCallsView } from './callsViewSession.mjs';
import { limitsFor, MB } from './options.mjs';
import { benchLog, numberFlag, SERVER } from './standalone.mjs';

const sizeMb = numberFlag('--size', 50);
const appendCount = numberFlag('--appends', 5);
if (!existsSync(SERVER)) {
  console.error('calls view bench: build first (npm run build)');
  process.exit(2);
}
const { path, text } = benchLog(sizeMb);
const limits = limitsFor(sizeMb, { timeoutScale: 1 });
const view = await measureCallsView(SERVER, { uri: pathToFileURL(path).href, text, appendCount, limits });
const line = (label, value) => console.log(`  ${label.padEnd(39)}${value}`);
console.log(`log: ${path} (${(text.length / MB).toFixed(1)} MB)`);
if (view.problem) {
  console.log(`  ${view.problem}`);
  process.exit(1);
}
const { append } = view;
line('didOpen -> diagnostics', `${view.openMs.toFixed(0)} ms`);
line('calls rows after diagnostics (first)', `${view.rowsMs.toFixed(0)} ms, ${view.rows} rows (target: 300 ms)`);
line('hover sent behind that request', `${view.hoverMs.toFixed(0)} ms`);
line('calls rows again (cached)', `${view.againMs.toFixed(0)} ms`);
line(`append -> callsChanged (median of ${append.count})`, `${append.changedMs.toFixed(0)} ms`);
line(
  'rows request of the appended version',
  `${append.rowsMs.toFixed(0)} ms, ${append.sent} rows sent (most ${append.mostSent})`,
);
line('append -> rows received (median)', `${append.totalMs.toFixed(0)} ms (target: 50 ms)`);
