/**
 * The SIP Calls view's pure model (client/src/calls/model.ts) over rows the server's mapping
 * (server/src/features/callsView.ts) builds from real summaries: labels, descriptions, the noise
 * toggle, the filter, grouping, the status bar's counts, and which rows an update must redraw.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallRow } from '../../catalog/src/protocol';
import { analyze, LineIndex } from '../../server/src/analysis';
import { summarizeCalls } from '../../server/src/calls';
import { callRow } from '../../server/src/features/callsView';
import {
  callCounts,
  callDescription,
  callLabel,
  DEFAULT_OPTIONS,
  groupByState,
  isNoise,
  matchesFilter,
  mergeRows,
  rowChanges,
  sameRow,
  stateIcon,
  statusText,
  viewDescription,
  streamedCallMessage,
  viewMessage,
  visibleRows,
} from '../../client/src/calls/model';
import { bundleL10n, type Bundle } from '../../client/src/translation';
import { REPO_ROOT } from '../support/lspClient';
import type { Language } from '../../catalog/src/language';

function rowsOf(text: string, language: Language = 'en'): CallRow[] {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  return summarizeCalls(text, analysis, lines).map((summary) => callRow(summary, analysis, lines, language));
}

const readWorkspace = (name: string) => readFileSync(join(REPO_ROOT, 'test/integration/workspace', name), 'utf8');
const OUTCOMES = readWorkspace('call-outcomes.log');
const REGISTER = readWorkspace('register-auth.log');
const chinese = bundleL10n(
  'zh-cn',
  JSON.parse(readFileSync(join(REPO_ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Bundle,
);

/** One OPTIONS ping and its 200, raw. */
const OPTIONS_PING = [
  'OPTIONS sip:gw.example.net SIP/2.0',
  'Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKping1',
  'From: <sip:ping@192.0.2.1>;tag=p1',
  'To: <sip:gw.example.net>',
  'Call-ID: ping-1@192.0.2.1',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
  '',
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKping1',
  'From: <sip:ping@192.0.2.1>;tag=p1',
  'To: <sip:gw.example.net>;tag=g1',
  'Call-ID: ping-1@192.0.2.1',
  'CSeq: 1 OPTIONS',
  'Content-Length: 0',
  '',
].join('\r\n');

