/**
 * Incremental re-analysis next to inline dumps: SIPp's error log quotes each message behind a
 * log prefix (`... received 'SIP/2.0 478 ...`), so no message of such a log starts its line.
 * An append or an edit there must stay incremental (a window of lines, not the whole log) and
 * still equal a whole analysis, rules included. `npm run fuzz` runs the property with many more cases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { analyzeWhole, reanalyze, type AnalysisSnapshot, type TextEdit } from '../../server/src/analysis/incremental';
import { evaluateRules } from '../../server/src/rules';
import { evaluateRuleState } from '../../server/src/rules/index';
import { updateRuleState } from '../../server/src/rules/incremental';
import type { RuleState } from '../../server/src/rules/state';
import type { RuleOptions } from '../../server/src/rules/types';
import { arbMessage, messageLines, type GeneratedMessage } from '../support/sipGenerators';
import { arbMutation } from '../support/damagedLogs';
import { assertProperty, fuzzRuns } from '../support/properties';

const OPTIONS: RuleOptions = { overrides: {}, maxFindings: 1000 };

/** One SIPp error entry: the message quoted inline after the log prefix, closed by `'.`. */
function sippEntry(message: GeneratedMessage, seq: number): string {
  const [startLine, ...rest] = messageLines(message);
  const prefix =
    `2026-01-15\t10:00:${String(seq % 60).padStart(2, '0')}.123456\t1768471200.123456: Aborting call on unexpected message` +
    ` for Call-Id '${seq}-3141@192.0.2.3': while expecting '200' (index 1), received '`;
  return [`${prefix}${startLine}`, ...rest, "'.", ''].join('\n');
}

/** Applies `edit` (old offsets) to `text`, re-analyses incrementally, and checks against a whole analysis. */
class Follower {
  snapshot: AnalysisSnapshot;
  rules: RuleState;
  incrementalSteps = 0;
  steps = 0;

  constructor(public text: string) {
    this.snapshot = analyzeWhole(text);
    this.rules = evaluateRuleState(this.snapshot.analysis, OPTIONS);
  }

  replace(start: number, end: number, insert: string): void {
    const edit: TextEdit = { start, end, insertedLength: insert.length };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.snapshot = reanalyze(this.snapshot, this.text, edit);
    this.steps++;
    if (this.snapshot.incremental) this.incrementalSteps++;
    const whole = analyze(this.text);
    assert.deepEqual(
      this.snapshot.analysis,
      whole,
      `after replacing [${start}, ${end}) with ${insert.length} characters`,
    );
    const change = this.snapshot.change;
    this.rules = change
      ? updateRuleState(this.rules, this.snapshot.analysis, change, OPTIONS)
      : evaluateRuleState(this.snapshot.analysis, OPTIONS);
    const expected = evaluateRules(whole, OPTIONS);
    assert.deepEqual(this.rules.findings, expected.findings, 'findings');
    assert.deepEqual([this.rules.totals, this.rules.overflow], [expected.totals, expected.overflow], 'counts');
  }

  append(insert: string): void {
    this.replace(this.text.length, this.text.length, insert);
  }
}

const BUSY: GeneratedMessage = {
  kind: 'response',
  method: 'INVITE',
  code: 486,
  phrase: 'Busy Here',
  call: 1,
  cseq: 1,
  branch: 'a1',
  credentials: false,
  userAgent: 'SIPp',
  body: false,
  compact: false,
};

describe('incremental re-analysis next to inline dumps', () => {
  it('appends after forty SIPp inline dumps stay incremental and equal a whole analysis', () => {
    const log = Array.from({ length: 40 }, (_, i) => sippEntry({ ...BUSY, call: i, cseq: i + 1 }, i)).join('');
    const follower = new Follower(log);
    assert.equal(follower.snapshot.analysis.messages.length, 40, 'every inline dump is a message');
    const appended = sippEntry({ ...BUSY, code: 503, phrase: 'Service Unavailable', call: 99 }, 40);
    for (let typed = 0; typed < appended.length; typed += 37) follower.append(appended.slice(typed, typed + 37));
    assert.equal(follower.snapshot.analysis.messages.length, 41);
    assert.equal(
      follower.incrementalSteps,
      follower.steps,
      `${follower.incrementalSteps} of ${follower.steps} appends were incremental`,
    );
  });

  it('an edit in the headers of an inline dump, lines below its start line, re-reads that dump', () => {
    const log = Array.from({ length: 30 }, (_, i) => sippEntry({ ...BUSY, call: i, cseq: i + 1 }, i)).join('');
    const follower = new Follower(log);
    const callId = follower.text.indexOf('Call-ID: 20a84b4c');
    follower.replace(callId + 'Call-ID: '.length, callId + 'Call-ID: 20'.length, 'renamed');
    assert.equal(follower.snapshot.analysis.messages[20]?.callId, 'renameda84b4c76e66710@192.0.2.10');
    assert.ok(follower.snapshot.incremental, 'the edit took the incremental path');
  });

  it('an append to a long stretch of log lines below the last message re-reads only the lines near it', () => {
    const syslog = Array.from(
      { length: 2000 },
      (_, i) => `Jan 15 10:00:01 proxy kamailio[812]: call ${i} completed with code 486\n`,
    ).join('');
    const follower = new Follower(`${sippEntry(BUSY, 0)}${syslog}`);
    follower.append('Jan 15 10:00:02 proxy kamailio[812]: call x completed with code 503\n');
    const change = follower.snapshot.change;
    assert.ok(
      change !== undefined && change.from > follower.text.length - 500,
      `the region starts at ${change?.from} of ${follower.text.length}`,
    );
    assert.equal(change.firstIndex, 1, 'the SIPp dump above is kept');
    assert.equal(follower.snapshot.analysis.occurrences.at(-1)?.code, 503);
  });

  it('a message whose Content-Length runs over blank lines is re-read when lines are appended below them', () => {
    const message = "x received 'SIP/2.0 200 OK\nCall-ID: a\nCSeq: 1 INVITE\nContent-Length: 40\n\nv=0\n\n\n\n";
    const follower = new Follower(`${sippEntry(BUSY, 0)}${message}`);
    follower.append('m=audio 4000 RTP/AVP 0\n');
    follower.append('completed with code 486\n');
    assert.equal(follower.snapshot.analysis.messages.length, 2);
  });

  it('random edits and appends to logs of SIPp inline dumps re-analyse like the whole text (property)', () => {
    const arbEntries = fc
      .array(arbMessage, { minLength: 1, maxLength: 20 })
      .map((messages) => messages.map(sippEntry).join(''));
    assertProperty(
      fc.property(
        arbEntries,
        arbEntries,
        fc.array(arbMutation, { maxLength: 4 }),
        fc.integer({ min: 24, max: 160 }),
        (log, appended, mutations, chunk) => {
          const follower = new Follower(log);
          for (const mutation of mutations) {
            const at = mutation.at % (follower.text.length + 1);
            if (mutation.kind === 'insert') follower.replace(at, at, mutation.text);
            else follower.replace(at, Math.min(follower.text.length, at + mutation.length), '');
          }
          for (let typed = 0; typed < appended.length; typed += chunk)
            follower.append(appended.slice(typed, typed + chunk));
        },
      ),
      { numRuns: fuzzRuns(25) },
    );
  });
});
