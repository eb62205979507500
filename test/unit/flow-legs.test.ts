/**
 * suggestLegs on one fixture per correlation vector (test/fixtures/flows/flow-legs-*.log): the A and
 * B legs of a call through a B2BUA find each other, with the reason; the decoy call in each file is
 * linked to neither.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { suggestLegs } from '../../server/src/flow';
import { loadFlow } from '../support/flowFixtures';

const CASES = [
  { file: 'flow-legs-xcid.log', a: 'leg-a-100@10.0.0.1', b: 'leg-b-200@10.0.0.5', reason: /^X-CID header carries/u },
  {
    file: 'flow-legs-suffix.log',
    a: 'c0ffee-77@10.0.0.1',
    b: 'c0ffee-77@10.0.0.1_b2b-1',
    reason: /B2BUA suffix: _b2b-1$/u,
  },
  {
    file: 'flow-legs-icid.log',
    a: 'leg-a-100@10.0.0.1',
    b: 'leg-b-200@10.0.0.5',
    reason: /icid-value in P-Charging-Vector: ab12cd34$/u,
  },
  {
    file: 'flow-legs-session-id.log',
    a: 'leg-a-100@10.0.0.1',
    b: 'leg-b-200@10.0.0.5',
    reason: /Session-ID UUID \(RFC 7989\): aaaaaaaa1{24}$/u,
  },
  {
    file: 'flow-legs-timing.log',
    a: 'leg-a-100@10.0.0.1',
    b: 'leg-b-200@10.0.0.5',
    reason: /B2BUA \(10\.0\.0\.5:5060\) within 120 ms, to the same called number 5551234$/u,
  },
];

describe('suggested legs, one correlation vector at a time', () => {
  for (const { file, a, b, reason } of CASES) {
    it(file, () => {
      const flow = loadFlow(file);
      const fromA = suggestLegs(flow.analysis, flow.text, a);
      const fromB = suggestLegs(flow.analysis, flow.text, b);
      assert.deepEqual(
        fromA.map((s) => s.callId),
        [b],
      );
      assert.deepEqual(
        fromB.map((s) => s.callId),
        [a],
      );
      assert.match(fromA[0]?.reason ?? '', reason);
      const decoy = flow.analysis.calls.find((call) => call.callId.startsWith('decoy-'))?.callId ?? '';
      assert.deepEqual(suggestLegs(flow.analysis, flow.text, decoy), []);
    });
  }

  it('words the reason in Chinese', () => {
    const flow = loadFlow('flow-legs-icid.log');
    const [suggestion] = suggestLegs(flow.analysis, flow.text, 'leg-a-100@10.0.0.1', 'zh-cn');
    assert.equal(suggestion?.reason, 'P-Charging-Vector 中的 icid-value 相同：ab12cd34');
  });

  it('an unknown Call-ID has no partners', () => {
    const flow = loadFlow('flow-legs-xcid.log');
    assert.deepEqual(suggestLegs(flow.analysis, flow.text, 'nope'), []);
  });

  it('timing: a B leg more than a second later, or to another number, is not linked', () => {
    const { text } = loadFlow('flow-legs-timing.log');
    const late = text.replace('11:00:00.120000 10.0.0.5:5060', '11:00:01.120001 10.0.0.5:5060');
    assert.notEqual(late, text);
    assert.deepEqual(suggestLegs(analyze(late), late, 'leg-a-100@10.0.0.1'), []);
    const otherNumber = text.replace('INVITE sip:5551234@10.0.0.9:5060', 'INVITE sip:5559999@10.0.0.9:5060');
    const renumbered = otherNumber.replace(
      /To: <sip:5551234@example.com>(?=\r?\nCall-ID: leg-b)/gu,
      'To: <sip:5559999@example.com>',
    );
    assert.notEqual(renumbered, otherNumber);
    assert.deepEqual(suggestLegs(analyze(renumbered), renumbered, 'leg-a-100@10.0.0.1'), []);
  });

  it('timing is the last resort: with a header vector, only that vector links', () => {
    const flow = loadFlow('flow-legs-xcid.log');
    // The X-CID file's B leg is also 120 ms after the A leg to the same number: one suggestion, for X-CID.
    const suggestions = suggestLegs(flow.analysis, flow.text, 'leg-a-100@10.0.0.1');
    assert.equal(suggestions.length, 1);
    assert.match(suggestions[0]?.reason ?? '', /X-CID/u);
  });
});