describe('Calls view rows from a real log', () => {
  const rows = rowsOf(OUTCOMES);

  it('has one row per call with its state, code, parties and where its first message starts', () => {
    assert.deepEqual(
      rows.map((row) => `${row.state} ${row.finalCode ?? '-'} ${callLabel(row)}`),
      [
        'busy 486 1001 → +14035550123',
        'cancelled 487 1001 → +14035550188',
        'rejected 503 1001 → +442079460000',
        'rejected 499 1001 → +18005550199',
        'in-progress - 1001 → +14035550142',
      ],
    );
    const first = rows[0] as CallRow;
    const lines = OUTCOMES.split('\n');
    assert.ok((lines[first.line] ?? '').startsWith('INVITE sip:+14035550123@203.0.113.20 SIP/2.0'));
    assert.equal(first.character, 0);
    assert.equal(first.fromName, 'Front Desk');
    assert.equal(first.messageCount, 4);
    assert.equal(first.failed, true);
    assert.equal((rows[1] as CallRow).failed, false, 'a cancelled call is not a failure');
  });

  it('describes a row by start, duration and final response, in the language asked for', () => {
    assert.equal(callDescription(rows[0] as CallRow), '2026-11-20 09:21:05.011 · 486 Busy Here');
    assert.equal(callDescription(rows[4] as CallRow), '2026-11-20 09:41:19.600 · in progress');
    const chineseRow = rowsOf(OUTCOMES, 'zh-cn')[4] as CallRow;
    assert.equal(callDescription(chineseRow, chinese), '2026-11-20 09:41:19.600 · 进行中');
    const answered = { ...(rows[0] as CallRow), durationMs: 3878, finalCode: 200, finalPhrase: 'OK' };
    assert.equal(callDescription(answered), '2026-11-20 09:21:05.011 · 3.878 s · 200 OK');
    assert.equal(
      callDescription({ ...answered, durationMs: 754 }, chinese),
      '2026-11-20 09:21:05.011 · 754 毫秒 · 200 OK',
    );
  });

  it('counts calls and failures for the status bar, in both languages', () => {
    assert.deepEqual(callCounts(rows), { calls: 5, failed: 3 });
    assert.equal(statusText(rows), 'SIP: 5 calls · 3 failed');
    assert.equal(statusText(rows, chinese), 'SIP：5 个呼叫 · 3 个失败');
  });

  it('filters by number, Call-ID, code, state (id or label) and "failed"', () => {
    const ids = (filter: string, l10n = undefined as undefined | typeof chinese, list = rows) =>
      visibleRows(list, { ...DEFAULT_OPTIONS, filter }, l10n).map((row) => row.finalCode ?? '-');
    assert.deepEqual(ids('+4420'), [503]);
    assert.deepEqual(ids('e2c0837b'), [487]);
    assert.deepEqual(ids('499'), [499]);
    assert.deepEqual(ids('rejected'), [503, 499]);
    assert.deepEqual(ids('IN PROGRESS'), ['-']);
    assert.deepEqual(ids('failed'), [486, 503, 499]);
    assert.deepEqual(ids('failed 1001 +1403'), [486]);
    assert.deepEqual(ids('Front Desk'), [486, 487, 503, 499, '-'], 'the display name');
    assert.deepEqual(ids('失败', chinese, rowsOf(OUTCOMES, 'zh-cn')), [486, 503, 499]);
    assert.deepEqual(ids('忙', chinese, rowsOf(OUTCOMES, 'zh-cn')), [486]);
    assert.deepEqual(ids('nothing-like-this'), []);
    assert.ok(matchesFilter(rows[0] as CallRow, '   '));
  });

  it('matches a word within one field, never across two, and reads a row again after a filter', () => {
    const row = { ...(rows[0] as CallRow), from: 'ALICE', to: 'BOB' };
    assert.ok(matchesFilter(row, 'alice'));
    assert.equal(matchesFilter(row, 'ce bo'), true, 'each word in a field of its own');
    assert.equal(matchesFilter(row, 'ce\nbo'), true, 'a line break separates words too');
    assert.equal(matchesFilter(row, 'alicebob'), false);
    assert.equal(matchesFilter(row, 'icebo'), false, 'the end of From and the start of To');
    assert.equal(matchesFilter({ ...row, to: 'CAROL' }, 'carol'), true, 'another row object, read afresh');
    assert.equal(matchesFilter(row, 'carol'), false);
  });

  it('groups by state, failures first, rows in log order within a group', () => {
    const groups = groupByState(rows);
    assert.deepEqual(
      groups.map((group) => `${group.label}: ${group.rows.map((row) => row.finalCode ?? '-').join(',')}`),
      ['busy: 486', 'rejected: 503,499', 'cancelled: 487', 'in progress: -'],
    );
  });

  it('gives each state an icon and a colour, failures in the failed colour', () => {
    assert.deepEqual(stateIcon('answered'), { icon: 'pass', color: 'testing.iconPassed' });
    for (const row of rows.filter((r) => r.failed)) assert.equal(stateIcon(row.state).color, 'testing.iconFailed');
    assert.notEqual(stateIcon('cancelled').color, 'testing.iconFailed');
  });
});

