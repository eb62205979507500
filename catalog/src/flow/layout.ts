/**
 * The geometry of a ladder, one function of the diagram: where each column's lifeline is, where
 * each arrow's row is and how far it reaches. The webview and the SVG export draw from the same
 * numbers, so a saved SVG looks like the view. Units are CSS pixels.
 */
import type { FlowArrow, FlowDiagram } from './model';

export const FLOW_GEOMETRY = {
  /** The gutter at the left holds each row's time and delta. */
  gutter: 150,
  columnWidth: 240,
  /** Space for the header lines above the columns (one line per header line). */
  headerLine: 18,
  headerGap: 10,
  /** The column titles: address, agent. */
  columnHeader: 52,
  rowHeight: 34,
  /** Each finding drawn under its arrow takes a line; at most `maxFindingLines` per arrow. */
  findingLine: 16,
  maxFindingLines: 3,
  /** How far a message to its own column loops out to the right. */
  selfLoop: 48,
  margin: 16,
} as const;

export interface ColumnLayout {
  /** Index into FlowDiagram.endpoints. */
  readonly endpoint: number;
  /** The lifeline's x. */
  readonly x: number;
}

export interface RowLayout {
  /** Index into FlowDiagram.arrows. */
  readonly arrow: number;
  /** The top of the row, and the arrow line's y within it. */
  readonly top: number;
  readonly y: number;
  readonly height: number;
  /** Where the arrow starts and where its head is (equal for a message to its own column). */
  readonly x1: number;
  readonly x2: number;
  readonly direction: 'right' | 'left' | 'self';
  /** How many finding lines are drawn under the arrow. */
  readonly findingLines: number;
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  /** Where the column titles start, below the header lines. */
  readonly columnsTop: number;
  /** Where the first row starts. */
  readonly rowsTop: number;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
}

export interface FlowLayoutOptions {
  /** Leave out the rows of retransmissions (their first arrow still says how many followed). */
  readonly collapseRetransmissions?: boolean;
  /** How many header lines to leave room for (the SVG export writes headerLines(diagram)). */
  readonly headerLines?: number;
}

export function layoutFlow(diagram: FlowDiagram, options: FlowLayoutOptions = {}): FlowLayout {
  const g = FLOW_GEOMETRY;
  const headerLines = options.headerLines ?? 0;
  // A gap under the header, so its last line's descenders clear the column boxes.
  const columnsTop = g.margin + headerLines * g.headerLine + (headerLines > 0 ? g.headerGap : 0);
  const rowsTop = columnsTop + g.columnHeader;
  const columns = diagram.endpoints.map((_, i) => ({
    endpoint: i,
    x: g.gutter + g.columnWidth / 2 + i * g.columnWidth,
  }));
  const rows: RowLayout[] = [];
  let top = rowsTop;
  diagram.arrows.forEach((arrow, i) => {
    if (options.collapseRetransmissions && arrow.retransmissionOf !== undefined) return;
    const row = rowOf(arrow, i, top, columns);
    rows.push(row);
    top += row.height;
  });
  const width = g.gutter + Math.max(1, diagram.endpoints.length) * g.columnWidth + g.margin;
  return { width, height: top + g.margin, columnsTop, rowsTop, columns, rows };
}

function rowOf(arrow: FlowArrow, index: number, top: number, columns: readonly ColumnLayout[]): RowLayout {
  const g = FLOW_GEOMETRY;
  const x1 = columns[arrow.from]?.x ?? g.gutter;
  const x2 = columns[arrow.to]?.x ?? g.gutter;
  const findingLines = Math.min(arrow.findings.length, g.maxFindingLines);
  return {
    arrow: index,
    top,
    y: top + g.rowHeight - 10,
    height: g.rowHeight + findingLines * g.findingLine,
    x1,
    x2,
    direction: arrow.from === arrow.to ? 'self' : x2 > x1 ? 'right' : 'left',
    findingLines,
  };
}

/**
 * The rows that overlap `[top, bottom)`, for a view that draws only what is on screen: a binary
 * search, so a call of thousands of messages scrolls at the cost of the rows in view.
 */
export function rowsBetween(layout: FlowLayout, top: number, bottom: number): readonly RowLayout[] {
  const { rows } = layout;
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const row = rows[mid] as RowLayout;
    if (row.top + row.height <= top) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < rows.length && (rows[end] as RowLayout).top < bottom) end++;
  return rows.slice(low, end);
}

/** The row of arrow `arrow`; undefined when it has none (a collapsed retransmission: ask for its retransmissionOf). */
export function rowOfArrow(layout: FlowLayout, arrow: number): RowLayout | undefined {
  let low = 0;
  let high = layout.rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((layout.rows[mid] as RowLayout).arrow < arrow) low = mid + 1;
    else high = mid;
  }
  const row = layout.rows[low];
  return row?.arrow === arrow ? row : undefined;
}
