// The report's section on the calls and cap figures: their two tables and how each is measured.
import { CALLS_HEADERS, callsRow, CAP_HEADERS, capRow, MODEL_HEADERS, modelRows } from './callsTables.mjs';
import { markdownTable } from './tables.mjs';

const METHOD = `How these are measured, once per run on the largest log (the issue 20 targets are about 50 MB):

- **analysis (in process)**, **summaries**, **timings**, **statistics**: the server's analysis core,
  bundled from the sources (\`scripts/bench/callsCost.mjs\`) and run in the benchmark's own process
  after one warm-up, each step timed on a collected heap; medians of \`--core-runs\` runs.
  **summaries** is \`summarizeCalls\` over the whole analysis, **timings** reading every call's
  timing (each summary reads it when first asked; the Calls view's rows and the statistics ask for
  all), **statistics** \`callStatistics\`. **summaries+timings vs analysis** is what the Calls view
  adds to the analysis, the figure the target judges; **back to back** is \`analyze\` followed at once by
  \`summarizeCalls\` against \`analyze\` alone, where the summaries also pay for collecting the
  analysis's garbage (a difference of two noisy figures).
- **rows after diagnostics**: in one more fresh server (\`scripts/bench/callsViewSession.mjs\`), the
  round trip of the first \`sipLens/calls\` request, sent as soon as the diagnostics of the opened
  log arrive: the server summarises every call a batch at a time and answers with every row.
  **hover beside them**: the round trip of a hover on the first line sent right behind that request;
  the server summarises in batches of about 20 ms so that other requests are answered between them,
  and this figure shows whether they are. **rows again**: the same request once more, answered from
  the cache.
- **append→callsChanged**: an incremental \`didChange\` at the end of the log (the appends of the
  main table) until the server's \`sipLens/callsChanged\` for the new version; **append→rows** on
  until the rows of that version arrive, asked with \`since\` as the client asks (only the rows from
  the first one that changed come back; **request** is that round trip alone). Medians of the appends;
  **rows sent per append** also gives the most one append sent.
  This is the target's figure: when the view has its new rows.
- **client model** (second table): the Calls view's pure model (\`client/src/calls/model.ts\`) on the
  server's own rows of the log (\`callRow\` over its summaries), in process (\`scripts/bench/callsModel.mjs\`),
  then on four times as many rows (each copy with its own Call-IDs); medians of \`--core-runs\` runs,
  each step on a collected heap. **receive**: parsing a full answer's JSON and taking its rows;
  **default list + counts**: the rows the view lists by default and the status bar's counts;
  **3 filters**: the rows matching \`486\`, \`failed\` and \`1001\` in turn; **group by state**: the
  default list grouped; **refresh compare**: a full answer's rows (new objects, same content) against
  those shown, as the tree does to update only what changed; **append**: a delta of one row merged and
  compared. **cost per row vs the log's rows**: the steps but the append, per row, against the
  log's own rows (1.00× when every step grows in proportion to the rows).
- **rules with the cap**: \`evaluateRuleState\` over the whole analysis at the default cap of 1,000
  findings, which keeps the most severe first across the document (issue 22), and
  \`updateRuleState\` after a \`503\` response appended at the end, in process
  (\`scripts/bench/capCost.mjs\`); medians of \`--core-runs\` runs. The severities count the
  findings before and after the cap.`;

/** The section's Markdown lines, or none when no size measured the calls. */
export function callsSection(results) {
  const calls = results.map(callsRow).filter(Boolean);
  const cap = results.map(capRow).filter(Boolean);
  const model = results.flatMap(modelRows);
  if (calls.length === 0) return [];
  return [
    '### Calls view and the rules cap',
    '',
    markdownTable(CALLS_HEADERS, calls),
    '',
    ...(model.length > 0 ? [markdownTable(MODEL_HEADERS, model), ''] : []),
    markdownTable(CAP_HEADERS, cap),
    '',
    METHOD,
    '',
  ];
}
