/**
 * The ladder's DOM, built with createElementNS, setAttribute and textContent only: every string a
 * log wrote (addresses, agents, reason phrases, Call-IDs, findings) lands in a text node or an
 * attribute value, never in markup, so hostile log text is inert by construction. The DOM factory
 * comes in as a parameter, so the unit tests run these functions on a recording fake.
 */
import type { FlowArrow, FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { FlowViewText } from '../../src/flow/viewText';
import {
  arrowAriaLabel,
  arrowClass,
  columnX,
  COLUMN_WIDTH,
  deltaText,
  durationText,
  fill,
  findingsX,
  ROW_HEIGHT,
  rowY,
  type RowWindow,
} from './rows';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Height of the column heads above the rows. */
export const HEAD_HEIGHT = 52;
/** Room right of the findings' start for their text. */
const FINDINGS_WIDTH = 640;
const SEVERITY_ICON = { error: '⛔', warning: '⚠', information: 'ℹ', hint: '💡' } as const;

/** The part of a DOM node these functions use: the real Element has it, so does the tests' fake. */
export interface DomNode {
  setAttribute(name: string, value: string): void;
  appendChild(child: DomNode): unknown;
  textContent: string | null;
}

export interface Dom {
  createElementNS(namespace: string, name: string): DomNode;
}

function node(dom: Dom, ns: string, name: string, attributes: Readonly<Record<string, string | number>> = {}): DomNode {
  const element = dom.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function svg(dom: Dom, name: string, attributes: Readonly<Record<string, string | number>> = {}): DomNode {
  return node(dom, SVG_NS, name, attributes);
}

function html(dom: Dom, name: string, attributes: Readonly<Record<string, string | number>> = {}, text?: string) {
  const element = node(dom, HTML_NS, name, attributes);
  if (text !== undefined) element.textContent = text;
  return element;
}

function svgText(dom: Dom, content: string, attributes: Readonly<Record<string, string | number>>): DomNode {
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

/** The full width of the ladder: columns, then the findings' text. */
export function ladderWidth(diagram: FlowDiagram): number {
  const hasFindings = diagram.arrows.some((arrow) => arrow.findings.length > 0);
  return findingsX(diagram.endpoints.length) + (hasFindings ? FINDINGS_WIDTH : 0);
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
  const title = html(dom, 'h1', { id: 'flow-title' });
  const final = header.finalCode !== undefined ? ` · ${header.finalCode} ${header.finalPhrase ?? ''}`.trimEnd() : '';
  title.textContent = `${header.stateLabel}${final}`;
  root.appendChild(title);
  const facts = html(dom, 'p', { class: 'facts' });
  const parties = `${header.from ?? '?'} → ${header.to ?? header.requestUri ?? '?'}`;
  const items = [parties];
  if (header.setupDelayMs !== undefined) items.push(`${text.setupDelay}: ${durationText(header.setupDelayMs, text)}`);
  if (header.durationMs !== undefined) items.push(`${text.duration}: ${durationText(header.durationMs, text)}`);
  facts.textContent = items.join(' · ');
  root.appendChild(facts);
  const legs = html(dom, 'p', { class: 'legs' });
  legs.textContent = `${text.legs}: ${diagram.legs.map((leg) => legText(leg)).join(' · ')}`;
  root.appendChild(legs);
  root.appendChild(html(dom, 'button', { id: 'export', type: 'button', class: 'secondary' }, text.exportFlow));
  if (suggestions.length > 0) root.appendChild(drawSuggestions(dom, suggestions, text));
  return root;
}

function legText(leg: FlowDiagram['legs'][number]): string {
  const reason = leg.linkReason ? ` (${leg.linkReason})` : '';
  return `${leg.callId} ${leg.stateLabel}${reason}`;
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
export function drawHeads(dom: Dom, diagram: FlowDiagram, text: FlowViewText): DomNode {
  const width = ladderWidth(diagram);
  const root = svg(dom, 'svg', { class: 'heads', width, height: HEAD_HEIGHT, 'aria-hidden': 'true' });
  diagram.endpoints.forEach((endpoint, index) => {
    const x = columnX(index);
    const group = svg(dom, 'g', { class: endpoint.inferred ? 'head inferred' : 'head' });
    group.appendChild(
      svgText(dom, clip(endpoint.address, 30), { x, y: 16, 'text-anchor': 'middle', class: 'address' }),
    );
    if (endpoint.agent) {
      group.appendChild(svgText(dom, clip(endpoint.agent, 32), { x, y: 32, 'text-anchor': 'middle', class: 'agent' }));
    }
    if (endpoint.inferred) {
      const mark = svgText(dom, text.inferred, { x, y: 46, 'text-anchor': 'middle', class: 'inferred-mark' });
      mark.appendChild(tooltip(dom, text.inferredTitle));
      group.appendChild(mark);
    }
    group.appendChild(tooltip(dom, [endpoint.address, endpoint.agent].filter(Boolean).join('\n')));
    root.appendChild(group);
  });
  return root;
}

/** Text longer than a column shortened with an ellipsis; the tooltip keeps it whole. */
export function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export interface RowMarks {
  /** The arrow the keyboard is on, and the arrow of the editor's cursor (-1: none). */
  readonly current: number;
  readonly linked: number;
}

/** The rows of `window`: lifelines, then one arrow group per message, placed at its row. */
export function drawRows(
  dom: Dom,
  diagram: FlowDiagram,
  window: RowWindow,
  marks: RowMarks,
  text: FlowViewText,
): DomNode {
  const width = ladderWidth(diagram);
  const height = (window.end - window.first) * ROW_HEIGHT;
  // Placed by the script through CSSOM (`style.top`): the CSP allows no style attributes.
  const root = svg(dom, 'svg', { class: 'rows', width, height, 'data-top': rowY(window.first) });
  diagram.endpoints.forEach((_, index) => {
    const x = columnX(index);
    root.appendChild(svg(dom, 'line', { class: 'lifeline', x1: x, x2: x, y1: 0, y2: height }));
  });
  for (let index = window.first; index < window.end; index++) {
    root.appendChild(drawArrow(dom, diagram, index, { y: (index - window.first) * ROW_HEIGHT, width }, marks, text));
  }
  return root;
}

const ARROW_ID_PREFIX = 'arrow-';

export function arrowId(index: number): string {
  return ARROW_ID_PREFIX + String(index);
}

function drawArrow(
  dom: Dom,
  diagram: FlowDiagram,
  index: number,
  place: { readonly y: number; readonly width: number },
  marks: RowMarks,
  text: FlowViewText,
): DomNode {
  const { y, width } = place;
  const arrow = diagram.arrows[index] as FlowArrow;
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
    'aria-setsize': diagram.arrows.length,
    'aria-label': arrowAriaLabel(diagram, index, text),
    'data-index': index,
  });
  group.appendChild(svg(dom, 'rect', { class: 'hit', x: 0, y: 1, width, height: ROW_HEIGHT - 2 }));
  if (arrow.time) group.appendChild(svgText(dom, clip(arrow.time, 26), { x: 6, y: 14, class: 'time' }));
  if (arrow.deltaMs !== undefined)
    group.appendChild(svgText(dom, deltaText(arrow.deltaMs, text), { x: 6, y: 28, class: 'delta' }));
  drawLine(dom, group, arrow);
  group.appendChild(drawLabel(dom, arrow, text));
  if (arrow.findings.length > 0) group.appendChild(drawFindings(dom, diagram, arrow, text));
  return group;
}

/** The arrow itself: a line with its head, or a loop when a node sends to itself. */
function drawLine(dom: Dom, group: DomNode, arrow: FlowArrow): void {
  const from = columnX(arrow.from);
  const to = columnX(arrow.to);
  const y = 22;
  if (arrow.from === arrow.to) {
    group.appendChild(svg(dom, 'path', { class: 'line', d: `M${from} ${y - 8} h30 v12 h-26`, fill: 'none' }));
    group.appendChild(
      svg(dom, 'polygon', { class: 'head', points: `${from} ${y + 4},${from + 7} ${y},${from + 7} ${y + 8}` }),
    );
    return;
  }
  const direction = to > from ? 1 : -1;
  const tip = to - direction * 2;
  group.appendChild(svg(dom, 'line', { class: 'line', x1: from, x2: tip - direction * 6, y1: y, y2: y }));
  const back = tip - direction * 9;
  group.appendChild(svg(dom, 'polygon', { class: 'head', points: `${tip} ${y},${back} ${y - 5},${back} ${y + 5}` }));
}

/** The label above the arrow: method or code and phrase, the copy count, and the SDP mark (media lines on hover). */
function drawLabel(dom: Dom, arrow: FlowArrow, text: FlowViewText): DomNode {
  const middle = (columnX(arrow.from) + columnX(arrow.to)) / 2 + (arrow.from === arrow.to ? COLUMN_WIDTH / 4 : 0);
  const label = svgText(dom, '', { x: middle, y: 15, 'text-anchor': 'middle', class: 'label' });
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

/** The findings right of the ladder: the most severe first, its icon, message and short fix; all of them on hover. */
function drawFindings(dom: Dom, diagram: FlowDiagram, arrow: FlowArrow, text: FlowViewText): DomNode {
  const [first] = arrow.findings;
  const root = svg(dom, 'g', { class: `findings ${first?.severity ?? ''}` });
  if (!first) return root;
  const more = arrow.findings.length > 1 ? ` (+${arrow.findings.length - 1})` : '';
  const x = findingsX(diagram.endpoints.length);
  root.appendChild(
    svgText(dom, `${SEVERITY_ICON[first.severity]} ${clip(first.message, 90)}${more}`, { x, y: 14, class: 'finding' }),
  );
  if (first.shortFix) {
    root.appendChild(svgText(dom, clip(fill(text.fix, { fix: first.shortFix }), 100), { x, y: 28, class: 'fix' }));
  }
  const all = arrow.findings.map((finding) => {
    const fix = finding.shortFix ? `\n  ${fill(text.fix, { fix: finding.shortFix })}` : '';
    return `${text.severity[finding.severity]}: ${finding.message}${fix}`;
  });
  root.appendChild(tooltip(dom, all.join('\n')));
  return root;
}
