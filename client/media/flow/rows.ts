/**
 * The ladder's geometry and words, pure (no DOM): where each column and row goes, which rows a
 * scroll position shows, how an arrow is coloured and named for a screen reader, and where the
 * keyboard moves. Every row has the same height, so the visible rows are a division away and a call
 * of any size draws only the rows on screen.
 */
import type { FlowArrow, FlowDiagram } from '../../../catalog/src/flow/model';
import type { FlowViewText } from '../../src/flow/viewText';

export const ROW_HEIGHT = 34;
/** Room left of the first column for the time and the delta. */
export const GUTTER = 170;
export const COLUMN_WIDTH = 210;
/** Rows drawn above and below the visible ones, so a small scroll shows rows already there. */
export const OVERSCAN = 12;

export function columnX(column: number): number {
  return GUTTER + COLUMN_WIDTH / 2 + column * COLUMN_WIDTH;
}

/** Where the findings' text starts: right of the last column. */
export function findingsX(columns: number): number {
  return GUTTER + Math.max(columns, 1) * COLUMN_WIDTH + 8;
}

export function rowY(row: number): number {
  return row * ROW_HEIGHT;
}

export interface RowWindow {
  /** First row drawn, and one past the last. */
  readonly first: number;
  readonly end: number;
}

/** The rows to draw for a viewport scrolled to `scrollTop` (pixels into the ladder's rows). */
export function visibleWindow(scrollTop: number, viewportHeight: number, rows: number, overscan = OVERSCAN): RowWindow {
  const top = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const bottom = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / ROW_HEIGHT) + overscan;
  return { first: Math.min(top, rows), end: Math.min(Math.max(bottom, top), rows) };
}

/** CSS classes: a request, then a response by its class (1xx…6xx), as the grammar colours them. */
const ARROW_CLASSES = ['request', 'class-1xx', 'class-2xx', 'class-3xx', 'class-4xx', 'class-5xx', 'class-6xx'];

export function arrowClass(arrow: FlowArrow): string {
  const kind = arrow.code === undefined ? 0 : Math.floor(arrow.code / 100);
  return ARROW_CLASSES[kind] ?? (ARROW_CLASSES[0] as string);
}

/** `{name}` placeholders of the view's words filled in (the words come from the extension). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A duration in the view's words (`{0} ms`, `{0} s`, the Calls view's units): milliseconds under a
 * second, else seconds with milliseconds.
 */
export function durationText(ms: number, text: FlowViewText): string {
  if (Math.abs(ms) < 1000) return fill(text.milliseconds, { 0: Math.round(ms) });
  return fill(text.seconds, { 0: (Math.round(ms) / 1000).toFixed(3) });
}

/** The gap to the previous arrow, signed: `+120 ms`, `+1.250 s`. */
export function deltaText(ms: number, text: FlowViewText): string {
  return (ms < 0 ? '−' : '+') + durationText(Math.abs(ms), text);
}

/** The address a column shows (and the agent under it). */
export function endpointName(diagram: FlowDiagram, index: number): string {
  return diagram.endpoints[index]?.address ?? '?';
}

/** What a screen reader says for an arrow: what it is, between whom, when, and its findings. */
export function arrowAriaLabel(diagram: FlowDiagram, index: number, text: FlowViewText): string {
  const arrow = diagram.arrows[index];
  if (!arrow) return '';
  const parts = [
    fill(text.arrowLabel, {
      label: arrow.label,
      from: endpointName(diagram, arrow.from),
      to: endpointName(diagram, arrow.to),
    }),
  ];
  if (arrow.time) parts.push(fill(text.atTime, { time: arrow.time }));
  if (arrow.retransmissionOf !== undefined) parts.push(text.retransmission);
  if (arrow.repeats) parts.push(fill(text.sentTimes, { count: arrow.repeats + 1 }));
  if (arrow.sdp) parts.push(arrow.sdp === 'offer' ? text.sdpOffer : text.sdpAnswer);
  for (const finding of arrow.findings) parts.push(`${text.severity[finding.severity]}: ${finding.message}`);
  return parts.join(', ');
}

/** Where a key moves the current arrow; undefined for keys the ladder does not handle. */
export function nextArrow(current: number, key: string, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const page = Math.max(1, pageRows - 1);
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + page);
    case 'PageUp':
      return Math.max(0, current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** The scroll position that brings row `row` into a viewport, or undefined when it is already in. */
export function scrollToShow(row: number, scrollTop: number, viewportHeight: number): number | undefined {
  const top = rowY(row);
  if (top < scrollTop) return top;
  if (top + ROW_HEIGHT > scrollTop + viewportHeight) return top + ROW_HEIGHT - viewportHeight;
  return undefined;
}
