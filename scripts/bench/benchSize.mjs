// Everything measured for one log size: the data, the baselines, and the server runs.
import { join } from 'node:path';
import { timeNaiveJs, timeRipgrep } from './baselines.mjs';
import { measureCallsAndCap } from './callsMeasures.mjs';
import { hoverPositions, lineStarts, statusCodeOffsets } from './documentPositions.mjs';
import { writeLog } from './generate.mjs';
import { peakRss, withSession } from './lspSession.mjs';
import { measureReopen } from './reopenMemory.mjs';
import { limitsFor, MB, runsFor } from './options.mjs';
import { createRandom } from './prng.mjs';
import { analysisStats, measureAppends, measureHovers, measureOpen } from './serverMeasures.mjs';
import { median, percentile } from './timing.mjs';

const log = (message) => console.error(`  ${message}`);

function describeData(text, flows) {
  return { bytes: text.length, lines: lineStarts(text).length, statusLines: statusCodeOffsets(text).length, flows };
}

/** Hovers and appends, measured once per size in the last server session. */
async function interactiveMeasures(session, { uri, text, options, limits }) {
  const picks = hoverPositions(text, options.hovers, createRandom(0x40ae));
  const hovers = await measureHovers(session, {
    uri,
    picks,
    requestTimeoutMs: limits.hoverRequest,
    budgetMs: limits.hoverBudget,
  });
  log(`hover: ${hovers.samples.length}/${picks.length} requests${hovers.complete ? '' : ` (${hovers.reason})`}`);
  const appends = await measureAppends(session, {
    uri,
    text,
    count: options.appends,
    timeoutMs: limits.append,
    statsTimeoutMs: limits.stats,
  });
  log(`append: ${appends.samples.length}/${options.appends}${appends.complete ? '' : ` (${appends.reason})`}`);
  return {
    hover: {
      p50: percentile(hovers.samples, 50),
      p99: percentile(hovers.samples, 99),
      requests: hovers.samples.length,
      answeredOnCodes: hovers.answeredOnCodes,
      askedOnCodes: hovers.askedOnCodes,
      problem: hovers.complete ? undefined : hovers.reason,
    },
    append: {
      ms: median(appends.samples),
      serverMs: median(appends.serverMs),
      count: appends.samples.length,
      problem: appends.complete ? undefined : appends.reason,
    },
  };
}

/** One fresh server: didOpen, its statistics, and (on the last run) the interactive measures. */
async function serverRun(serverPath, { uri, text, options, limits, interactive }) {
  return withSession(
    serverPath,
    limits.initialize,
    async (session) => {
      const opened = await measureOpen(session, { uri, text, timeoutMs: limits.open });
      const stats = await analysisStats(session, uri, limits.stats);
      const extra = interactive ? await interactiveMeasures(session, { uri, text, options, limits }) : {};
      return { ...opened, stats, ...extra, rssBytes: peakRss(session.child.pid) };
    },
    (session) => ({ rssBytes: peakRss(session.child.pid) }),
  );
}

function summariseRuns(runs) {
  const measured = runs.filter((run) => run.openMs !== undefined);
  const withStats = measured.filter((run) => run.stats);
  const stat = (pick) => median(withStats.map((run) => pick(run.stats)));
  const last = measured.at(-1);
  const rss = runs.map((run) => run.rssBytes).filter((bytes) => bytes !== undefined);
  return {
    open: {
      ms: median(measured.map((run) => run.openMs)),
      runs: measured.length,
      problem: runs.find((run) => run.problem)?.problem,
    },
    analysisMs: stat((s) => s.analysisMs),
    rulesMs: stat((s) => s.rulesMs),
    serverMs: stat((s) => s.analysisMs + s.rulesMs),
    messages: withStats.at(-1)?.stats.messages,
    occurrences: withStats.at(-1)?.stats.occurrences,
    diagnostics: last?.diagnostics,
    hover: last?.hover,
    append: last?.append,
    rssBytes: rss.length > 0 ? Math.max(...rss) : undefined,
    rssPartial: runs.some((run) => run.problem),
  };
}

/**
 * `withCalls`: also take the calls and cap figures on this log (run.mjs asks it of the largest
 * size only: their targets are about 50 MB, and once is enough to keep the run short).
 */
export async function benchSize(sizeMb, { options, root, serverPath, outDir, withCalls }) {
  const runs = runsFor(sizeMb, options);
  const limits = limitsFor(sizeMb, options);
  const file = join(outDir, `sip-${sizeMb}mb.log`);
  console.error(`\n${sizeMb} MB: generating ${file}`);
  const { text, flows } = writeLog(file, Math.round(sizeMb * MB));
  const data = describeData(text, flows);
  log(`${data.bytes} bytes, ${data.lines} lines, ${data.statusLines} status lines; baselines x${runs}`);
  const ripgrep = timeRipgrep(file, runs, limits.ripgrep);
  if (!ripgrep) log('ripgrep not found at /usr/bin/rg (apt-get install ripgrep): its column is skipped');
  const naive = timeNaiveJs(file, runs);
  const uri = `file:///bench/sip-${sizeMb}mb.log`;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = await serverRun(serverPath, { uri, text, options, limits, interactive: i === runs - 1 });
    results.push(run);
    log(`server run ${i + 1}/${runs}: ${run.problem ?? `didOpen -> diagnostics ${run.openMs.toFixed(0)} ms`}`);
    // A server that stalls once will stall again: later runs would only add minutes.
    if (run.problem) break;
  }
  const summary = summariseRuns(results);
  // One more server: open, close, open again. Skipped when a plain open already stalled.
  const reopen = summary.open.problem ? undefined : await measureReopen(serverPath, { uri, text, limits });
  if (reopen)
    log(
      `open, close, reopen: ${reopen.problem ?? `peak RSS ${Math.round(reopen.onceBytes / MB)} MB after one open, ${Math.round(reopen.reopenBytes / MB)} MB after the reopen`}`,
    );
  const calls = withCalls
    ? await measureCallsAndCap({ root, outDir, serverPath, uri, text, options, limits })
    : undefined;
  return { sizeMb, runs, data, ripgrep, naive, ...summary, reopen, calls };
}
