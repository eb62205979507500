/**
 * `sip-lens calls` and `sip-lens stats` (issue 20): the call list as text, JSON and spreadsheet-safe
 * CSV, its filters, the statistics with the same numbers `callStatistics` computes, the renderers in
 * both languages, and the built CLI end to end.
 */
import { runCaptured } from '../support/cliRun';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LineIndex } from '../../server/src/analysis';
import { callStatistics, summarizeCalls, type CallSummary } from '../../server/src/calls';
import { runCalls } from '../../server/src/cli/calls';
import { runStats } from '../../server/src/cli/stats';
import { Scratch } from '../support/cliLogs';
import { displayWidth } from '../../catalog/src/l10n';
import { REPO_ROOT } from '../support/lspClient';

const fixture = (name: string) => join(REPO_ROOT, 'test', 'fixtures', name);

const run = (...args: string[]) => runCaptured(args);

let scratch: Scratch;
before(() => (scratch = new Scratch()));
after(() => scratch.remove());

describe('sip-lens calls', () => {
  it('lists each call with its state, code, parties, start, setup and Call-ID', () => {
    const { status, out } = run('calls', fixture('sngrep-export.log'));
    assert.equal(status, 0);
    assert.match(out, /sngrep-export\.log: 3 call\(s\), 2 failed/u);
    assert.match(out, /answered +200 +call +\+15875550142 → \+14035551212 +2026\/01\/15 10:00:00\.123456 +1\.257 s/u);
    assert.match(out, /rejected +608 /u);
  });

  it('--json gives the summaries of every file, with the total before filtering', () => {
    const { status, out } = run('calls', '--json', '--state', 'failed', fixture('asterisk-chansip.log'));
    assert.equal(status, 0);
    const report = JSON.parse(out) as { files: { path: string; total: number; calls: CallSummary[] }[] };
    const [file] = report.files;
    assert.equal(file?.total, 3);
    assert.deepEqual(
      file?.calls.map((c) => `${c.state} ${c.finalCode}`),
      ['not-found 404', 'no-answer 480', 'declined 603'],
    );
    assert.equal(file?.calls[0]?.timing.start?.text, 'Jan 15 10:12:07');
  });

  it('--state and --filter narrow the list; the heading says how many are shown', () => {
    const { out } = run('calls', '--state', 'busy,declined', '--filter', 'reception', fixture('asterisk-chansip.log'));
    assert.match(out, /1 of 3 call\(s\) shown/u);
    assert.match(out, /declined +603/u);
    assert.doesNotMatch(out, /480/u);
  });

  it('--csv writes one header and one row per call, durations in ms', () => {
    const { status, out } = run('calls', '--csv', fixture('sngrep-export.log'));
    assert.equal(status, 0);
    const rows = out.trimEnd().split('\r\n');
    assert.equal(rows.length, 4);
    assert.match(rows[0] ?? '', /^"file","Call-ID","kind","state","code",/u);
    assert.match(rows[1] ?? '', /,"answered",200,"no",/u);
    assert.match(rows[1] ?? '', /,1256\.556,3877\.744,,5,/u);
  });

  it('--csv defuses cells a spreadsheet would run as a formula', () => {
    const log = [
      'INVITE sip:=1+2@example.com SIP/2.0',
      'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-x',
      'From: "=HYPERLINK(""http://example.invalid"")" <sip:@SUM(1)@example.com>;tag=1',
      'To: <sip:-2+3@example.com>',
      'Call-ID: "quoted"-id',
      'CSeq: 1 INVITE',
      'User-Agent: +cmd',
      'Content-Length: 0',
      '',
    ].join('\n');
    const { out } = run('calls', '--csv', scratch.write('formula.log', log));
    const row = out.split('\r\n')[1] ?? '';
    for (const cell of row.split(/,(?=")/u).filter((c) => c.startsWith('"'))) {
      const value = cell.slice(1).replace(/"(,.*)?$/u, '');
      assert.doesNotMatch(value, /^[=+\-@]/u, `unsafe cell ${cell}`);
    }
    assert.match(row, /"'-2\+3"/u);
    assert.match(row, /"'\+cmd"/u);
    assert.match(row, /"""quoted""-id"/u);
  });

  it('refuses a missing file list, both formats at once, and an unknown state', () => {
    assert.equal(run('calls').status, 2);
    assert.equal(run('calls', '--json', '--csv', fixture('ngrep.log')).status, 2);
    const bad = run('calls', '--state', 'broken', fixture('ngrep.log'));
    assert.equal(bad.status, 2);
    assert.match(bad.err, /--state takes 'failed'/u);
  });

  it('prints its labels in Simplified Chinese when asked', () => {
    let out = '';
    runCalls([fixture('flows/invite-busy.log')], { out: (t) => (out += t), err: () => undefined }, 'zh-cn');
    assert.match(out, /1 个呼叫，1 个失败/u);
    assert.match(out, /忙 +486 +呼叫/u);
  });

  it('lines its Chinese columns up on a terminal, where a Chinese character takes two cells', () => {
    const { out } = run('calls', '--lang', 'zh-cn', fixture('sngrep-export.log'), fixture('flows/invite-busy.log'));
    const tables = out.split('\n\n').map((block) =>
      block
        .split('\n')
        .slice(1)
        .filter((line) => line !== ''),
    );
    for (const rows of tables.filter((table) => table.length > 1)) {
      // Each column starts at the same cell on every row: where the header's "状态码" starts, every code starts.
      const codeCell = (line: string) => displayWidth(line.slice(0, line.search(/\d{3}|状态码/u)));
      assert.deepEqual(new Set(rows.map(codeCell)).size, 1, rows.join('\n'));
    }
  });
});

describe('sip-lens stats', () => {
  it('prints counts, top failures with their short fix and every RFC 6076 metric with its section', () => {
    const { status, out } = run('stats', fixture('asterisk-pjsip.log'));
    assert.equal(status, 0);
    assert.match(out, /4xx Client Failure: \d+/u);
    assert.match(out, /486 × 1: /u);
    for (const section of ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8'])
      assert.match(out, new RegExp(`RFC 6076 §${section.replace('.', '\\.')}`, 'u'));
    assert.match(out, /Session Request Delay \(SRD\), RFC 6076 §4\.3: \d+ ms, from 2 call\(s\)/u);
  });

  it('says the log has no times instead of printing zero delays', () => {
    const { out } = run('stats', fixture('flows/invite-503-603.log'));
    assert.match(out, /This log carries no timestamps/u);
    assert.match(out, /Session Request Delay \(SRD\), RFC 6076 §4\.3: the log has no times for it/u);
    assert.doesNotMatch(out, /: 0 ms/u);
  });

  it('--json holds the numbers callStatistics computes (one function for every renderer)', () => {
    const path = fixture('sngrep-export.log');
    const { out } = run('stats', '--json', path);
    const text = readFileSync(path, 'utf8');
    const lines = new LineIndex(text);
    const analysis = analyze(text, { lineIndex: lines });
    const expected = JSON.parse(JSON.stringify(callStatistics(analysis, summarizeCalls(text, analysis, lines))));
    const report = JSON.parse(out) as { files: Record<string, unknown>[] };
    assert.deepEqual(report.files[0], { path, ...expected });
  });

  it('prints the metrics and headings in Simplified Chinese when asked', () => {
    let out = '';
    runStats([fixture('sngrep-export.log')], { out: (t) => (out += t), err: () => undefined }, 'zh-cn');
    assert.match(out, /RFC 6076 端到端指标/u);
    assert.match(out, /会话建立率/u);
    // Full-width colons after Chinese labels
    assert.match(out, /\n {2}呼叫：3\n/u);
    assert.match(out, /488 × 1：/u);
  });
});

describe('the built CLI', () => {
  it('runs calls and stats from server/dist/cli.js', () => {
    const cli = join(REPO_ROOT, 'server', 'dist', 'cli.js');
    const calls = spawnSync(process.execPath, [cli, 'calls', fixture('flows/invite-busy.log')], { encoding: 'utf8' });
    assert.equal(calls.status, 0, calls.stderr);
    assert.match(calls.stdout, /busy +486 +call +5001 → 5005/u);
    const stats = spawnSync(process.execPath, [cli, 'stats', '--json', fixture('flows/invite-busy.log')], {
      encoding: 'utf8',
    });
    assert.equal(stats.status, 0, stats.stderr);
    assert.equal((JSON.parse(stats.stdout) as { files: { failed: number }[] }).files[0]?.failed, 1);
  });
});
