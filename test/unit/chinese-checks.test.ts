/**
 * The shared checks of Chinese text (test/support/chinese.ts) catch what the issue 19 review found
 * in the catalog: 应答 for a response answering a request, spaces beside Chinese quotation marks and
 * the words the review added to the glossary's "Words we do not use" table; they leave the right uses
 * of 应答 (answering a call, SDP answer) alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { avoidedTerms, avoidedTermsIn, typographyProblems } from '../support/chinese';

const AVOIDED = avoidedTerms();

describe('Chinese checks', () => {
  it('flag 应答 where a response answers a request', () => {
    for (const text of [
      'UAS 也必须用 500 应答，并带 Retry-After。',
      '由 UAS 或 B2BUA 发送，应答以下请求：BYE、re-INVITE。',
      '如果 500 应答的是 re-INVITE，说明两个事务重叠。',
      '大多应答 INVITE，也会应答 MESSAGE。',
    ]) {
      assert.notDeepEqual(avoidedTermsIn(text, AVOIDED), [], text);
    }
  });

  it('keep 应答 for answering a call and for SDP answer', () => {
    for (const text of [
      '主叫在应答前挂机，分叉代理在一个分支应答后取消其他分支。',
      '其他设备或语音信箱仍可能应答。',
      'Q.850 原因值 19（用户未应答）；检查无应答定时器。',
      '把 m= 行与应答方允许的编解码器对比。',
      '用 580 回复 INVITE（或 UPDATE）。',
    ]) {
      assert.deepEqual(avoidedTermsIn(text, AVOIDED), [], text);
    }
  });

  it('flag the words the review ruled out', () => {
    assert.deepEqual(avoidedTermsIn('由 presence 服务器发送', AVOIDED), ['presence 服务器']);
    assert.deepEqual(avoidedTermsIn('对照拨号计划检查号码格式', AVOIDED), ['拨号计划']);
    assert.deepEqual(avoidedTermsIn('由呈现服务器发送；presence 订阅', AVOIDED), []);
  });

  it('flag a space beside Chinese quotation marks', () => {
    assert.deepEqual(typographyProblems('该状态码叫 “Bad Identity-Info”，协议栈仍在发送'), [
      'space beside Chinese quotation marks',
    ]);
    assert.deepEqual(typographyProblems('“abc” 不是 SIP 状态码'), ['space beside Chinese quotation marks']);
    assert.deepEqual(typographyProblems('该状态码叫“Bad Identity-Info”，协议栈仍在发送'), []);
  });
});
