/**
 * The ladder's geometry and its exports as pure functions of a FlowDiagram: layout (columns, rows,
 * collapsed retransmissions, the rows in view), the plain-text ladder (100 columns, Chinese by
 * display width, lifelines aligned), SVG (well formed, escaped) and JSON (the model itself).
 * Mermaid and PlantUML are parsed back by their own tools in flow-parse.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth } from '../../catalog/src/l10n';
import {
  exportFlow,
  flowJson,
  flowSvg,
  flowText,
  layoutFlow,
  rowOfArrow,
  rowsBetween,
  FLOW_GEOMETRY,
} from '../../catalog/src/flow';
import { escapeXml } from '../../catalog/src/flow/svg';
import { diagramOf, flowFixtureNames, loadFlow } from '../support/flowFixtures';

const retransmissions = diagramOf(loadFlow('flow-retransmissions.log'));
const hostile = diagramOf(loadFlow('flow-hostile.log'));

describe('flow layout', () => {
  it('one lifeline per endpoint, left to right, and one row per arrow, top to bottom', () => {
    const layout = layoutFlow(retransmissions);
    assert.deepEqual(
      layout.columns.map((c) => c.endpoint),
      [0, 1],
    );
    assert.ok((layout.columns[1]?.x ?? 0) - (layout.columns[0]?.x ?? 0) === FLOW_GEOMETRY.columnWidth);
    assert.equal(layout.rows.length, retransmissions.arrows.length);
    for (let i = 1; i < layout.rows.length; i++) {
      const previous = layout.rows[i - 1]!;
      assert.equal(layout.rows[i]?.top, previous.top + previous.height);
    }
    const invite = layout.rows[0]!;
    assert.equal(invite.direction, 'right');
    assert.equal(invite.x1, layout.columns[0]?.x);
    assert.equal(invite.x2, layout.columns[1]?.x);
    assert.equal(layout.rows[3]?.direction, 'left');
    assert.ok(layout.height >= (layout.rows.at(-1)?.top ?? 0) + (layout.rows.at(-1)?.height ?? 0));
  });

  it('a row grows with the findings drawn under its arrow (at most three lines)', () => {
    const layout = layoutFlow(hostile);
    const withFindings = layout.rows.find((row) => (hostile.arrows[row.arrow]?.findings.length ?? 0) > 0)!;
    const count = Math.min(3, hostile.arrows[withFindings.arrow]?.findings.length ?? 0);
    assert.equal(withFindings.findingLines, count);
    assert.equal(withFindings.height, FLOW_GEOMETRY.rowHeight + count * FLOW_GEOMETRY.findingLine);
  });

  it('collapsing retransmissions leaves their rows out, and the first says how many followed', () => {
    const layout = layoutFlow(retransmissions, { collapseRetransmissions: true });
    assert.equal(layout.rows.length, retransmissions.arrows.length - 3);
    assert.equal(rowOfArrow(layout, 1), undefined);
    assert.equal(rowOfArrow(layout, 0)?.arrow, 0);
    assert.equal(rowOfArrow(layout, 3)?.arrow, 3);
  });

  it('rowsBetween gives exactly the rows that overlap the band', () => {
    const layout = layoutFlow(retransmissions);
    const band = { top: layout.rows[2]!.top + 1, bottom: layout.rows[5]!.top + 1 };
    const expected = layout.rows.filter((r) => r.top < band.bottom && r.top + r.height > band.top);
    assert.deepEqual(rowsBetween(layout, band.top, band.bottom), expected);
    assert.deepEqual(
      rowsBetween(layout, band.top, band.bottom).map((r) => r.arrow),
      [2, 3, 4, 5],
    );
    assert.deepEqual(rowsBetween(layout, -100, 0), []);
  });

  it('a message to its own column loops', () => {
    const self = { ...retransmissions, arrows: [{ ...retransmissions.arrows[0]!, to: 0 }] };
    assert.equal(layoutFlow(self).rows[0]?.direction, 'self');
  });
});

/** The display-cell columns at which `char` appears in `line`. */
function cellsOf(line: string, char: string): number[] {
  const cells: number[] = [];
  let at = 0;
  for (const c of line) {
    if (c === char) cells.push(at);
    at += displayWidth(c);
  }
  return cells;
}

