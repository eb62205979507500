// The measurements taken against a running server: didOpen -> diagnostics, the server's own
// analysis statistics, hover round trips, and append -> fresh diagnostics.
import { advance, endPosition } from './documentPositions.mjs';
import { now, TimeoutError, withTimeout } from './timing.mjs';

export const ANALYSIS_STATS_REQUEST = 'sipLens/analysisStats';

/**
 * `{ version, textLength, analysisMs, rulesMs, messages, occurrences }` from the server, or
 * undefined when it does not answer the request (older builds) or does not know the document.
 */
export async function analysisStats(session, uri, timeoutMs) {
  try {
    const stats = await withTimeout(
      session.connection.sendRequest(ANALYSIS_STATS_REQUEST, { uri }),
      timeoutMs,
      'analysisStats',
    );
    return stats ?? undefined;
  } catch (error) {
    if (error instanceof TimeoutError) throw error;
    return undefined;
  }
}

/** Wall time from sending didOpen to the first publishDiagnostics for the document. */
export async function measureOpen(session, { uri, text, timeoutMs }) {
  const started = now();
  const diagnostics = session.nextDiagnostics(uri, () => true);
  // The send is inside the limit too: a server that stops reading its input blocks the pipe.
  const sent = session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'log', version: 1, text },
  });
  const published = await withTimeout(
    sent.then(() => diagnostics),
    timeoutMs,
    'didOpen -> diagnostics',
  );
  return { openMs: now() - started, diagnostics: published.diagnostics.length };
}

/**
 * Sequential hovers, each timed client-side. Stops at the first timeout or when the overall
 * budget is spent; `complete` says whether every position was measured.
 */
export async function measureHovers(session, { uri, picks, requestTimeoutMs, budgetMs }) {
  const samples = [];
  let answeredOnCodes = 0;
  let askedOnCodes = 0;
  const deadline = now() + budgetMs;
  for (const { onCode, position } of picks) {
    if (now() > deadline) return { samples, answeredOnCodes, askedOnCodes, complete: false, reason: 'budget spent' };
    const started = now();
    try {
      const hover = await withTimeout(
        session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
        requestTimeoutMs,
        'hover',
      );
      samples.push(now() - started);
      if (onCode) askedOnCodes++;
      if (onCode && hover) answeredOnCodes++;
    } catch (error) {
      if (error instanceof TimeoutError)
        return { samples, answeredOnCodes, askedOnCodes, complete: false, reason: error.message };
      throw error;
    }
  }
  return { samples, answeredOnCodes, askedOnCodes, complete: true };
}

/** What a tailed log gains between two looks: a bare status line or a whole small message. */
export function appendedText(index) {
  if (index % 2 === 0) return 'SIP/2.0 503 Service Unavailable\r\n';
  return [
    `2026/11/20 23:59:${String(10 + index).padStart(2, '0')}.000100 198.51.100.7:5060 -> 192.0.2.5:5060`,
    'SIP/2.0 486 Busy Here',
    'Via: SIP/2.0/UDP 192.0.2.5:5060;rport=5060;branch=z9hG4bKbenchappend' + index,
    'From: <sip:1001@pbx.example.com>;tag=benchfrom',
    'To: <sip:+14035550100@sip.example.com>;tag=benchto',
    `Call-ID: bench-append-${index}@192.0.2.5`,
    'CSeq: 1 INVITE',
    'Content-Length: 0',
    '',
    '',
  ].join('\n');
}

/**
 * Appends `count` times at the end of the document with incremental didChange and times each
 * until publishDiagnostics carries the new version. Also collects the server's analysis and
 * rules time for each appended version.
 */
export async function measureAppends(session, { uri, text, count, timeoutMs, statsTimeoutMs }) {
  const samples = [];
  const serverMs = [];
  let end = endPosition(text);
  for (let i = 0; i < count; i++) {
    const version = 2 + i;
    const inserted = i === 0 ? separatedFrom(text, appendedText(i)) : appendedText(i);
    const change = { range: { start: end, end }, text: inserted };
    end = advance(end, inserted);
    const started = now();
    // A server that omits versions is taken at its word: the next publish is for the edit.
    const fresh = session.nextDiagnostics(
      uri,
      (p) => p.version === version || p.version === undefined || p.version === null,
    );
    const sent = session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    try {
      await withTimeout(
        sent.then(() => fresh),
        timeoutMs,
        'append -> diagnostics',
      );
    } catch (error) {
      return { samples, serverMs, complete: false, reason: error.message };
    }
    samples.push(now() - started);
    const stats = await analysisStats(session, uri, statsTimeoutMs).catch(() => undefined);
    if (stats && stats.version === version) serverMs.push(stats.analysisMs + stats.rulesMs);
  }
  return { samples, serverMs, complete: true };
}

/** The generated log ends with a newline; keep it that way so the append starts a line. */
function separatedFrom(text, inserted) {
  return text.endsWith('\n') ? inserted : `\n${inserted}`;
}
