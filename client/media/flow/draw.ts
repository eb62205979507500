/**
 * The ladder's DOM, built with createElementNS, setAttribute and textContent only: every string a
 * log wrote (addresses, agents, reason phrases, Call-IDs, findings) lands in a text node or an
 * attribute value, never in markup, so hostile log text is inert by construction. The geometry is
 * the shared layout's (catalog/src/flow/layout.ts, as in the SVG export); the DOM factory comes in
 * as a parameter, so the unit tests run these functions on a recording fake.
 */
import { FLOW_GEOMETRY, layoutFlow, type FlowLayout, type RowLayout } from '../../../catalog/src/flow/layout';
import type { FlowArrow, FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import { arrowClass } from '../../../catalog/src/flow/svg';
import { SEVERITY_MARKS } from '../../../catalog/src/flow/words';
import { clockText } from '../../../catalog/src/flow/words';
import type { FlowViewText } from '../../src/flow/viewText';
import { arrowAriaLabel, deltaText, durationText, fill, type RowWindow } from './rows';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Room right of the columns for a finding's text, which is drawn under its arrow from the gutter. */
const FINDINGS_WIDTH = 420;
const ARROW_ID_PREFIX = 'arrow-';

/** The part of a DOM node these functions use: the real Element has it, so does the tests' fake. */
export interface DomNode {
  setAttribute(name: string, value: string): void;
  appendChild(child: DomNode): unknown;
  textContent: string | null;
}

export interface Dom {
  createElementNS(namespace: string, name: string): DomNode;
}

/** A diagram with its layout, computed once per diagram; every redraw of a scroll reads it. */
export interface Ladder {
  readonly diagram: FlowDiagram;
  readonly layout: FlowLayout;
  /** The drawing's width: the layout's, and room for findings when there are some. */
  readonly width: number;
}

export function prepareLadder(diagram: FlowDiagram): Ladder {
  // The view heads its page with HTML, so the layout leaves no room for header lines.
  const layout = layoutFlow(diagram);
  const hasFindings = diagram.arrows.some((arrow) => arrow.findings.length > 0);
  return { diagram, layout, width: layout.width + (hasFindings ? FINDINGS_WIDTH : 0) };
}

/** The height of everything below the column heads. */
export function rowsHeight(ladder: Ladder): number {
  return ladder.layout.height - ladder.layout.rowsTop;
}

type Attributes = Readonly<Record<string, string | number>>;

function node(dom: Dom, ns: string, name: string, attributes: Attributes = {}): DomNode {
  const element = dom.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function svg(dom: Dom, name: string, attributes: Attributes = {}): DomNode {
  return node(dom, SVG_NS, name, attributes);
}

function html(dom: Dom, name: string, attributes: Attributes = {}, text?: string): DomNode {
  const element = node(dom, HTML_NS, name, attributes);
  if (text !== undefined) element.textContent = text;
  return element;
}

function svgText(dom: Dom, content: string, attributes: Attributes): DomNode {
  const element = svg(dom, 'text', attributes);
  element.textContent = content;
  return element;
}

/** An SVG tooltip: the browser shows a `<title>` child on hover, and screen readers read it. */
function tooltip(dom: Dom, content: string): DomNode {
  const element = svg(dom, 'title');
  element.textContent = content;
  return element;
}

/** Text longer than its room shortened with an ellipsis; the tooltip keeps it whole. */
export function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** The header: state, From → To, setup delay and duration, the legs, the suggested legs and the export button. */
export function drawHeader(
  dom: Dom,
  diagram: FlowDiagram,
  suggestions: readonly FlowLegSuggestion[],
  text: FlowViewText,
): DomNode {
  const { header } = diagram;
  const root = html(dom, 'header', { class: 'flow-header' });
  const final = header.finalCode !== undefined ? ` · ${header.finalCode} ${header.finalPhrase ?? ''}`.trimEnd() : '';
  root.appendChild(html(dom, 'h1', { id: 'flow-title' }, `${header.stateLabel}${final}`));
  const items = [`${header.from ?? '?'} → ${header.to ?? header.requestUri ?? '?'}`];
  if (header.setupDelayMs !== undefined)
    items.push(fill(text.setupDelay, { 0: durationText(header.setupDelayMs, text) }));
  if (header.durationMs !== undefined) items.push(fill(text.duration, { 0: durationText(header.durationMs, text) }));
  root.appendChild(html(dom, 'p', { class: 'facts' }, items.join(' · ')));
  const legs = diagram.legs.map(
    (leg) => `${leg.callId} ${leg.stateLabel}${leg.linkReason ? ` (${leg.linkReason})` : ''}`,
  );
  root.appendChild(html(dom, 'p', { class: 'legs' }, fill(text.legs, { legs: legs.join(' · ') })));
  root.appendChild(html(dom, 'button', { id: 'export', type: 'button', class: 'secondary' }, text.exportFlow));
  if (suggestions.length > 0) root.appendChild(drawSuggestions(dom, suggestions, text));
  return root;
}

function drawSuggestions(dom: Dom, suggestions: readonly FlowLegSuggestion[], text: FlowViewText): DomNode {
  const section = html(dom, 'section', { class: 'suggestions', 'aria-labelledby': 'suggestions-heading' });
  section.appendChild(html(dom, 'h2', { id: 'suggestions-heading' }, text.suggestedLegs));
  const list = html(dom, 'ul');
  for (const suggestion of suggestions) {
    const item = html(dom, 'li');
    const label = fill(text.addLegLabel, { callId: suggestion.callId });
    const button = html(dom, 'button', { type: 'button', class: 'add-leg', 'aria-label': label }, text.addLeg);
    // The script reads the Call-ID back from the attribute: a value, never markup.
    button.setAttribute('data-call-id', suggestion.callId);
    item.appendChild(button);
    item.appendChild(html(dom, 'code', {}, suggestion.callId));
    item.appendChild(html(dom, 'span', { class: 'reason' }, suggestion.reason));
    list.appendChild(item);
  }
  section.appendChild(list);
  return section;
}

/** The column heads: address, agent, and "inferred" when the address came from the message. */
export function drawHeads(dom: Dom, ladder: Ladder, text: FlowViewText): DomNode {
  const height = FLOW_GEOMETRY.columnHeader;
  const root = svg(dom, 'svg', { class: 'heads', width: ladder.width, height, 'aria-hidden': 'true' });
  for (const column of ladder.layout.columns) {
    const endpoint = ladder.diagram.endpoints[column.endpoint];
    if (!endpoint) continue;
    const { x } = column;
    const group = svg(dom, 'g', { class: endpoint.inferred ? 'head inferred' : 'head' });
    group.appendChild(
      svgText(dom, clip(endpoint.address, 32), { x, y: 16, 'text-anchor': 'middle', class: 'address' }),
    );
    if (endpoint.agent) {
      group.appendChild(svgText(dom, clip(endpoint.agent, 34), { x, y: 32, 'text-anchor': 'middle', class: 'agent' }));
    }
    if (endpoint.inferred) {
      const mark = svgText(dom, text.inferred, { x, y: 46, 'text-anchor': 'middle', class: 'inferred-mark' });
      mark.appendChild(tooltip(dom, text.inferredTitle));
      group.appendChild(mark);
    }
    group.appendChild(tooltip(dom, [endpoint.address, endpoint.agent].filter(Boolean).join('\n')));
    root.appendChild(group);
  }
  return root;
}

export interface RowMarks {
  /** The arrow the keyboard is on, and the arrow of the editor's cursor (-1: none). */
  readonly current: number;
  readonly linked: number;
}

/** Where the rows' SVG of a window starts, in pixels below the first row (the script places it there). */
export function windowTop(ladder: Ladder, window: RowWindow): number {
  const row = ladder.layout.rows[window.first];
  return (row?.top ?? ladder.layout.rowsTop) - ladder.layout.rowsTop;
}

/** The rows of `window`: lifelines, then one arrow group per message, placed at its row. */
export function drawRows(dom: Dom, ladder: Ladder, window: RowWindow, marks: RowMarks, text: FlowViewText): DomNode {
  const { layout } = ladder;
  const rows = layout.rows.slice(window.first, window.end);
  const top = rows[0]?.top ?? layout.rowsTop;
  const last = rows[rows.length - 1];
  const height = last ? last.top + last.height - top : 0;
  const root = svg(dom, 'svg', { class: 'rows', width: ladder.width, height });
  for (const column of layout.columns) {
    root.appendChild(svg(dom, 'line', { class: 'lifeline', x1: column.x, x2: column.x, y1: 0, y2: height }));
  }
  for (const row of rows) root.appendChild(drawArrow(dom, ladder, row, row.top - top, marks, text));
  return root;
}

export function arrowId(index: number): string {
  return ARROW_ID_PREFIX + String(index);
}

function drawArrow(dom: Dom, ladder: Ladder, row: RowLayout, y: number, marks: RowMarks, text: FlowViewText): DomNode {
  const index = row.arrow;
  const arrow = ladder.diagram.arrows[index] as FlowArrow;
  const classes = ['arrow', arrowClass(arrow)];
  if (arrow.retransmissionOf !== undefined) classes.push('retransmission');
  if (index === marks.current) classes.push('current');
  if (index === marks.linked) classes.push('linked');
  const group = svg(dom, 'g', {
    id: arrowId(index),
    class: classes.join(' '),
    transform: `translate(0,${y})`,
    role: 'option',
    'aria-selected': index === marks.current ? 'true' : 'false',
    'aria-posinset': index + 1,
    'aria-setsize': ladder.diagram.arrows.length,
    'aria-label': arrowAriaLabel(ladder.diagram, index, text),
    'data-index': index,
  });
  group.appendChild(svg(dom, 'rect', { class: 'hit', x: 0, y: 1, width: ladder.width, height: row.height - 2 }));
  const lineY = row.y - row.top;
  if (arrow.time) {
    // The clock fits the gutter; the whole stamp as the log wrote it is on hover.
    const time = svgText(dom, clockText(arrow.time), { x: 6, y: lineY - 8, class: 'time' });
    time.appendChild(tooltip(dom, arrow.time));
    group.appendChild(time);
  }
  if (arrow.deltaMs !== undefined) {
    group.appendChild(svgText(dom, deltaText(arrow.deltaMs, text), { x: 6, y: lineY + 6, class: 'delta' }));
  }
  drawLine(dom, group, row, lineY);
  group.appendChild(drawLabel(dom, arrow, row, lineY, text));
  if (arrow.findings.length > 0) group.appendChild(drawFindings(dom, arrow, row, lineY, text));
  return group;
}

/** The arrow itself: a line with its head, or a loop when a node sends to itself. */
function drawLine(dom: Dom, group: DomNode, row: RowLayout, y: number): void {
  const { x1, x2 } = row;
  if (row.direction === 'self') {
    const loop = FLOW_GEOMETRY.selfLoop;
    group.appendChild(
      svg(dom, 'path', { class: 'line', d: `M${x1} ${y - 10} h${loop} v10 h${-loop + 4}`, fill: 'none' }),
    );
    group.appendChild(
      svg(dom, 'polygon', { class: 'head', points: `${x1} ${y},${x1 + 8} ${y - 4},${x1 + 8} ${y + 4}` }),
    );
    return;
  }
  const direction = row.direction === 'right' ? 1 : -1;
  const tip = x2 - direction * 2;
  const back = tip - direction * 9;
  group.appendChild(svg(dom, 'line', { class: 'line', x1, x2: back + direction * 2, y1: y, y2: y }));
  group.appendChild(svg(dom, 'polygon', { class: 'head', points: `${tip} ${y},${back} ${y - 5},${back} ${y + 5}` }));
}

/** The label above the arrow: method or code and phrase, the copy count, and the SDP mark (media lines on hover). */
function drawLabel(dom: Dom, arrow: FlowArrow, row: RowLayout, y: number, text: FlowViewText): DomNode {
  const middle = row.direction === 'self' ? row.x1 + FLOW_GEOMETRY.selfLoop + 6 : (row.x1 + row.x2) / 2;
  const anchor = row.direction === 'self' ? 'start' : 'middle';
  const label = svgText(dom, '', { x: middle, y: y - 6, 'text-anchor': anchor, class: 'label' });
  const name = svg(dom, 'tspan', { class: 'name' });
  name.textContent = clip(arrow.label, 40);
  label.appendChild(name);
  if (arrow.repeats) {
    const copies = svg(dom, 'tspan', { class: 'repeats', dx: 4 });
    copies.textContent = `×${arrow.repeats + 1}`;
    copies.appendChild(tooltip(dom, fill(text.sentTimes, { count: arrow.repeats + 1 })));
    label.appendChild(copies);
  }
  if (arrow.retransmissionOf !== undefined) {
    const mark = svg(dom, 'tspan', { class: 'retransmission-mark', dx: 4 });
    mark.textContent = `↻ ${text.retransmission}`;
    label.appendChild(mark);
  }
  if (arrow.sdp) {
    const sdp = svg(dom, 'tspan', { class: `sdp ${arrow.sdp}`, dx: 6 });
    sdp.textContent = arrow.sdp === 'offer' ? text.sdpOffer : text.sdpAnswer;
    sdp.appendChild(tooltip(dom, (arrow.media ?? []).join('\n')));
    label.appendChild(sdp);
  }
  return label;
}

/** The findings under the arrow (as many lines as the layout gave it), most severe first; all of them on hover. */
function drawFindings(dom: Dom, arrow: FlowArrow, row: RowLayout, y: number, text: FlowViewText): DomNode {
  const root = svg(dom, 'g', { class: `findings ${arrow.findings[0]?.severity ?? ''}` });
  const x = Math.min(row.x1, row.x2) + 4;
  arrow.findings.slice(0, row.findingLines).forEach((finding, i) => {
    const fix = finding.shortFix ? ` — ${fill(text.fix, { fix: finding.shortFix })}` : '';
    const line = `${SEVERITY_MARKS[finding.severity]} ${finding.message}${fix}`;
    const attributes = { x, y: y + 4 + (i + 1) * FLOW_GEOMETRY.findingLine, class: `finding ${finding.severity}` };
    root.appendChild(svgText(dom, clip(line, 110), attributes));
  });
  const all = arrow.findings.map((finding) => {
    const fix = finding.shortFix ? `\n  ${fill(text.fix, { fix: finding.shortFix })}` : '';
    return `${text.severity[finding.severity]}: ${finding.message}${fix}`;
  });
  root.appendChild(tooltip(dom, all.join('\n')));
  return root;
}
