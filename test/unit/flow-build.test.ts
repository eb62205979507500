/**
 * buildCallFlow on hand-written, annotated fixtures (test/fixtures/flows/flow-*.log, each says what
 * it expects at its top): columns, order, times and deltas, retransmission groups, SDP offer and
 * answer, findings on their arrows, the header, several legs in one ladder, inferred endpoints.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildCallFlow } from '../../server/src/flow';
import { evaluateRules, DEFAULT_RULE_OPTIONS } from '../../server/src/rules';
import type { SipMessage } from '../../server/src/analysis/types';
import { diagramOf, lineOf, loadFlow } from '../support/flowFixtures';

describe('call flow: one call between two addresses the log names', () => {
  const flow = loadFlow('flow-retransmissions.log');
  const diagram = diagramOf(flow);

  it('one column per address, in order of first appearance, with the agent each one sent', () => {
    assert.deepEqual(
      diagram.endpoints.map((e) => [e.key, e.address, e.inferred, e.agent]),
      [
        ['10.0.0.1:5060', '10.0.0.1:5060', false, 'Alice-Phone/1.0'],
        ['10.0.0.2:5060', '10.0.0.2:5060', false, 'Bob-PBX/2.0'],
      ],
    );
  });

  it('one arrow per message in log order, labelled with the method or code and phrase', () => {
    assert.equal(diagram.arrows.length, flow.analysis.messages.length);
    assert.deepEqual(
      diagram.arrows.map((a) => a.label),
      [
        'INVITE',
        'INVITE',
        'INVITE',
        '100 Trying',
        '183 Session Progress',
        'PRACK',
        '200 OK',
        '200 OK',
        '200 OK',
        'ACK',
        'BYE',
        '200 OK',
      ],
    );
    assert.deepEqual(
      diagram.arrows.map((a) => `${a.from}>${a.to}`),
      ['0>1', '0>1', '0>1', '1>0', '1>0', '0>1', '1>0', '1>0', '1>0', '0>1', '0>1', '1>0'],
    );
    const lines = diagram.arrows.map((a) => a.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
    assert.equal(diagram.arrows[0]?.line, lineOf(flow.text, 'INVITE sip:1002'));
    assert.equal(diagram.arrows[10]?.line, lineOf(flow.text, 'BYE sip:'));
    assert.ok((diagram.arrows[0]?.endLine ?? 0) > (diagram.arrows[0]?.line ?? 0));
  });

  it('times as written and the delta from the previous arrow', () => {
    assert.equal(diagram.arrows[1]?.time, '2026/01/15 10:00:00.500000');
    assert.equal(diagram.arrows[0]?.deltaMs, undefined);
    assert.deepEqual(
      diagram.arrows.slice(1, 5).map((a) => a.deltaMs),
      [500, 1000, 10, 490],
    );
  });

  it('groups retransmissions: the INVITE sent three times, the 200 OK twice', () => {
    assert.equal(diagram.arrows[0]?.repeats, 2);
    assert.equal(diagram.arrows[1]?.retransmissionOf, 0);
    assert.equal(diagram.arrows[2]?.retransmissionOf, 0);
    assert.equal(diagram.arrows[7]?.repeats, 1);
    assert.equal(diagram.arrows[8]?.retransmissionOf, 7);
    // The 200 OK to PRACK and to BYE share neither CSeq nor branch with it.
    assert.equal(diagram.arrows[6]?.retransmissionOf, undefined);
    assert.equal(diagram.arrows[11]?.retransmissionOf, undefined);
    const copies = diagram.arrows.filter((a) => a.retransmissionOf !== undefined).length;
    assert.equal(copies, 3);
  });

  it('marks the offer in the INVITE and the answer in the reliable 183 and the 200, with the m= lines', () => {
    assert.deepEqual(
      diagram.arrows.map((a) => a.sdp ?? '-'),
      ['offer', 'offer', 'offer', '-', 'answer', '-', '-', 'answer', 'answer', '-', '-', '-'],
    );
    assert.deepEqual(diagram.arrows[0]?.media, ['m=audio 4000 RTP/AVP 0 8 101']);
    assert.deepEqual(diagram.arrows[4]?.media, ['m=audio 5000 RTP/AVP 0 8 101']);
    assert.equal(diagram.arrows[3]?.media, undefined);
  });

  it('a header from the call summary: state, From → To, setup delay, duration', () => {
    assert.equal(diagram.header.state, 'answered');
    assert.equal(diagram.header.from, '1001');
    assert.equal(diagram.header.to, '1002');
    assert.equal(diagram.header.finalCode, 200);
    assert.equal(diagram.header.setupDelayMs, 2000);
    assert.equal(diagram.header.durationMs, 15000);
    assert.deepEqual(
      diagram.legs.map((l) => [l.callId, l.state, l.linkReason]),
      [['retx-4711@10.0.0.1', 'answered', undefined]],
    );
  });
});

describe('call flow: endpoints the log does not name', () => {
  it('raw messages: the top Via names the sender of a request, the Request-URI its target, all inferred', () => {
    const flow = loadFlow('flow-late-offer.log');
    const diagram = diagramOf(flow);
    assert.deepEqual(
      diagram.endpoints.map((e) => [e.key, e.inferred]),
      [
        ['192.0.2.10:5060', true],
        ['192.0.2.20:5060', true],
      ],
    );
    // Responses go back where their request came from (RFC 3261 §18.2.2).
    assert.deepEqual(
      diagram.arrows.map((a) => `${a.label} ${a.from}>${a.to}`),
      [
        'INVITE 0>1',
        '100 Trying 1>0',
        '200 OK 1>0',
        'ACK 0>1',
        'INVITE 1>0',
        '200 OK 0>1',
        'ACK 1>0',
        'UPDATE 0>1',
        '200 OK 1>0',
      ],
    );
    assert.ok(diagram.arrows.every((a) => a.time === undefined && a.deltaMs === undefined));
  });

  it('late offer: the offer in the 200 to an INVITE without SDP, the answer in the ACK; re-INVITE and UPDATE', () => {
    const diagram = diagramOf(loadFlow('flow-late-offer.log'));
    assert.deepEqual(
      diagram.arrows.map((a) => a.sdp ?? '-'),
      ['-', '-', 'offer', 'answer', 'offer', 'answer', '-', 'offer', 'answer'],
    );
  });

  it('a log that names only the far end (send … to / recv … from): the writer is one column, from its own Via', () => {
    const diagram = diagramOf(loadFlow('invite-407-answered.log'));
    assert.deepEqual(
      diagram.endpoints.map((e) => [e.key, e.inferred, e.agent]),
      [
        ['203.0.113.4:5080', true, 'FreeSWITCH'],
        ['198.51.100.20:5060', false, undefined],
      ],
    );
    assert.equal(diagram.arrows[0]?.from, 0);
    assert.equal(diagram.arrows[1]?.from, 1);
  });
});

describe('call flow: findings and legs', () => {
  it('each finding of the rules sits on the arrow of the message that holds it, most severe first', () => {
    for (const name of ['proxy-forwarded-busy.log', 'flow-hostile.log', 'invite-407-answered.log']) {
      const flow = loadFlow(name);
      const diagram = diagramOf(flow);
      const { findings } = evaluateRules(flow.analysis, DEFAULT_RULE_OPTIONS);
      const inMessages = findings.filter((f) =>
        flow.analysis.messages.some((m: SipMessage) => f.offset >= m.startOffset && f.offset < m.endOffset),
      );
      assert.ok(inMessages.length > 0, name);
      const drawn = diagram.arrows.flatMap((a) => a.findings.map((f) => `${f.rule}|${f.message}`));
      assert.deepEqual(drawn.sort(), inMessages.map((f) => `${f.rule}|${f.message}`).sort(), name);
      const rank = { error: 0, warning: 1, information: 2, hint: 3 };
      for (const arrow of diagram.arrows) {
        const ranks = arrow.findings.map((f) => rank[f.severity]);
        assert.deepEqual(ranks, [...ranks].sort(), name);
      }
    }
  });

  it('several legs in one ladder: messages interleaved in log order, each arrow naming its leg, the link said', () => {
    const flow = loadFlow('flow-legs-xcid.log');
    const diagram = diagramOf(flow, ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5']);
    assert.deepEqual(
      diagram.endpoints.map((e) => e.key),
      ['10.0.0.1:5060', '10.0.0.5:5060', '10.0.0.9:5060'],
    );
    assert.deepEqual(
      diagram.arrows.map((a) => [a.label, a.leg, `${a.from}>${a.to}`]),
      [
        ['INVITE', 0, '0>1'],
        ['INVITE', 1, '1>2'],
        ['200 OK', 1, '2>1'],
        ['200 OK', 0, '1>0'],
      ],
    );
    assert.equal(diagram.legs.length, 2);
    assert.equal(diagram.legs[0]?.linkReason, undefined);
    assert.match(diagram.legs[1]?.linkReason ?? '', /^X-CID header carries .*leg-a-100@10\.0\.0\.1$/u);
  });

  it('leaves out Call-IDs the log does not have, and words labels in the language asked for', () => {
    const flow = loadFlow('invite-busy.log');
    const id = flow.analysis.calls[0]?.callId ?? '';
    const diagram = buildCallFlow(flow.analysis, flow.text, [id, 'not-in-this-log'], { language: 'zh-cn' });
    assert.equal(diagram.legs.length, 1);
    assert.equal(diagram.language, 'zh-cn');
    assert.equal(diagram.header.stateLabel, '忙');
    assert.equal(diagram.legs[0]?.stateLabel, '忙');
  });
});
