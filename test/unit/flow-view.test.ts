/**
 * The call-flow webview's pure parts: the visible window, colours, words for screen readers,
 * keyboard moves, the cursor-to-arrow lookup, the message contract, and the drawing itself on a
 * recording DOM (one group per visible arrow, placed at its row, with its marks).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowArrow, FlowDiagram } from '../../catalog/src/flow/model';
import { FLOW_GEOMETRY } from '../../catalog/src/flow/layout';
import { arrowId, drawHeader, drawHeads, drawRows, prepareLadder, windowTop } from '../../client/media/flow/draw';
import { arrowAriaLabel, deltaText, nextArrow, scrollToShow, visibleWindow } from '../../client/media/flow/rows';
import { exportFormat, EXPORT_FORMATS, exportText } from '../../client/src/flow/exports';
import { arrowAtLine, parseFlowMessage } from '../../client/src/flow/messages';
import { flowViewText } from '../../client/src/flow/viewText';
import { bundleL10n } from '../../client/src/translation';
import { FAKE_DOM, FakeElement, textsOf } from '../support/fakeDom';
import { readFileSync } from 'node:fs';

const TEXT = flowViewText();

function arrow(overrides: Partial<FlowArrow> = {}): FlowArrow {
  return { from: 0, to: 1, method: 'INVITE', label: 'INVITE', leg: 0, findings: [], line: 0, endLine: 9, ...overrides };
}

function diagramOf(arrows: readonly FlowArrow[]): FlowDiagram {
  return {
    header: { state: 'busy', stateLabel: 'busy', from: '1001', to: '2002', finalCode: 486, finalPhrase: 'Busy Here' },
    legs: [{ callId: 'abc@host', kind: 'call', state: 'busy', stateLabel: 'busy', finalCode: 486 }],
    endpoints: [
      { key: '10.0.0.1:5060', address: '10.0.0.1:5060', agent: 'Phone/1.0', inferred: false },
      { key: '10.0.0.2:5060', address: '10.0.0.2:5060', inferred: true },
    ],
    arrows,
  };
}

const BUSY = diagramOf([
  arrow({ time: '09:00:00.000', line: 0, endLine: 9, sdp: 'offer', media: ['m=audio 4000 RTP/AVP 0'] }),
  arrow({ from: 1, to: 0, code: 100, label: '100 Trying', deltaMs: 40, line: 11, endLine: 17 }),
  arrow({ line: 19, endLine: 28, retransmissionOf: 0, deltaMs: 500 }),
  arrow({
    from: 1,
    to: 0,
    code: 486,
    label: '486 Busy Here',
    line: 30,
    endLine: 36,
    findings: [{ rule: 'busy', severity: 'warning', message: 'The callee was busy', shortFix: 'Try later' }],
  }),
]);

describe('the ladder rows', () => {
  const ROW = FLOW_GEOMETRY.rowHeight;
  const plain = prepareLadder(
    diagramOf(Array.from({ length: 5000 }, (_, i) => arrow({ line: i * 10, endLine: i * 10 + 8 }))),
  );

  it('draws only the rows in view, with some to spare, and never past the end', () => {
    assert.deepEqual(visibleWindow(plain.layout, 0, 10 * ROW, 2 * ROW), { first: 0, end: 12 });
    assert.deepEqual(visibleWindow(plain.layout, 100 * ROW, 10 * ROW, 2 * ROW), { first: 98, end: 112 });
    assert.deepEqual(visibleWindow(plain.layout, 4995 * ROW, 10 * ROW, 2 * ROW), { first: 4993, end: 5000 });
    assert.deepEqual(visibleWindow(prepareLadder(diagramOf([])).layout, 0, 500), { first: 0, end: 0 });
  });

  it('makes room under an arrow for its findings, and scrolls by the real row heights', () => {
    const ladder = prepareLadder(BUSY);
    const [first, , , busy] = ladder.layout.rows;
    assert.equal(first?.height, ROW);
    assert.equal(busy?.height, ROW + FLOW_GEOMETRY.findingLine);
    assert.equal(windowTop(ladder, { first: 3, end: 4 }), 3 * ROW);
  });

  it('says what an arrow is for a screen reader: label, ends, time, marks and findings', () => {
    assert.equal(
      arrowAriaLabel(BUSY, 0, TEXT),
      'INVITE from 10.0.0.1:5060 to 10.0.0.2:5060, at 09:00:00.000, SDP offer',
    );
    assert.equal(arrowAriaLabel(BUSY, 2, TEXT), 'INVITE from 10.0.0.1:5060 to 10.0.0.2:5060, retransmission');
    assert.equal(
      arrowAriaLabel(BUSY, 3, TEXT),
      '486 Busy Here from 10.0.0.2:5060 to 10.0.0.1:5060, Warning: The callee was busy',
    );
  });

  it('says it in Chinese too', () => {
    const chinese = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
    const text = flowViewText(bundleL10n('zh-cn', chinese));
    assert.equal(arrowAriaLabel(BUSY, 2, text), 'INVITE，从 10.0.0.1:5060 到 10.0.0.2:5060, 重传');
    assert.equal(deltaText(40, text), '+40 毫秒');
  });

  it('writes the gap to the previous arrow in the Calls view units', () => {
    assert.deepEqual(
      [deltaText(40, TEXT), deltaText(1250, TEXT), deltaText(-5, TEXT)],
      ['+40 ms', '+1.250 s', '−5 ms'],
    );
  });

  it('moves with the arrow keys, a page at a time, and to either end', () => {
    assert.equal(nextArrow(3, 'ArrowDown', 10, 5), 4);
    assert.equal(nextArrow(9, 'ArrowDown', 10, 5), 9);
    assert.equal(nextArrow(0, 'ArrowUp', 10, 5), 0);
    assert.equal(nextArrow(0, 'PageDown', 10, 5), 4);
    assert.equal(nextArrow(5, 'End', 10, 5), 9);
    assert.equal(nextArrow(5, 'Home', 10, 5), 0);
    assert.equal(nextArrow(5, 'a', 10, 5), undefined);
    assert.equal(nextArrow(0, 'ArrowDown', 0, 5), undefined);
  });

  it('scrolls only when the row is out of view', () => {
    assert.equal(scrollToShow(plain.layout, 5, 0, 10 * ROW), undefined);
    assert.equal(scrollToShow(plain.layout, 50, 0, 10 * ROW), 51 * ROW - 10 * ROW);
    assert.equal(scrollToShow(plain.layout, 2, 20 * ROW, 10 * ROW), 2 * ROW);
  });
});

describe('the link from the editor', () => {
  it("finds the arrow of the cursor's line, and none between messages", () => {
    assert.deepEqual(
      [0, 9, 10, 11, 20, 36, 37].map((line) => arrowAtLine(BUSY, line)),
      [0, 0, -1, 1, 2, 3, -1],
    );
  });
});

describe('the messages from the webview', () => {
  it('accepts the four it may send and nothing else', () => {
    assert.deepEqual(parseFlowMessage({ type: 'reveal', arrow: 3 }), { type: 'reveal', arrow: 3 });
    assert.deepEqual(parseFlowMessage({ type: 'addLeg', callId: 'x@y' }), { type: 'addLeg', callId: 'x@y' });
    assert.deepEqual(parseFlowMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFlowMessage({ type: 'export' }), { type: 'export' });
    for (const bad of [
      { type: 'reveal', arrow: -1 },
      { type: 'reveal', arrow: 1.5 },
      { type: 'reveal', arrow: '3' },
      { type: 'reveal', arrow: 3, extra: true },
      { type: 'addLeg', callId: '' },
      { type: 'addLeg', callId: 'x'.repeat(1001) },
      { type: 'openFile', path: '/etc/passwd' },
      'reveal',
      null,
    ]) {
      assert.equal(parseFlowMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('the drawing', () => {
  it('draws one group per arrow in the window, at its row, with its marks', () => {
    const rows = drawRows(
      FAKE_DOM,
      prepareLadder(BUSY),
      { first: 1, end: 4 },
      { current: 2, linked: 3 },
      TEXT,
    ) as FakeElement;
    const groups = [...rows.all()].filter((element) => element.attributes.get('role') === 'option');
    assert.deepEqual(
      groups.map((group) => [
        group.attributes.get('id'),
        group.attributes.get('transform'),
        group.attributes.get('class'),
        group.attributes.get('aria-selected'),
        group.attributes.get('aria-posinset'),
      ]),
      [
        [arrowId(1), 'translate(0,0)', 'arrow c1xx', 'false', '2'],
        [arrowId(2), `translate(0,${FLOW_GEOMETRY.rowHeight})`, 'arrow request retransmission current', 'true', '3'],
        [arrowId(3), `translate(0,${2 * FLOW_GEOMETRY.rowHeight})`, 'arrow c4xx linked', 'false', '4'],
      ],
    );
    assert.equal(rows.attributes.get('height'), String(3 * FLOW_GEOMETRY.rowHeight + FLOW_GEOMETRY.findingLine));
    const texts = textsOf(rows);
    assert.ok(texts.includes('⚠ The callee was busy — Fix: Try later'), texts.join(' | '));
    assert.ok(texts.includes('+500 ms'));
  });

  it('marks SDP with the media lines on hover, and inferred columns', () => {
    const rows = drawRows(FAKE_DOM, prepareLadder(BUSY), { first: 0, end: 1 }, { current: -1, linked: -1 }, TEXT);
    const sdp = [...(rows as FakeElement).all()].find((element) => element.attributes.get('class') === 'sdp offer');
    assert.equal(sdp?.textContent, 'SDP offer');
    assert.equal(sdp?.children[0]?.textContent, 'm=audio 4000 RTP/AVP 0');
    const heads = drawHeads(FAKE_DOM, prepareLadder(BUSY), TEXT) as FakeElement;
    assert.deepEqual(
      [...heads.all()].filter((element) => element.name === 'g').map((group) => group.attributes.get('class')),
      ['head', 'head inferred'],
    );
    assert.ok(textsOf(heads).includes('Phone/1.0'));
  });

  it('heads the ladder with the state, the parties, the legs and the suggestions', () => {
    const header = drawHeader(FAKE_DOM, BUSY, [{ callId: 'b-leg', reason: 'X-CID header' }], TEXT) as FakeElement;
    const texts = textsOf(header);
    assert.ok(texts.includes('busy · 486 Busy Here'));
    assert.ok(texts.includes('1001 → 2002'));
    const button = [...header.all()].find((element) => element.attributes.get('class') === 'add-leg');
    assert.equal(button?.attributes.get('data-call-id'), 'b-leg');
    assert.equal(button?.textContent, 'Add this leg');
    assert.ok(texts.includes('X-CID header'));
  });
});

describe('the export', () => {
  it('offers the shareable formats first, each with its file extension', () => {
    assert.deepEqual(
      EXPORT_FORMATS.map((format) => `${format.id}.${format.extension}`),
      ['mermaid.mmd', 'plantuml.puml', 'text.txt', 'svg.svg', 'json.json'],
    );
  });

  it('masks users and addresses consistently when asked, and leaves them when not', () => {
    const json = exportFormat('json');
    assert.ok(json);
    const plainText = exportText(BUSY, json, 'credentials');
    assert.ok(plainText.includes('10.0.0.1:5060'));
    const masked = exportText(BUSY, json, 'all');
    assert.ok(!masked.includes('10.0.0.1') && !masked.includes('10.0.0.2'), masked);
    const exported = JSON.parse(masked) as { endpoints: { address: string }[] };
    const addresses = exported.endpoints.map((endpoint) => endpoint.address);
    assert.equal(new Set(addresses).size, 2, addresses.join(', '));
    assert.match(exportText(BUSY, exportFormat('mermaid') ?? json, 'none'), /^sequenceDiagram/mu);
  });
});
