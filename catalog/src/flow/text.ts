/**
 * The ladder as fixed-width plain text, for tickets and e-mail: the header, one column per endpoint
 * (address and agent), one row per message with its time and delta in the gutter, and the findings
 * under their arrows. Sized to read at 100 columns (wider only when there are many endpoints), with
 * Chinese measured in terminal cells (l10n.ts displayWidth). Box-drawing characters only: no colour.
 */
import { displayWidth, fill } from '../l10n';
import type { Language } from '../language';
import { FLOW_EXPORT_STRINGS } from './flow-strings';
import type { FlowArrow, FlowDiagram, FlowEndpoint } from './model';
import { clockText, deltaText, endpointLines, findingNote, headerLines, languageOf, oneLine } from './words';

export const TEXT_WIDTH = 100;
const MIN_LANE = 18;
const MAX_LANE = 60;
/** How far the outer columns sit from the gutter and the right edge, at most. */
const MAX_EDGE = 18;
const RETRANSMISSION_MARK = '↻';

/** A row of terminal cells; a wide character fills its cell and leaves the next one empty. */
class Row {
  private readonly cells: string[];

  constructor(width: number) {
    this.cells = new Array<string>(width).fill(' ');
  }

  put(x: number, text: string): void {
    let at = x;
    for (const char of text) {
      const width = displayWidth(char);
      if (at + width > this.cells.length)
        this.cells.push(...new Array<string>(at + width - this.cells.length).fill(' '));
      this.cells[at] = char;
      if (width === 2) this.cells[at + 1] = '';
      at += width;
    }
  }

  toString(): string {
    return this.cells.join('').trimEnd();
  }
}

/** `text` cut to `width` cells, with `…` when cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out) + displayWidth(char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * Words to lines of at most `width` cells. A word wider than a line (a run of Chinese, which has no
 * spaces, or a long token) is broken between characters.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '' && displayWidth(word) <= width) {
      lines.push(line);
      line = word;
      continue;
    }
    for (const char of line === '' ? word : ` ${word}`) {
      if (displayWidth(line) + displayWidth(char) > width) {
        lines.push(line);
        line = char === ' ' ? '' : char;
      } else line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Geometry {
  readonly width: number;
  readonly gutter: number;
  /** Where the delta ends (right-aligned after the time). */
  readonly deltaEnd: number;
  readonly lane: number;
  readonly x: readonly number[];
}

/**
 * The gutter (time, delta), then the columns: the outer ones inset by half their title, the lanes
 * between them as wide as 100 columns allow (between MIN_LANE and MAX_LANE).
 */
function geometryOf(diagram: FlowDiagram, language: Language): Geometry {
  const times = diagram.arrows.map((arrow) => displayWidth(clockText(arrow.time)));
  const deltas = diagram.arrows.map((arrow) => displayWidth(deltaText(arrow)));
  const deltaEnd = Math.max(0, ...times) + 1 + Math.max(0, ...deltas);
  const gutter = deltaEnd + 2;
  const edge = (endpoint: FlowEndpoint | undefined) => {
    const titles = endpoint === undefined ? [] : endpointLines(endpoint, language).map(displayWidth);
    return Math.min(MAX_EDGE, Math.ceil(Math.max(0, ...titles) / 2) + 1);
  };
  const left = edge(diagram.endpoints[0]);
  const right = edge(diagram.endpoints[diagram.endpoints.length - 1]);
  const gaps = diagram.endpoints.length - 1;
  const room = Math.floor((TEXT_WIDTH - gutter - left - right) / Math.max(1, gaps));
  const lane = gaps === 0 ? MAX_LANE : Math.max(MIN_LANE, Math.min(MAX_LANE, room));
  const x = diagram.endpoints.map((_, i) => gutter + left + i * lane);
  return { width: gutter + left + right + Math.max(1, gaps) * lane, gutter, deltaEnd, lane, x };
}