describe('pings and keep-alive registrations', () => {
  const rows = [...rowsOf(REGISTER), ...rowsOf(OPTIONS_PING)];

  it('hides OPTIONS pings and successful registrations by default, never a failed registration', () => {
    assert.deepEqual(
      rows.map((row) => `${row.kind} ${row.state} ${isNoise(row)}`),
      ['registration succeeded true', 'registration auth-failed false', 'options succeeded true'],
    );
    assert.deepEqual(
      visibleRows(rows, DEFAULT_OPTIONS).map((row) => row.state),
      ['auth-failed'],
    );
    assert.equal(visibleRows(rows, { ...DEFAULT_OPTIONS, showNoise: true }).length, 3);
    assert.deepEqual(callCounts(rows), { calls: 1, failed: 1 });
  });

  it('says why the view is empty, and how many rows show of how many', () => {
    const noise = rows.filter(isNoise);
    assert.match(viewMessage(0, noise.length, DEFAULT_OPTIONS) ?? '', /OPTIONS pings and keep-alive/u);
    assert.equal(viewMessage(0, 0, DEFAULT_OPTIONS), 'No SIP calls in this document.');
    assert.equal(viewMessage(0, 3, { ...DEFAULT_OPTIONS, filter: '42' }), 'No call matches "42".');
    assert.equal(viewMessage(1, 3, DEFAULT_OPTIONS), undefined);
    // A log streamed from disk lists at most 20,000 of its calls, and says how many it has, in both languages.
    const listed = { calls: 312_456, failed: 1_204, ended: true };
    assert.equal(
      viewMessage(20_000, 20_000, DEFAULT_OPTIONS, undefined, listed),
      'Showing 20,000 of 312,456 calls (1,204 failed): for a log streamed from disk the view lists 20,000 at most, failed calls first. Show call statistics counts every call.',
    );
    assert.match(
      viewMessage(5, 20_000, DEFAULT_OPTIONS, chinese, { ...listed, ended: false }) ?? '',
      /^目前显示 20,000 \/ 312,456 个呼叫（1,204 个失败）：/u,
    );
    assert.equal(viewMessage(0, 0, DEFAULT_OPTIONS, undefined, listed), 'No SIP calls in this document.');
    assert.equal(statusText([], undefined, listed), 'SIP: 312456 calls · 1204 failed', 'every call counted');
    // Its calls keep no text: no call flow nor list of a call's diagnostics, said in both languages.
    assert.match(
      streamedCallMessage(100 * 1024 * 1024),
      /^SIP Lens draws call flows and lists a call's diagnostics for logs up to 100 MB read from disk\. This one is bigger/u,
    );
    assert.match(
      streamedCallMessage(100 * 1024 * 1024, chinese),
      /^SIP Lens 只为从磁盘读取的、不超过 100 MB 的日志绘制呼叫流程并列出呼叫的诊断。/u,
    );
    assert.equal(viewDescription(1, 3, { ...DEFAULT_OPTIONS, filter: '1002' }), '1 of 3 · filter: 1002');
    assert.equal(viewDescription(3, 3, DEFAULT_OPTIONS), '3');
    assert.equal(viewDescription(1, 3, { ...DEFAULT_OPTIONS, filter: '1002' }, chinese), '显示 1 / 3 · 筛选：1002');
  });
});

describe('what an update redraws', () => {
  it('redraws only the calls an append changed, and the list when calls are added', () => {
    // The log without its last message: the last call (in progress) has one message fewer.
    const before = rowsOf(OUTCOMES.slice(0, OUTCOMES.lastIndexOf('\n[2026') + 1));
    const after = rowsOf(OUTCOMES);
    assert.deepEqual(rowChanges(before, after), { changed: [(after[4] as CallRow).callId], listChanged: false });
    assert.equal(
      rowChanges(rowsOf(OUTCOMES.slice(0, OUTCOMES.indexOf('\n[2026-11-20 09:41'))), after).listChanged,
      true,
    );
    assert.deepEqual(rowChanges(after, rowsOf(OUTCOMES)), { changed: [], listChanged: false });
    const edited = after.map((row, i) => (i === 2 ? { ...row, messageCount: row.messageCount + 1 } : row));
    assert.deepEqual(rowChanges(after, edited), { changed: [(after[2] as CallRow).callId], listChanged: false });
    assert.equal(rowChanges(after, after.slice(1)).listChanged, true);
    assert.equal(rowChanges(after, [...after].reverse()).listChanged, true);
  });

  it('compares every field either row has', () => {
    const row = rowsOf(OUTCOMES)[4] as CallRow;
    assert.equal(sameRow(row, row), true);
    assert.equal(sameRow(row, { ...row }), true);
    assert.equal(row.finalCode, undefined);
    assert.equal(sameRow(row, { ...row, finalCode: 486 }), false, 'a field only the second row has');
    assert.equal(sameRow({ ...row, finalCode: 486 }, row), false, 'a field only the first row has');
    assert.equal(sameRow(row, { ...row, messageCount: row.messageCount + 1 }), false);
  });
});

describe('merging a delta', () => {
  it('keeps the first `from` rows held and replaces the rest; a full answer replaces all', () => {
    const held = rowsOf(OUTCOMES);
    const fresh = rowsOf(OUTCOMES + '\nSIP/2.0 603 Decline\r\nCall-ID: merged@x\r\nCSeq: 9 INVITE\r\n\r\n');
    const merged = mergeRows(held, { version: 2, from: 4, rows: fresh.slice(4) });
    assert.deepEqual(merged, fresh);
    assert.equal(merged[0], held[0], 'the rows kept are the very rows held');
    assert.equal(mergeRows(held, { version: 2, rows: fresh }), fresh);
    assert.deepEqual(mergeRows(held, { version: 2, from: 3, rows: [] }), held.slice(0, 3), 'calls removed');
  });
});
