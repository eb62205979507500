/**
 * The Outline's call labels (method, parties, deciding response; Call-ID as detail), the lazy
 * From/To reading behind them, and folding per message (banner and closing separators
 * included) and per contiguous call.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FoldingRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/index';
import { partiesOf, userOfAddress, userOfUri } from '../../server/src/analysis/parties';
import { foldingRanges } from '../../server/src/features/folding';
import { isLeadIn, isSeparator } from '../../server/src/features/messageLines';
import { documentSymbols } from '../../server/src/features/symbols';
import { annotatedFixtureNames, readFixture } from '../fixtures/index';
import { REPO_ROOT } from '../support/lspClient';

const flow = (name: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'flows', name), 'utf8');

function outline(text: string) {
  const document = TextDocument.create('file:///t.log', 'log', 1, text);
  return documentSymbols(document, analyze(text));
}

function folds(text: string): FoldingRange[] {
  return foldingRanges(TextDocument.create('file:///t.log', 'log', 1, text), analyze(text));
}

const callLabels = (text: string) =>
  outline(text)
    .filter((s) => s.children !== undefined)
    .map((s) => s.name);

test('users of From/To values and Request-URIs', () => {
  assert.equal(userOfAddress('"Bob" <sip:5001@192.0.2.3>;tag=91c6a2e4'), '5001');
  assert.equal(userOfAddress('<tel:+14035551212;phone-context=example.com>'), '+14035551212');
  assert.equal(userOfAddress('sip:alice@example.com;tag=1'), 'alice');
  assert.equal(userOfAddress('"x@y" <sip:pbx.example.com>'), undefined);
  assert.equal(userOfUri('sip:+14035551212;npdi;rn=+14035550000@example.com;user=phone'), '+14035551212');
  assert.equal(userOfUri('sips:pbx.example.com;transport=tls'), undefined);
  assert.equal(userOfUri('mailto:a@example.com'), undefined);
  assert.equal(userOfUri('not a uri'), undefined);
});

test('From and To are read in any case and in compact form, the first of each', () => {
  const headers = 'INVITE sip:1@h SIP/2.0\nf: <sip:1001@h>;tag=a\nTO: <sip:2002@h>\nFrom: <sip:9999@h>\n';
  assert.deepEqual(partiesOf(headers), { from: '1001', to: '2002' });
  assert.deepEqual(partiesOf('SIP/2.0 200 OK\nCall-ID: x\n'), {});
});

test('a call is labelled by method, parties and the deciding response, with its Call-ID as detail', () => {
  const [busy] = outline(flow('invite-busy.log'));
  assert.equal(busy?.name, 'INVITE 5001 → 5005 · 486 Busy Here');
  assert.equal(busy?.detail, 'MzQ1NjRkYWU0ZjM3YmU2NTQ3OTk0ZTQ1');
  assert.ok((busy?.children ?? []).some((child) => child.name === '486 Busy Here (INVITE)'));
  // The CANCEL's 200 OK answers the CANCEL, not the INVITE: the call ended 487.
  assert.deepEqual(callLabels(flow('invite-cancelled.log')), ['INVITE 3001 → 3003 · 487 Request Terminated']);
  // A REGISTER names its account once; challenged, retried and answered 200.
  assert.deepEqual(callLabels(flow('register-auth-ok.log')), ['REGISTER 1001 · 200 OK']);
  assert.deepEqual(callLabels(flow('register-auth-rejected.log')), ['REGISTER 2002 · 401 Unauthorized']);
  assert.deepEqual(callLabels(flow('invite-stuck.log')), ['INVITE 4001 → 4004 · no final response']);
});

test('an answered call stays answered when a later re-INVITE fails', () => {
  const message = (start: string, cseq: string) =>
    `${start}\nFrom: <sip:1001@h>;tag=a\nTo: <sip:2002@h>\nCall-ID: reinvite-1\nCSeq: ${cseq}\n\n`;
  const text = [
    message('INVITE sip:2002@h SIP/2.0', '1 INVITE'),
    message('SIP/2.0 200 OK', '1 INVITE'),
    message('INVITE sip:2002@h SIP/2.0', '2 INVITE'),
    message('SIP/2.0 488 Not Acceptable Here', '2 INVITE'),
  ].join('');
  assert.deepEqual(callLabels(text), ['INVITE 1001 → 2002 · 200 OK']);
});

test('a call whose request is not in the log is named by its responses CSeq method', () => {
  const text = 'SIP/2.0 486 Busy Here\nFrom: <sip:1@h>\nTo: <sip:2@h>\nCall-ID: c\nCSeq: 5 INVITE\n\n';
  assert.deepEqual(callLabels(text + text.replace('486 Busy Here', '100 Trying')), ['INVITE 1 → 2 · 486 Busy Here']);
});

test('labels stay short: long users keep their start and their distinguishing end', () => {
  const labels = callLabels(readFixture('sngrep-export.log'));
  assert.deepEqual(labels[0], 'INVITE +158…0142 → +140…1212 · 200 OK');
  for (const name of annotatedFixtureNames())
    for (const label of callLabels(readFixture(name))) assert.ok(label.length <= 60, `${name}: ${label}`);
});

test('log text in labels goes through the untrusted-text filter', () => {
  const text =
    'INVITE sip:x@h SIP/2.0\nFrom: <sip:\u202eevil@h>\nTo: <sip:b\u0007@h>\nCall-ID: id\u202e\nCSeq: 1 INVITE\n\n' +
    'SIP/2.0 486 Busy\u2066 Here\nCall-ID: id\u202e\nCSeq: 1 INVITE\n\n';
  const [call] = outline(text);
  assert.equal(call?.name, 'INVITE \ufffdevil → b\ufffd · 486 Busy\ufffd Here');
  assert.equal(call?.detail, 'id\ufffd');
});

const lineAt = (text: string, line: number) => text.split(/\r\n|\r|\n/u)[line] ?? '';

/** Message folds are the innermost ranges: those that contain no other range. */
function messageFolds(ranges: readonly FoldingRange[]): FoldingRange[] {
  return ranges.filter((r) => !ranges.some((o) => o !== r && o.startLine >= r.startLine && o.endLine <= r.endLine));
}

