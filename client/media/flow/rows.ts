/**
 * The ladder's view logic, pure (no DOM): which rows a scroll position shows (the shared layout,
 * catalog/src/flow/layout.ts, places every column and row, as it does for the SVG export), how an
 * arrow is named for a screen reader, and where the keyboard moves. A call of any size
 * draws only the rows on screen.
 */
import { FLOW_GEOMETRY, rowOfArrow, rowsBetween, type FlowLayout } from '../../../catalog/src/flow/layout';
import type { FlowDiagram } from '../../../catalog/src/flow/model';
import type { FlowViewText } from '../../src/flow/viewText';

/** Pixels drawn above and below the visible rows, so a small scroll shows rows already there. */
export const OVERSCAN_PX = 400;

export interface RowWindow {
  /** First arrow drawn, and one past the last. */
  readonly first: number;
  readonly end: number;
}

/**
 * The arrows to draw for a viewport scrolled `scrollTop` pixels into the rows (the rows start at
 * `layout.rowsTop`; the column heads stay above them): the shared layout's binary search.
 */
export function visibleWindow(
  layout: FlowLayout,
  scrollTop: number,
  viewportHeight: number,
  overscan = OVERSCAN_PX,
): RowWindow {
  const top = layout.rowsTop + Math.max(0, scrollTop) - overscan;
  const rows = rowsBetween(layout, top, top + Math.max(0, viewportHeight) + 2 * overscan);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first && last ? { first: first.arrow, end: last.arrow + 1 } : { first: 0, end: 0 };
}

/** Where an arrow's row starts, in pixels from the first row. */
export function rowOffset(layout: FlowLayout, arrow: number): number {
  return (rowOfArrow(layout, arrow)?.top ?? layout.rowsTop) - layout.rowsTop;
}

/** How many rows a viewport shows (Page Up and Page Down move by it). */
export function pageRows(viewportHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / FLOW_GEOMETRY.rowHeight));
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

/** The scroll position that brings an arrow's row into a viewport, or undefined when it is already in. */
export function scrollToShow(
  layout: FlowLayout,
  arrow: number,
  scrollTop: number,
  viewportHeight: number,
): number | undefined {
  const row = rowOfArrow(layout, arrow);
  if (!row) return undefined;
  const top = row.top - layout.rowsTop;
  if (top < scrollTop) return top;
  if (top + row.height > scrollTop + viewportHeight) return top + row.height - viewportHeight;
  return undefined;
}
