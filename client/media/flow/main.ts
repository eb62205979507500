/**
 * The call-flow view's script, bundled for the browser (client/media/dist/flow.js). It draws what
 * the extension sends (draw.ts: DOM calls only, no markup from strings), draws only the rows on
 * screen, and turns clicks and keys into typed messages the extension validates. It has no words
 * of its own: they come with the diagram.
 */
import type { FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { FlowHostMessage, FlowWebviewMessage } from '../../src/flow/messages';
import type { FlowViewText } from '../../src/flow/viewText';
import { arrowId, drawHeader, drawHeads, drawRows, HEAD_HEIGHT, ladderWidth, type Dom } from './draw';
import { nextArrow, ROW_HEIGHT, rowY, scrollToShow, visibleWindow, type RowWindow } from './rows';

interface VsCodeApi {
  postMessage(message: FlowWebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscodeApi = acquireVsCodeApi();
const dom = document as unknown as Dom;

interface ViewState {
  diagram: FlowDiagram;
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
  return { top: Math.max(0, scroller.scrollTop), height: Math.max(0, scroller.clientHeight - HEAD_HEIGHT) };
}

function renderRows(force = false): void {
  if (!state) return;
  const viewport = rowsViewport();
  const window = visibleWindow(viewport.top, viewport.height, state.diagram.arrows.length);
  if (!force && state.drawn && state.drawn.first === window.first && state.drawn.end === window.end) return;
  state.drawn = window;
  const rows = drawRows(dom, state.diagram, window, { current: state.current, linked: state.linked }, state.text);
  const rowsElement = rows as unknown as SVGSVGElement;
  rowsElement.style.top = `${rowY(window.first)}px`;
  spacer.replaceChildren(rowsElement);
  if (state.current >= 0) scroller.setAttribute('aria-activedescendant', arrowId(state.current));
  else scroller.removeAttribute('aria-activedescendant');
}

function show(message: Extract<FlowHostMessage, { type: 'show' }>): void {
  const started = performance.now();
  const keep = state && state.diagram.legs[0]?.callId === message.diagram.legs[0]?.callId;
  const highlight = message.highlight ?? -1;
  state = {
    diagram: message.diagram,
    suggestions: message.suggestions,
    text: message.text,
    current: keep && state ? Math.min(state.current, message.diagram.arrows.length - 1) : highlight,
    linked: highlight,
  };
  document.documentElement.lang = message.text.htmlLang;
  headerHost.replaceChildren(drawHeader(dom, message.diagram, message.suggestions, message.text) as unknown as Node);
  headsHost.replaceChildren(drawHeads(dom, message.diagram, message.text) as unknown as Node);
  scroller.setAttribute('aria-label', message.text.ladderLabel);
  spacer.style.height = `${message.diagram.arrows.length * ROW_HEIGHT}px`;
  spacer.style.width = `${ladderWidth(message.diagram)}px`;
  element('empty').textContent = message.diagram.arrows.length === 0 ? message.text.noMessages : '';
  if (highlight >= 0) bringIntoView(highlight);
  renderRows(true);
  // Read by the UI test: how long the last diagram took to draw, in this page's own clock.
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
}

function bringIntoView(index: number): void {
  const viewport = rowsViewport();
  const top = scrollToShow(index, viewport.top, viewport.height);
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
  const pageRows = Math.floor(rowsViewport().height / ROW_HEIGHT);
  const start = state.current < 0 ? (state.drawn?.first ?? 0) : state.current;
  const next = nextArrow(state.current < 0 ? start - 1 : start, event.key, state.diagram.arrows.length, pageRows);
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
