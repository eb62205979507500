/**
 * The stream's horizon (issue 22): a call silent for longer than it is judged early, and one that
 * then comes back is judged in two parts. The stream counts those returns and `sip-lens check` says
 * so on standard error; `--horizon all` holds every call to the end and is exact at any size.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleOptions } from '../../server/src/rules/types';
import { StreamCheck } from '../../server/src/stream/check';
import { SeenCalls } from '../../server/src/stream/seenCalls';
import { runCaptured } from '../support/cliRun';
import { Scratch } from '../support/cliLogs';
import { chunksAt, lineBoundaries, streamedCheck, wholeCheck } from './stream-support';

const ALL: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };

function invite(id: string, cseq: number, answer: number): string {
  const head = `Call-ID: ${id}\nCSeq: ${cseq} INVITE\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK${id}-${cseq}\n\n`;
  return `INVITE sip:bob@example.com SIP/2.0\n${head}SIP/2.0 ${answer} Whatever\n${head}`;
}

/** `returning` is busy, then `fillerCalls` other calls pass, then it is tried again. */
function returningCall(fillerCalls: number): string {
  const parts = [invite('returning', 1, 486)];
  for (let i = 0; i < fillerCalls; i++) parts.push(invite(`filler-${i}`, 1, 200));
  parts.push(invite('returning', 2, 486));
  return parts.join('');
}

function judgedInParts(text: string, horizonChars: number): number {
  const check = new StreamCheck(chunksAt(text, lineBoundaries(text)), { ...ALL, windowChars: 500, horizonChars });
  check.readToEnd();
  return check.callsJudgedInParts;
}

describe('the stream horizon', () => {
  it('counts a call that comes back after being judged, and none when the horizon holds it', () => {
    const text = returningCall(200);
    assert.ok(text.length > 20_000);
    assert.equal(judgedInParts(text, 2_000), 1);
    assert.equal(judgedInParts(text, 100_000), 0);
    assert.equal(judgedInParts(text, Number.POSITIVE_INFINITY), 0);
  });

  it('is exact with an unbounded horizon, however far apart a call’s messages are', () => {
    const text = returningCall(200);
    const chunks = chunksAt(text, lineBoundaries(text));
    const options = { ...ALL, windowChars: 500, horizonChars: Number.POSITIVE_INFINITY };
    assert.deepEqual(streamedCheck(chunks, options), wholeCheck(text, ALL));
  });

  it('never forgets a Call-ID it was given, and rarely claims one it was not', () => {
    const seen = new SeenCalls();
    assert.equal(seen.mightHave('never-added'), false, 'nothing is seen before anything is added');
    for (let i = 0; i < 20_000; i++) seen.add(`judged-${i}@10.0.0.${i % 250}`);
    for (let i = 0; i < 20_000; i++) assert.ok(seen.mightHave(`judged-${i}@10.0.0.${i % 250}`));
    let claimed = 0;
    for (let i = 0; i < 100_000; i++) if (seen.mightHave(`other-${i}@192.0.2.${i % 250}`)) claimed++;
    assert.ok(claimed <= 1, `${claimed} of 100,000 Call-IDs never added were claimed`);
  });
});

describe('sip-lens check --horizon', () => {
  it('says on standard error when calls were judged in parts, in both languages, and not with --horizon all', () => {
    const scratch = new Scratch();
    try {
      // Over 1 MiB of other calls between the two tries.
      const path = scratch.write('returning.log', returningCall(12_000));
      const parted = runCaptured(['check', '--horizon', '1', path]);
      assert.match(parted.err, /returning\.log: 1 times a call had a message again after more than 1 MiB/u);
      assert.match(parted.err, /--horizon all/u);
      const chinese = runCaptured(['check', '--lang', 'zh-cn', '--horizon', '1', path]);
      assert.match(chinese.err, /有 1 次，某个呼叫在超过 1 MiB 的日志中没有消息之后又出现了新消息/u);
      const whole = runCaptured(['check', '--horizon', 'all', path]);
      assert.equal(whole.err, '');
      assert.equal(whole.status, parted.status);
    } finally {
      scratch.remove();
    }
  });

  it('refuses a horizon that is not a whole number of MiB or all', () => {
    for (const value of ['0', '-1', '1.5', 'lots', '1000000']) {
      const { status, err } = runCaptured(['check', '--horizon', value, 'whatever.log']);
      assert.equal(status, 2, value);
      assert.match(err, /--horizon takes a whole number of MiB from 1 to 999999, or all/u, value);
    }
  });
});