/** Lines from the first fold's start to the last fold's end that stay visible with every message folded. */
function visibleLines(ranges: readonly FoldingRange[]): number {
  const inner = messageFolds(ranges);
  const hidden = new Set<number>();
  for (const r of inner) for (let line = r.startLine + 1; line <= r.endLine; line++) hidden.add(line);
  const first = Math.min(...inner.map((r) => r.startLine));
  const last = Math.max(...inner.map((r) => r.endLine));
  let visible = 0;
  for (let line = first; line <= last; line++) if (!hidden.has(line)) visible++;
  return visible;
}

test('a message fold starts at the banner or timestamp line that announces it', () => {
  const cases: [fixture: string, banner: RegExp][] = [
    ['sipp-messages.log', /^-{5,} \d{4}-\d\d-\d\d /u],
    ['asterisk-pjsip.log', /<--- (?:Received|Transmitting) SIP/u],
    ['freeswitch-siptrace.log', /^(?:recv|send) \d+ bytes/u],
    ['ngrep.log', /^U (?:\S+ \S+ )?[\d.:]+ -> /u],
    ['homer.log', /^proto:(?:UDP|TCP) /u],
    ['sngrep-export.log', /^\d{4}\/\d\d\/\d\d /u],
    ['pjsua.log', /[TR]X \d+ bytes (?:Request|Response) msg /u],
  ];
  for (const [fixture, banner] of cases) {
    const text = readFixture(fixture);
    const inner = messageFolds(folds(text));
    assert.equal(inner.length, analyze(text).messages.length, fixture);
    for (const range of inner)
      assert.match(lineAt(text, range.startLine), banner, `${fixture} line ${range.startLine}`);
  }
  // chan_sip prints the time on a line of its own above the banner: the fold starts there.
  const chansip = readFixture('asterisk-chansip.log');
  const first = messageFolds(folds(chansip))[0] as FoldingRange;
  assert.match(lineAt(chansip, first.startLine), /^\[Jan 15 10:12:07\] VERBOSE.*chan_sip\.c:\s*$/u);
  assert.match(lineAt(chansip, first.startLine + 1), /^<--- SIP read from/u);
  assert.match(lineAt(chansip, first.endLine), /^<-+>$/u);
});