/** The arrow's text on the ladder: its label, `[SDP offer]`, `↻` for a retransmission, `×n` for copies. */
function arrowText(arrow: FlowArrow, language: Language): string {
  const strings = FLOW_EXPORT_STRINGS[language];
  let text = oneLine(arrow.label);
  if (arrow.sdp !== undefined) text += ` [${strings[arrow.sdp]}]`;
  if (arrow.retransmissionOf !== undefined) text += ` ${RETRANSMISSION_MARK}`;
  if (arrow.repeats !== undefined) text += ` ×${arrow.repeats + 1}`;
  return text;
}

function lifelines(geometry: Geometry): Row {
  const row = new Row(geometry.width);
  for (const x of geometry.x) row.put(x, '│');
  return row;
}

function arrowRow(arrow: FlowArrow, geometry: Geometry, language: Language): Row {
  const row = lifelines(geometry);
  const time = clockText(arrow.time);
  row.put(0, time);
  row.put(geometry.deltaEnd - displayWidth(deltaText(arrow)), deltaText(arrow));
  const a = geometry.x[arrow.from] ?? geometry.gutter;
  const b = geometry.x[arrow.to] ?? geometry.gutter;
  const text = arrowText(arrow, language);
  if (a === b) {
    row.put(a + 1, `↺ ${truncateToWidth(text, geometry.lane - 3)}`);
    return row;
  }
  const left = Math.min(a, b);
  const span = Math.abs(b - a) - 1;
  const line = new Array<string>(span).fill('─');
  if (b > a) line[span - 1] = '>';
  else line[0] = '<';
  row.put(left + 1, line.join(''));
  const label = truncateToWidth(text, Math.max(1, span - 2));
  row.put(left + 1 + Math.max(1, Math.floor((span - displayWidth(label)) / 2)), label);
  return row;
}

function findingRows(arrow: FlowArrow, geometry: Geometry): Row[] {
  const start = Math.min(geometry.x[arrow.from] ?? 0, geometry.x[arrow.to] ?? 0) + 2;
  const room = Math.max(20, TEXT_WIDTH - start);
  return arrow.findings.flatMap((finding) => {
    const text = oneLine(findingNote(finding));
    // Continuation lines are indented by two cells: every line is wrapped two cells short.
    return wrap(text, room - 2).map((part, i) => {
      const row = new Row(start);
      for (const x of geometry.x) if (x < start - 1) row.put(x, '│');
      row.put(start + (i === 0 ? 0 : 2), part);
      return row;
    });
  });
}

function columnRows(diagram: FlowDiagram, geometry: Geometry, language: Language): Row[] {
  const rows = [new Row(geometry.width), new Row(geometry.width)];
  diagram.endpoints.forEach((endpoint, i) => {
    const x = geometry.x[i] as number;
    endpointLines(endpoint, language).forEach((line, k) => {
      const text = truncateToWidth(oneLine(line), Math.min(geometry.lane - 1, 2 * MAX_EDGE));
      const start = Math.max(0, x - Math.floor(displayWidth(text) / 2));
      rows[k]?.put(start, text);
    });
  });
  return rows;
}

export function flowText(diagram: FlowDiagram): string {
  const language = languageOf(diagram);
  const lines = headerLines(diagram).map(oneLine);
  lines.push('');
  if (diagram.arrows.length === 0) return `${[...lines, FLOW_EXPORT_STRINGS[language].noArrows].join('\n')}\n`;
  const geometry = geometryOf(diagram, language);
  const rows = [...columnRows(diagram, geometry, language), lifelines(geometry)];
  for (const arrow of diagram.arrows) rows.push(arrowRow(arrow, geometry, language), ...findingRows(arrow, geometry));
  rows.push(lifelines(geometry));
  lines.push(...rows.map(String).filter((line, i) => i !== 1 || line !== ''));
  if (diagram.arrows.some((arrow) => arrow.retransmissionOf !== undefined || arrow.repeats !== undefined))
    lines.push('', fill(FLOW_EXPORT_STRINGS[language].legend, { mark: RETRANSMISSION_MARK }));
  return `${lines.join('\n')}\n`;
}
