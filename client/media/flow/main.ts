/**
 * The call-flow view's script, bundled for the browser (client/media/dist/flow.js). It draws what
 * the extension sends (draw.ts: DOM calls only, no markup from strings), draws only the rows on
 * screen, and turns clicks and keys into typed messages the extension validates. It has no words
 * of its own: they come with the diagram.
 */
import type { FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { FlowHostMessage, FlowWebviewMessage } from '../../src/flow/messages';
import type { FlowViewText } from '../../src/flow/viewText';
import { FLOW_GEOMETRY } from '../../../catalog/src/flow/layout';
import {
  arrowId,
  drawHeader,
  drawHeads,
  drawRows,
  prepareLadder,
  rowsHeight,
  windowTop,
  type Dom,
  type Ladder,
} from './draw';
import { nextArrow, pageRows, scrollToShow, visibleWindow, type RowWindow } from './rows';

interface VsCodeApi {
  postMessage(message: FlowWebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscodeApi = acquireVsCodeApi();
const dom = document as unknown as Dom;

interface ViewState {
  ladder: Ladder;
  suggestions: readonly FlowLegSuggestion[];
  text: FlowViewText;
  current: number;
  linked: number;
  drawn?: RowWindow;
}

let state: ViewState | undefined;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

const headerHost = element('header');
const scroller = element('ladder');
const headsHost = element('heads');
const spacer = element('rows');

/** Scroll position within the rows (the heads stick above them). */
function rowsViewport(): { top: number; height: number } {
  return {
    top: Math.max(0, scroller.scrollTop),
    height: Math.max(0, scroller.clientHeight - FLOW_GEOMETRY.columnHeader),
  };
}

function renderRows(force = false): void {
  if (!state) return;
  const viewport = rowsViewport();
  const window = visibleWindow(state.ladder.layout, viewport.top, viewport.height);
  if (!force && state.drawn && state.drawn.first === window.first && state.drawn.end === window.end) return;
  state.drawn = window;
  const rows = drawRows(dom, state.ladder, window, { current: state.current, linked: state.linked }, state.text);
  const rowsElement = rows as unknown as SVGSVGElement;
  // Through CSSOM: the CSP allows no style attributes.
  rowsElement.style.top = `${windowTop(state.ladder, window)}px`;
  spacer.replaceChildren(rowsElement);
  if (state.current >= 0) scroller.setAttribute('aria-activedescendant', arrowId(state.current));
  else scroller.removeAttribute('aria-activedescendant');
}

function show(message: Extract<FlowHostMessage, { type: 'show' }>): void {
  const started = performance.now();
  const keep = state && state.ladder.diagram.legs[0]?.callId === message.diagram.legs[0]?.callId;
  const highlight = message.highlight ?? -1;
  const ladder = prepareLadder(message.diagram);
  state = {
    ladder,
    suggestions: message.suggestions,
    text: message.text,
    // The keyboard's place survives a redraw of the same call; a new call starts with none.
    current: keep && state ? Math.min(state.current, message.diagram.arrows.length - 1) : -1,
    linked: highlight,
  };
  document.documentElement.lang = message.text.htmlLang;
  headerHost.replaceChildren(drawHeader(dom, message.diagram, message.suggestions, message.text) as unknown as Node);
  headsHost.replaceChildren(drawHeads(dom, ladder, message.text) as unknown as Node);
  scroller.setAttribute('aria-label', message.text.ladderLabel);
  spacer.style.height = `${rowsHeight(ladder)}px`;
  spacer.style.width = `${ladder.width}px`;
  element('empty').textContent = message.diagram.arrows.length === 0 ? message.text.noMessages : '';
  if (highlight >= 0) bringIntoView(highlight);
  renderRows(true);
  // Read by the UI test: how long the last diagram took to draw, in this page's own clock.
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
}

function bringIntoView(index: number): void {
  const viewport = rowsViewport();
  if (!state) return;
  const top = scrollToShow(state.ladder.layout, index, viewport.top, viewport.height);
  if (top !== undefined) scroller.scrollTop = top;
}

function moveTo(index: number): void {
  if (!state) return;
  state.current = index;
  bringIntoView(index);
  renderRows(true);
}

function onKey(event: KeyboardEvent): void {
  if (!state) return;
  if ((event.key === 'Enter' || event.key === ' ') && state.current >= 0) {
    event.preventDefault();
    vscodeApi.postMessage({ type: 'reveal', arrow: state.current });
    return;
  }
  const page = pageRows(rowsViewport().height);
  const start = state.current < 0 ? (state.drawn?.first ?? 0) : state.current;
  const next = nextArrow(state.current < 0 ? start - 1 : start, event.key, state.ladder.diagram.arrows.length, page);
  if (next === undefined) return;
  event.preventDefault();
  moveTo(Math.max(0, next));
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const leg = target?.closest('button.add-leg');
  const callId = leg?.getAttribute('data-call-id');
  if (callId) return vscodeApi.postMessage({ type: 'addLeg', callId });
  if (target?.closest('#export')) return vscodeApi.postMessage({ type: 'export' });
  const arrow = target?.closest('[data-index]');
  const index = Number(arrow?.getAttribute('data-index'));
  if (!arrow || !Number.isSafeInteger(index) || !state) return;
  moveTo(index);
  scroller.focus();
  vscodeApi.postMessage({ type: 'reveal', arrow: index });
}

function onMessage(event: MessageEvent<FlowHostMessage>): void {
  const message = event.data;
  if (message.type === 'show') return show(message);
  if (message.type === 'highlight' && state) {
    state.linked = message.arrow;
    if (message.arrow >= 0) bringIntoView(message.arrow);
    renderRows(true);
  }
}

let frame = 0;
scroller.addEventListener('scroll', () => {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    renderRows();
  });
});
new ResizeObserver(() => renderRows()).observe(scroller);
scroller.addEventListener('keydown', onKey);
document.addEventListener('click', onClick);
window.addEventListener('message', onMessage);
vscodeApi.postMessage({ type: 'ready' });