test('with every message folded, one line per message is left where the log holds only messages', () => {
  for (const fixture of ['sipp-messages.log', 'ngrep.log', 'homer.log', 'sngrep-export.log', 'raw-messages.sip']) {
    const text = readFixture(fixture);
    assert.equal(visibleLines(folds(text)), analyze(text).messages.length, fixture);
  }
});

test('a raw message folds from its start line; the next message is never folded into it', () => {
  const text = flow('invite-busy.log');
  const inner = messageFolds(folds(text));
  const starts = analyze(text).messages.map((m) => text.slice(0, m.startOffset).split('\n').length - 1);
  // ngrep: the `U ... ->` banner is the line right above each start line.
  assert.deepEqual(
    inner.map((r) => r.startLine),
    starts.map((line) => line - 1),
  );
  const raw = 'SIP/2.0 100 Trying\nCSeq: 1 INVITE\n\nSIP/2.0 486 Busy Here\nCSeq: 1 INVITE\n';
  assert.deepEqual(
    messageFolds(folds(raw)).map((r) => [r.startLine, r.endLine]),
    [
      [0, 2],
      // The blank line after the last message folds with it too.
      [3, 5],
    ],
  );
});

test('a call whose messages follow one another gets a fold over them all', () => {
  const text = flow('invite-busy.log');
  const ranges = folds(text);
  const inner = messageFolds(ranges);
  const call = ranges.filter((r) => !inner.includes(r));
  assert.deepEqual(call, [
    {
      startLine: (inner[0] as FoldingRange).startLine,
      endLine: (inner[inner.length - 1] as FoldingRange).endLine,
      kind: 'region',
    },
  ]);
});

test('interleaved calls fold per message only: no call fold would hide another call', () => {
  const message = (start: string, callId: string) => `${start}\nCall-ID: ${callId}\nCSeq: 1 INVITE\n\n`;
  const text = [
    message('INVITE sip:a@h SIP/2.0', 'A'),
    message('INVITE sip:b@h SIP/2.0', 'B'),
    message('SIP/2.0 486 Busy Here', 'A'),
    message('SIP/2.0 200 OK', 'B'),
    message('INVITE sip:c@h SIP/2.0', 'C'),
    message('SIP/2.0 404 Not Found', 'C'),
  ].join('');
  const ranges = folds(text);
  assert.equal(messageFolds(ranges).length, 6);
  // Only call C's messages are contiguous.
  assert.deepEqual(
    ranges.filter((r) => !messageFolds(ranges).includes(r)).map((r) => [r.startLine, r.endLine]),
    [[16, 24]],
  );
});

test('folding ranges nest or stay apart on every fixture: editors drop ranges that cross', () => {
  for (const name of annotatedFixtureNames()) {
    const ranges = folds(readFixture(name));
    for (const a of ranges)
      for (const b of ranges) {
        if (a === b) continue;
        const apart = a.endLine < b.startLine || b.endLine < a.startLine;
        const nested =
          (a.startLine <= b.startLine && b.endLine <= a.endLine) ||
          (b.startLine <= a.startLine && a.endLine <= b.endLine);
        assert.ok(apart || nested, `${name}: ${JSON.stringify(a)} crosses ${JSON.stringify(b)}`);
        assert.ok(!(a.startLine === b.startLine && a.endLine === b.endLine), `${name}: duplicate ${JSON.stringify(a)}`);
      }
  }
});

test('separators and lead-in lines', () => {
  for (const line of ['', '   ', '<------------->', '   ------------', '#', '.', '--end msg--'])
    assert.ok(isSeparator(line), JSON.stringify(line));
  for (const line of ['Content-Length: 0', '----- 2026-01-15 10:10:00.123456', 'v=0'])
    assert.ok(!isSeparator(line), JSON.stringify(line));
  assert.ok(isLeadIn('----------------------------------------------- 2026-01-15 10:10:00.123456'));
  assert.ok(isLeadIn('[Jan 15 10:12:07] VERBOSE[2410] chan_sip.c: '));
  assert.ok(!isLeadIn('17:05:04.050 pjsua_acc.c ..Acc 0: setting registration..'));
  assert.ok(!isLeadIn('-----------'));
});
