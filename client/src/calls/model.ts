/**
 * The Calls view's model, pure (no `vscode` import) so node:test runs it: which rows show (the noise
 * toggle, the filter), how they group, and each row's label, description, tooltip, icon and the
 * status bar's counts, worded through an `L10n` (English by default).
 */
import { FAILED_CALL_STATES } from '../../../catalog/src/call-vocabulary';
import type { CallRow, CallsResult, CallStateName } from '../../../catalog/src/protocol';
import { ENGLISH, type L10n } from '../translation';

export interface ViewOptions {
  /** Show OPTIONS pings and keep-alive registrations (hidden by default). */
  readonly showNoise: boolean;
  readonly groupByState: boolean;
  /** Free text: a number or user, a Call-ID, a code, a state; empty for none. */
  readonly filter: string;
}

export const DEFAULT_OPTIONS: ViewOptions = { showNoise: false, groupByState: false, filter: '' };

/** The order groups appear in: what an engineer looks for first (failures), then the rest. */
export const STATE_ORDER: readonly CallStateName[] = [
  ...FAILED_CALL_STATES,
  'cancelled',
  'redirected',
  'in-progress',
  'answered',
  'succeeded',
];

/**
 * The background chatter of a log: OPTIONS pings (keep-alive probes between proxies and trunks) and
 * registrations that succeeded (refreshes that repeat every few minutes). A failed registration is
 * not noise: it is often why calls fail.
 */
export function isNoise(row: CallRow): boolean {
  return row.kind === 'options' || (row.kind === 'registration' && row.state === 'succeeded');
}

/**
 * What a filter's text is matched against: the row's fields lower-cased, one per line. A filter's
 * word holds no white space, so it is in this text exactly when it is in one of the fields. Kept
 * per row object: the rows a delta carries over are the same objects, typed filters reuse them.
 */
const searchTexts = new WeakMap<CallRow, string>();