describe('plain-text ladder', () => {
  it('reads at 100 columns: addresses, arrows with their labels, times and deltas', () => {
    const text = flowText(retransmissions);
    const lines = text.trimEnd().split('\n');
    assert.ok(
      lines.every((line) => displayWidth(line) <= 100),
      text,
    );
    assert.match(text, /10\.0\.0\.1:5060 +10\.0\.0\.2:5060/u);
    assert.match(text, /^10:00:00\.000000 +│─+INVITE \[SDP offer\] ×3─+>│$/mu);
    assert.match(text, /^10:00:00\.500000 +\+500 ms +│─+INVITE \[SDP offer\] ↻─+>│$/mu);
    assert.match(text, /^10:00:20\.030000 +\+30 ms +│<─+200 OK─+│$/mu);
    assert.match(text, /setup 2\.000 s · duration 15\.000 s/u);
    assert.match(text, /↻ retransmission/u);
  });

  it('keeps the lifelines in the same cells on every row, in Chinese too', () => {
    for (const language of ['en', 'zh-cn'] as const) {
      for (const name of ['flow-retransmissions.log', 'proxy-forwarded-busy.log', 'flow-legs-icid.log']) {
        const flow = loadFlow(name);
        const ids = name === 'flow-legs-icid.log' ? ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'] : undefined;
        const diagram = diagramOf(flow, ids, language);
        const lines = flowText(diagram).split('\n');
        const ladder = lines.filter((line) => /[│]/u.test(line) && !/[─]/u.test(line) && !/[✖⚠ℹ•]/u.test(line));
        const first = cellsOf(ladder[0] ?? '', '│');
        assert.equal(first.length, diagram.endpoints.length, `${language} ${name}`);
        for (const line of lines.filter((l) => /[─]/u.test(l))) {
          const ends = [...cellsOf(line, '│'), ...cellsOf(line, '>'), ...cellsOf(line, '<')];
          for (const cell of ends)
            assert.ok(
              first.some((x) => Math.abs(x - cell) <= 1),
              `${language} ${name}: ${line}`,
            );
        }
        assert.ok(
          lines.every((line) => displayWidth(line) <= 100),
          `${language} ${name}`,
        );
      }
    }
  });

  it('never lets log text forge a line, or reorder it with a bidi override', () => {
    const text = flowText(hostile);
    assert.ok(!text.includes('\u202e'));
    const lines = text.split('\n');
    // Header lines, blank, two title rows, then lifelines and rows: no line from the log's own breaks.
    assert.ok(lines.every((line) => !line.startsWith('@enduml')));
  });

  it('says so when a call has no messages', () => {
    assert.match(flowText({ ...retransmissions, arrows: [] }), /No messages in this call\./u);
  });
});

/** Tags balance and every `<` starts a tag: a well-formed document for this subset of XML. */
function assertWellFormed(svg: string): void {
  const body = svg.replace(/^<\?xml[^>]*\?>\n/u, '');
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|</gu)) {
    assert.ok(
      match[2] !== undefined,
      `a stray < at ${match.index}: ${body.slice(match.index ?? 0, (match.index ?? 0) + 60)}`,
    );
    if (match[4] === '/') continue;
    if (match[1] === '/') assert.equal(stack.pop(), match[2]);
    else stack.push(match[2]);
  }
  assert.deepEqual(stack, []);
  const text = body.replace(/<[^>]*>/gu, '');
  assert.ok(!/&(?!(?:amp|lt|gt|quot|apos);)/u.test(text), 'an unescaped &');
}

describe('SVG export', () => {
  it('is a standalone, well-formed document with one group per arrow, coloured by class', () => {
    for (const name of flowFixtureNames()) {
      const diagram = diagramOf(loadFlow(name));
      const svg = flowSvg(diagram);
      assertWellFormed(svg);
      assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
      assert.equal([...svg.matchAll(/<g class="arrow /gu)].length, diagram.arrows.length, name);
      assert.ok(!/<script|href=/iu.test(svg), name);
    }
    const svg = flowSvg(retransmissions);
    assert.match(svg, /<g class="arrow request" data-arrow="0"/u);
    assert.match(svg, /<g class="arrow c2xx retransmission" data-arrow="8"/u);
    assert.match(svg, /<title>m=audio 4000 RTP\/AVP 0 8 101<\/title>/u);
  });

  it('escapes hostile text: it reads as text, never as markup', () => {
    const svg = flowSvg(hostile);
    assertWellFormed(svg);
    assert.ok(!svg.includes('<script>'));
    assert.match(svg, /&lt;\/text&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/u);
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    assert.equal(escapeXml('a\u0001b'), 'a\ufffdb');
  });
});

describe('JSON export', () => {
  it('is the model itself', () => {
    assert.deepEqual(JSON.parse(flowJson(retransmissions)), JSON.parse(JSON.stringify(retransmissions)));
    assert.equal(exportFlow(retransmissions, 'json'), flowJson(retransmissions));
  });
});
