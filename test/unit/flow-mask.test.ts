/**
 * Masking for exports (catalog/src/flow/mask.ts): credentials and nonces always; user parts and
 * addresses when asked; consistently within one export, so masked ladders still show who is who.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportFlow, FLOW_FORMATS, FlowMasker, maskDiagram } from '../../catalog/src/flow';
import type { FlowDiagram } from '../../catalog/src/flow/model';
import { suggestLegs } from '../../server/src/flow';
import { diagramOf, loadFlow } from '../support/flowFixtures';

const ADDRESSES = /\b(?:\d{1,3}\.){3}\d{1,3}\b/u;

describe('masking free text', () => {
  it('always hides Authorization and Proxy-Authorization values and digest secrets', () => {
    const masker = new FlowMasker();
    const text =
      'Proxy-Authorization: Digest username="1001", nonce="abc123", response="d41d8cd9"\n' +
      'WWW-Authenticate: Digest realm="x", nonce="abc123", opaque="op1"\nAuthorization:Digest cnonce=zz';
    const masked = masker.text(text);
    for (const secret of ['username="1001"', 'abc123', 'd41d8cd9', 'op1', 'cnonce=zz'])
      assert.ok(!masked.includes(secret), secret);
    assert.match(masked, /^Proxy-Authorization: \*\*\*$/mu);
    assert.match(masked, /nonce="nonce-1"/u);
    assert.match(masked, /^Authorization: \*\*\*$/mu);
  });

  it('users and addresses only when asked, the same value always the same token', () => {
    const text =
      'INVITE sip:1001@10.0.0.1:5060 from sip:1002@10.0.0.2 via 10.0.0.1 to tel:+15551234 at [2001:db8::7]:5060';
    assert.equal(new FlowMasker().text(text), text);
    const masker = new FlowMasker({ users: true, addresses: true });
    const masked = masker.text(text);
    assert.equal(masked, 'INVITE sip:user-1@ip-1:5060 from sip:user-2@ip-2 via ip-1 to tel:user-3 at [ip-3]:5060');
    assert.equal(masker.text('sip:1002@10.0.0.2'), 'sip:user-2@ip-2');
    assert.equal(masker.user('1001'), 'user-1');
    assert.equal(new FlowMasker({ addresses: true }).text('sip:bob@pbx.example.com'), 'sip:bob@host-1');
  });

  it('leaves times alone (they look like IPv6 to a careless pattern)', () => {
    assert.equal(
      new FlowMasker({ addresses: true }).text('at 10:00:05.500 then 12:30:57'),
      'at 10:00:05.500 then 12:30:57',
    );
  });
});

function strings(diagram: FlowDiagram): string {
  return JSON.stringify(diagram);
}

describe('masking a diagram and every export of it', () => {
  const flow = loadFlow('flow-hostile.log');
  const diagram = diagramOf(flow);

  it('no credential, nonce, user or address survives in any format', () => {
    const masked = maskDiagram(diagram, { users: true, addresses: true });
    for (const format of FLOW_FORMATS) {
      const out = exportFlow(masked, format);
      for (const secret of ['198.51.100.1', '198.51.100.2', 'n0nc3-secret', '0123456789abcdef', '1001'])
        assert.ok(!out.includes(secret), `${format}: ${secret}`);
      assert.ok(!ADDRESSES.test(out), format);
    }
  });

  it('is consistent: an address is one token in the columns, the Call-ID and the header', () => {
    const masked = maskDiagram(diagram, { addresses: true, users: true });
    assert.deepEqual(
      masked.endpoints.map((e) => [e.key, e.address]),
      [
        ['ip-1:5060', 'ip-1:5060'],
        ['ip-2:5060', 'ip-2:5060'],
      ],
    );
    assert.equal(masked.legs[0]?.callId, 'hostile-1@ip-1');
    assert.equal(masked.header.from, 'user-1');
    // The same input gets the same masks.
    assert.equal(strings(maskDiagram(diagram, { addresses: true, users: true })), strings(masked));
    // Arrows, times and lines are kept.
    assert.deepEqual(
      masked.arrows.map((a) => [a.line, a.time, a.from, a.to]),
      diagram.arrows.map((a) => [a.line, a.time, a.from, a.to]),
    );
  });

  it('--mask alone keeps users and addresses', () => {
    const masked = maskDiagram(diagram);
    assert.equal(masked.endpoints[0]?.address, '198.51.100.1:5060');
    assert.equal(masked.header.from, '1001');
  });

  it('masks the suggested legs and the link reasons with the same tokens as the ladder', () => {
    const legs = loadFlow('flow-legs-timing.log');
    const both = diagramOf(legs, ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5']);
    const masker = new FlowMasker({ users: true, addresses: true });
    const masked = masker.diagram(both);
    const suggestions = masker.suggestions(suggestLegs(legs.analysis, legs.text, 'leg-a-100@10.0.0.1'), both);
    const all = `${strings(masked)}${JSON.stringify(suggestions)}`;
    assert.ok(!ADDRESSES.test(all), all);
    assert.ok(!all.includes('5551234'), all);
    const b2bua = masked.endpoints[1]?.key.replace(/:5060$/u, '') ?? '';
    assert.match(masked.legs[1]?.linkReason ?? '', new RegExp(`\\(${b2bua}:5060\\)`, 'u'));
    assert.equal(suggestions[0]?.callId, masked.legs[1]?.callId);
  });
});
