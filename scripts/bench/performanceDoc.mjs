// Writes docs/PERFORMANCE.md: a hand-written introduction, kept as it is, above a marker line;
// everything below the marker is regenerated from the latest run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { callsSection } from './callsReport.mjs';
import { streamSection } from './stream.mjs';
import { megabytes } from './format.mjs';
import { DATA_HEADERS, dataRow, markdownTable, RESULT_HEADERS, resultRow } from './tables.mjs';

export const MARKER =
  '<!-- Everything below this line is written by scripts/bench/run.mjs: edit the text above it. -->';

const DEFAULT_INTRO = `# Performance

SIP logs get big: a debug log from a busy PBX or SBC easily reaches tens of megabytes, and people
open the whole file. SIP Lens should give diagnostics for a 50 MB log within 0.9 s, answer hovers
without a visible pause, keep up with a log that is still being written, and leave the editor
its memory. The targets are in the table below, each judged from the figures of the last run.

The figures come from \`npm run bench\` (\`scripts/bench/run.mjs\`). It generates deterministic
mixed-format logs (Asterisk pjsip logger, FreeSWITCH siptrace, sngrep export, Kamailio syslog
lines; registrations with digest challenges, answered, failed, cancelled and stuck calls, SDP
bodies) of 1, 10 and 50 MB into \`bench/out/\`, starts the real bundled server over stdio, and
measures it the way an editor uses it. On the largest log it also measures what the call summaries
add to the analysis, the Calls view against the server, and the rules with the diagnostics cap. A quick run: \`node scripts/bench/run.mjs --sizes 1,10 --runs 3\`
(\`--help\` lists the options; \`--no-write\` leaves this file alone).

Compare figures only with figures from the same machine: the machine is listed with the results.
The ripgrep time includes starting the process, which dominates at 1 MB; the ratio that matters
is the one at the largest size.
`;

/** The hand-written part of an existing report, or the default introduction. */
function introduction(path) {
  if (!existsSync(path)) return DEFAULT_INTRO;
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(MARKER);
  return at === -1 ? DEFAULT_INTRO : text.slice(0, at).trimEnd() + '\n';
}

function machineSection(machine, seconds) {
  return [
    '| | |',
    '|---|---|',
    `| CPU | ${machine.cpu} |`,
    `| cores | ${machine.cores} |`,
    `| memory | ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB (${megabytes(machine.memoryBytes)}) |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| ripgrep | ${machine.ripgrep} |`,
    `| SIP Lens revision | ${machine.revision} |`,
    `| date (UTC) | ${machine.date} |`,
    `| benchmark time | ${seconds} s (\`run.mjs\`, generating the logs included) |`,
  ].join('\n');
}

const METHOD = `### How each figure is measured

- **didOpen→diag**: wall time from sending \`textDocument/didOpen\` with the whole log to the
  first \`publishDiagnostics\` for it, LSP transfer included; a fresh server process per run;
  median of the runs.
- **analysis**, **rules**: the server's own timings for that document, from the
  \`sipLens/analysisStats\` request sent after the diagnostics arrived; medians of the runs.
- **rg -c**: \`rg -c 'SIP/2.0 [1-6][0-9][0-9]' FILE\` (process start included), median of the runs.
  **naive JS**: read the file, split it into lines, test \`/SIP\\/2\\.0 [1-6]\\d\\d/\` on each line,
  in-process, median of the runs. **analysis+rules** is the median of the per-run sums, so it
  need not equal the sum of the two medians. **vs rg** / **vs naive**: analysis+rules divided by
  that time.
- **hover p50/p99**: client-side round trip of sequential \`textDocument/hover\` requests, half on
  status codes of status lines, half on random positions (seeded).
- **append→diag**: an incremental \`didChange\` inserting text at the end of the document (a bare
  \`SIP/2.0 503 Service Unavailable\` line, then a small sngrep-framed message, alternately) until
  \`publishDiagnostics\` carries the new version; median of the appends. It includes the server's
  edit debounce. **append analysis+rules**: the server's timings for the appended versions.
- **peak RSS**: \`VmHWM\` of the server process from \`/proc/<pid>/status\`, highest over the runs.
  **peak RSS reopened**: the same, in one more fresh server that opens the log, closes it once
  its diagnostics arrive (waiting for the cleared diagnostics) and opens it again: what a
  closed document held must not add to the next open's peak (\`scripts/bench/reopenMemory.mjs\`).
- MB means 2^20 bytes throughout. "timed out" means the step did not finish within the
  benchmark's time limit (see \`limitsFor\` in \`scripts/bench/options.mjs\`).
`;

export function renderReport({ path, machine, results, stream, targets, command, seconds }) {
  const sections = [
    introduction(path),
    MARKER,
    '',
    '## Latest results',
    '',
    `Command: \`${command}\``,
    '',
    machineSection(machine, seconds),
    '',
    '### Targets',
    '',
    markdownTable(
      ['target', 'limit', 'measured', 'verdict'],
      targets.map((t) => [t.target, t.limit, t.measured, `**${t.verdict}**`]),
      [0, 1, 2, 3],
    ),
    '',
    '### Figures',
    '',
    markdownTable(RESULT_HEADERS, results.map(resultRow)),
    '',
    '### Data',
    '',
    markdownTable(DATA_HEADERS, results.map(dataRow)),
    '',
    ...callsSection(results),
    ...streamSection(stream),
    ...(stream ? [''] : []),
    METHOD,
  ];
  return sections.join('\n');
}

export function writeReport(options) {
  writeFileSync(options.path, renderReport(options));
}