function searchable(row: CallRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    const fields = [row.callId, row.state, row.state.replace(/-/gu, ' '), row.stateLabel, row.kind, row.kindLabel];
    for (const value of [row.from, row.to, row.fromName, row.toName, row.requestUri, row.finalCode?.toString()])
      if (value !== undefined) fields.push(value);
    // Lower-cased whole: a line break stops the one context-dependent mapping (final sigma) as a field's end would.
    text = fields.join('\n').toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/**
 * The test of `filter` (read once, for every row): every word of it is in one of the row's fields
 * (any case); `failed` (in either language) names every failure state.
 */
function filterTest(filter: string, l10n: L10n): ((row: CallRow) => boolean) | undefined {
  const words = filter.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const failedWords = new Set(['failed', l10n.t('failed').toLowerCase()]);
  return (row) => {
    const text = searchable(row);
    return words.every((word) => (failedWords.has(word) && row.failed) || text.includes(word));
  };
}

/**
 * True when `row` matches `filter`: every word of it is in one of the row's fields (any case);
 * `failed` (in either language) names every failure state.
 */
export function matchesFilter(row: CallRow, filter: string, l10n: L10n = ENGLISH): boolean {
  return filterTest(filter, l10n)?.(row) ?? true;
}

/** The rows the view lists, in log order. */
export function visibleRows(rows: readonly CallRow[], options: ViewOptions, l10n: L10n = ENGLISH): CallRow[] {
  const matches = filterTest(options.filter, l10n);
  return rows.filter((row) => (options.showNoise || !isNoise(row)) && (matches === undefined || matches(row)));
}

export interface StateGroup {
  readonly state: CallStateName;
  readonly label: string;
  readonly rows: readonly CallRow[];
}

/** The rows by state, in STATE_ORDER, empty states left out; rows keep their log order. */
export function groupByState(rows: readonly CallRow[]): StateGroup[] {
  const byState = new Map<CallStateName, CallRow[]>();
  for (const row of rows) {
    const group = byState.get(row.state);
    if (group) group.push(row);
    else byState.set(row.state, [row]);
  }
  return STATE_ORDER.flatMap((state) => {
    const group = byState.get(state);
    return group ? [{ state, label: (group[0] as CallRow).stateLabel, rows: group }] : [];
  });
}

/** `1001 → +14035550123`; a party the message does not name shows as `?`. */
export function callLabel(row: CallRow): string {
  return `${row.from ?? '?'} → ${row.to ?? '?'}`;
}

/** Below a second in whole milliseconds, from a second on in seconds with milliseconds (as the CLI). */
export function formatDuration(ms: number, l10n: L10n = ENGLISH): string {
  if (Math.abs(ms) < 1000) return l10n.t('{0} ms', Math.round(ms));
  return l10n.t('{0} s', (Math.round(ms) / 1000).toFixed(3));
}

/** The final code and phrase (`486 Busy Here`), else the state (`in progress`). */
export function outcomeText(row: CallRow): string {
  if (row.finalCode === undefined) return row.stateLabel;
  return row.finalPhrase ? `${row.finalCode} ${row.finalPhrase}` : String(row.finalCode);
}

/** `2026-11-20 09:21:05.011 · 3.878 s · 200 OK`: what the log has of start, duration and outcome. */
export function callDescription(row: CallRow, l10n: L10n = ENGLISH): string {
  const parts: string[] = [];
  if (row.start !== undefined) parts.push(row.start);
  if (row.durationMs !== undefined) parts.push(formatDuration(row.durationMs, l10n));
  parts.push(outcomeText(row));
  return parts.join(' · ');
}

function party(user: string | undefined, name: string | undefined): string {
  if (user === undefined) return name ?? '?';
  return name !== undefined && name !== user ? `"${name}" ${user}` : user;
}

/** The hover of a row: every fact the row carries, one per line. */
export function callTooltip(row: CallRow, l10n: L10n = ENGLISH): string {
  const lines = [
    `${party(row.from, row.fromName)} → ${party(row.to, row.toName)}`,
    l10n.t('State: {0} ({1})', row.stateLabel, row.kindLabel),
  ];
  if (row.finalCode !== undefined) lines.push(l10n.t('Final response: {0}', outcomeText(row)));
  if (row.requestUri !== undefined) lines.push(l10n.t('Request-URI: {0}', row.requestUri));
  if (row.start !== undefined) lines.push(l10n.t('Start: {0}', row.start));
  if (row.durationMs !== undefined) lines.push(l10n.t('Duration: {0}', formatDuration(row.durationMs, l10n)));
  lines.push(l10n.t('Messages: {0}', row.messageCount), `Call-ID: ${row.callId}`);
  return lines.join('\n');
}

/** A codicon and a theme colour id per state: green answered, red failed, grey cancelled, blue redirected. */
export function stateIcon(state: CallStateName): { readonly icon: string; readonly color: string } {
  switch (state) {
    case 'answered':
    case 'succeeded':
      return { icon: 'pass', color: 'testing.iconPassed' };
    case 'busy':
      return { icon: 'circle-slash', color: 'testing.iconFailed' };
    case 'auth-failed':
      return { icon: 'lock', color: 'testing.iconFailed' };
    case 'no-answer':
      return { icon: 'watch', color: 'testing.iconFailed' };
    case 'declined':
    case 'not-found':
    case 'rejected':
      return { icon: 'error', color: 'testing.iconFailed' };
    case 'cancelled':
      return { icon: 'circle-slash', color: 'disabledForeground' };
    case 'redirected':
      return { icon: 'arrow-swap', color: 'charts.blue' };
    case 'in-progress':
      return { icon: 'loading', color: 'charts.yellow' };
  }
}

/** The calls the status bar counts: what the view lists by default (pings and keep-alives left out). */
export function callCounts(rows: readonly CallRow[]): { readonly calls: number; readonly failed: number } {
  let calls = 0;
  let failed = 0;
  for (const row of rows) {
    if (isNoise(row)) continue;
    calls++;
    if (row.failed) failed++;
  }
  return { calls, failed };
}

/** `SIP: 42 calls · 7 failed`. */
export function statusText(rows: readonly CallRow[], l10n: L10n = ENGLISH, listed?: Listed): string {
  const { calls, failed } = listed ?? callCounts(rows);
  return l10n.t('SIP: {0} calls · {1} failed', calls, failed);
}

/** The view's description: how many rows show of how many, and the filter when there is one. */
export function viewDescription(shown: number, total: number, options: ViewOptions, l10n: L10n = ENGLISH): string {
  const count = shown === total ? String(total) : l10n.t('{0} of {1}', shown, total);
  return options.filter ? l10n.t('{0} · filter: {1}', count, options.filter) : count;
}

/**
 * The message shown in the view: instead of rows when none show, or above them when the server
 * listed only some of the log's calls (`listed`, a log streamed from disk: at most 20,000 rows).
 */
export function viewMessage(
  shown: number,
  total: number,
  options: ViewOptions,
  l10n: L10n = ENGLISH,
  listed?: Listed,
): string | undefined {
  if (shown > 0) return listed && cappedMessage(total, listed, l10n);
  if (total === 0) return l10n.t('No SIP calls in this document.');
  if (options.filter) return l10n.t('No call matches "{0}".', options.filter);
  return l10n.t(
    'Only OPTIONS pings and keep-alive registrations here, hidden now: the closed-eye button in the title bar shows them.',
  );
}

/** How many calls a log has when the view lists only some of them (CallsResult's `listed`). */
export type Listed = NonNullable<CallsResult['listed']>;

/** "Showing 20,000 of 312,456 calls": the rows kept of a streamed log, and that the statistics count them all. */
function cappedMessage(rows: number, listed: Listed, l10n: L10n): string {
  const counts = [grouped(rows), grouped(listed.calls), grouped(listed.failed)] as const;
  return listed.ended
    ? l10n.t(
        'Showing {0} of {1} calls ({2} failed): for a log streamed from disk the view lists {0} at most, failed calls first. Show call statistics counts every call.',
        ...counts,
      )
    : l10n.t(
        'Showing {0} of {1} calls so far ({2} failed): for a log streamed from disk the view lists {0} at most, failed calls first. Show call statistics counts every call.',
        ...counts,
      );
}

/** Digits in groups of three ("312,456"), as both languages write counts this size. */
function grouped(count: number): string {
  return String(count).replace(/\B(?=(?:\d{3})+$)/gu, ',');
}

/**
 * Why a call of a log streamed from disk has no call flow or list of diagnostics: the log was too
 * big to hold whole (over `wholeUpToBytes`), and the stream keeps its calls' summaries, not its text.
 */
export function streamedCallMessage(wholeUpToBytes: number, l10n: L10n = ENGLISH): string {
  return l10n.t(
    "SIP Lens draws call flows and lists a call's diagnostics for logs up to {0} MB read from disk. This one is bigger: it was analysed as a stream, which keeps none of its text. Its diagnostics are in the Problems panel.",
    Math.round(wholeUpToBytes / (1024 * 1024)),
  );
}

/** True when the two rows would render the same (labels, icon, description, tooltip, reveal target). */
export function sameRow(a: CallRow, b: CallRow): boolean {
  // The rows a delta carries over are the very objects shown: most of a long list after an append.
  if (a === b) return true;
  // Every key of either row, without building their union (this runs for every row of a refresh).
  for (const key in a) if (a[key as keyof CallRow] !== b[key as keyof CallRow]) return false;
  for (const key in b) if (a[key as keyof CallRow] !== b[key as keyof CallRow]) return false;
  return true;
}

/**
 * What changed between two listings of the same document: rows whose content changed in place, and
 * whether the list itself changed (a call added, removed or moved), which needs the whole tree again.
 */
export function rowChanges(
  previous: readonly CallRow[],
  next: readonly CallRow[],
): { readonly changed: readonly string[]; readonly listChanged: boolean } {
  if (previous.length !== next.length) return { changed: [], listChanged: true };
  const changed: string[] = [];
  for (let i = 0; i < next.length; i++) {
    const before = previous[i] as CallRow;
    const after = next[i] as CallRow;
    if (before.callId !== after.callId) return { changed: [], listChanged: true };
    if (!sameRow(before, after)) changed.push(after.callId);
  }
  return { changed, listChanged: false };
}

/**
 * The rows of `result`, given the rows the client held when it asked (`held`, of the version it sent
 * as `since`): a delta keeps the first `from` of them and replaces the rest.
 */
export function mergeRows(held: readonly CallRow[], result: CallsResult): readonly CallRow[] {
  if (result.from === undefined) return result.rows;
  return held.slice(0, result.from).concat(result.rows);
}
