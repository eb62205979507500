// The Calls view's figures against the real bundled server (issue 20: every call listed within
// 300 ms after the diagnostics arrive; an appended line updates the view in under 50 ms), in one
// fresh server, asked as the client asks: the first `sipLens/calls` right after the diagnostics
// (summaries and rows of every call), with a hover sent behind it (the summaries must not hold the
// server), the same request again (cached), and after each of a few appends the time from
// didChange to `sipLens/callsChanged` and on to the rows of the new version (asked with `since`).
import { advance, endPosition } from './documentPositions.mjs';
import { withSession } from './lspSession.mjs';
import { appendedText, measureOpen } from './serverMeasures.mjs';
import { median, now, withTimeout } from './timing.mjs';

/** The request and notification names of catalog/src/protocol.ts (CallsRequest, CallsChangedNotification). */
const CALLS_REQUEST = 'sipLens/calls';
const CALLS_CHANGED = 'sipLens/callsChanged';

/** Resolves with the time of the next callsChanged for `uri` at `version`. */
function callsChanged(session, uri, version) {
  return new Promise((resolveChanged) => {
    const subscription = session.connection.onNotification(CALLS_CHANGED, (params) => {
      if (params.uri !== uri || params.version !== version) return;
      subscription.dispose();
      resolveChanged(now());
    });
  });
}

/** One `sipLens/calls` round trip; with `since`, as the client asks after an append (only the rows that changed). */
async function timedRows(session, { uri, since, timeoutMs }) {
  const started = now();
  const params = since === undefined ? { uri } : { uri, since };
  const result = await withTimeout(session.connection.sendRequest(CALLS_REQUEST, params), timeoutMs, 'calls rows');
  return { ms: now() - started, rows: result?.rows.length ?? 0, version: result?.version };
}

/** The first rows after the diagnostics, with a hover on the first line sent right behind the request. */
async function firstRows(session, { uri, timeoutMs }) {
  const rows = timedRows(session, { uri, timeoutMs });
  const hoverStarted = now();
  const hover = session.connection
    .sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })
    .then(() => now() - hoverStarted);
  return { first: await rows, hoverMs: await withTimeout(hover, timeoutMs, 'hover beside the rows') };
}

/** One append at `end`: didChange → callsChanged, then the rows since the version before. */
async function oneAppend(session, { uri, version, change, timeoutMs }) {
  const started = now();
  const notified = callsChanged(session, uri, version);
  const sent = session.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [change],
  });
  const changedAt = await withTimeout(
    sent.then(() => notified),
    timeoutMs,
    'append -> callsChanged',
  );
  const answer = await timedRows(session, { uri, since: version - 1, timeoutMs });
  return { changedMs: changedAt - started, rowsMs: answer.ms, totalMs: now() - started, sent: answer.rows };
}

async function appends(session, { uri, text, count, timeoutMs }) {
  const samples = [];
  let end = endPosition(text);
  for (let i = 0; i < count; i++) {
    const inserted = i === 0 && !text.endsWith('\n') ? `\n${appendedText(i)}` : appendedText(i);
    const change = { range: { start: end, end }, text: inserted };
    end = advance(end, inserted);
    samples.push(await oneAppend(session, { uri, version: 2 + i, change, timeoutMs }));
  }
  const pick = (key) => median(samples.map((sample) => sample[key]));
  // The most rows one append sent too: a median hides the appends that send every row again.
  const mostSent = Math.max(...samples.map((sample) => sample.sent));
  return {
    count,
    changedMs: pick('changedMs'),
    rowsMs: pick('rowsMs'),
    totalMs: pick('totalMs'),
    sent: pick('sent'),
    mostSent,
  };
}

/** Every figure of the view in one server; `{ problem }` when a step did not finish within its limit. */
export async function measureCallsView(serverPath, { uri, text, appendCount, limits }) {
  return withSession(serverPath, limits.initialize, async (session) => {
    const opened = await measureOpen(session, { uri, text, timeoutMs: limits.open });
    const { first, hoverMs } = await firstRows(session, { uri, timeoutMs: limits.open });
    const again = await timedRows(session, { uri, timeoutMs: limits.open });
    const appended = await appends(session, { uri, text, count: appendCount, timeoutMs: limits.append });
    return { openMs: opened.openMs, rowsMs: first.ms, rows: first.rows, hoverMs, againMs: again.ms, append: appended };
  });
}
