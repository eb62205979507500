/**
 * A standalone SVG document of the ladder, drawn from layout.ts's geometry: its own colours (by
 * message class, as the log grammar colours them), no script, no external reference. Every string
 * from the log is XML-escaped, so a hostile phrase or address is text, never markup.
 */
import type { Language } from '../language';
import { FLOW_EXPORT_STRINGS } from './flow-strings';
import { FLOW_GEOMETRY, layoutFlow, type FlowLayout, type FlowLayoutOptions, type RowLayout } from './layout';
import type { FlowArrow, FlowDiagram } from './model';
import { captionOf, clockText, deltaText, endpointLines, findingNote, headerLines, languageOf, oneLine } from './words';

/** The class of an arrow: `request`, or the response's class (`c1xx` … `c6xx`). */
export function arrowClass(arrow: FlowArrow): string {
  if (arrow.code === undefined) return 'request';
  return `c${Math.min(6, Math.max(1, Math.floor(arrow.code / 100)))}xx`;
}

const STYLE = `
text { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; fill: #1f2328; }
.header { font-size: 13px; }
.lifeline { stroke: #8c959f; stroke-dasharray: 4 3; }
.column rect { fill: #f6f8fa; stroke: #8c959f; }
.column .inferred { font-style: italic; fill: #57606a; }
.gutter { fill: #57606a; }
.arrow line, .arrow path { stroke-width: 1.5; fill: none; }
.arrow.retransmission line, .arrow.retransmission path { stroke-dasharray: 6 3; }
.request line, .request path { stroke: #0969da; } .request text.label { fill: #0969da; }
.c1xx line, .c1xx path { stroke: #6e7781; } .c1xx text.label { fill: #57606a; }
.c2xx line, .c2xx path { stroke: #1a7f37; } .c2xx text.label { fill: #1a7f37; }
.c3xx line, .c3xx path { stroke: #8250df; } .c3xx text.label { fill: #8250df; }
.c4xx line, .c4xx path { stroke: #bc4c00; } .c4xx text.label { fill: #bc4c00; }
.c5xx line, .c5xx path { stroke: #cf222e; } .c5xx text.label { fill: #cf222e; }
.c6xx line, .c6xx path { stroke: #a40e26; } .c6xx text.label { fill: #a40e26; }
.finding.error { fill: #cf222e; } .finding.warning { fill: #9a6700; } .finding.information, .finding.hint { fill: #0969da; }
`;

/** XML text and attribute escaping; controls that XML 1.0 forbids become U+FFFD. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '\ufffd')
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      .replace(/"/gu, '&quot;')
      .replace(/'/gu, '&apos;')
  );
}

function textAt(x: number, y: number, content: string, className?: string, anchor = 'middle'): string {
  const classAttribute = className === undefined ? '' : ` class="${className}"`;
  return `<text x="${x}" y="${y}" text-anchor="${anchor}"${classAttribute}>${escapeXml(oneLine(content))}</text>`;
}

export function flowSvg(diagram: FlowDiagram, options: FlowLayoutOptions = {}): string {
  const language = languageOf(diagram);
  const header = headerLines(diagram);
  const layout = layoutFlow(diagram, { ...options, headerLines: header.length });
  const title = escapeXml(oneLine(header[0] ?? FLOW_EXPORT_STRINGS[language].title));
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '<defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...header.map((line, i) =>
      textAt(
        FLOW_GEOMETRY.margin,
        FLOW_GEOMETRY.margin + (i + 1) * FLOW_GEOMETRY.headerLine - 4,
        line,
        'header',
        'start',
      ),
    ),
    ...columnsSvg(diagram, layout, language),
    ...layout.rows.map((row) => rowSvg(diagram, row, language)),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

function columnsSvg(diagram: FlowDiagram, layout: FlowLayout, language: Language): string[] {
  const g = FLOW_GEOMETRY;
  return layout.columns.map(({ endpoint, x }) => {
    const column = diagram.endpoints[endpoint];
    if (column === undefined) return '';
    const [address, agent] = endpointLines(column, language);
    const boxTop = layout.columnsTop;
    const width = g.columnWidth - 16;
    return [
      `<g class="column">`,
      `<rect x="${x - width / 2}" y="${boxTop}" width="${width}" height="${g.columnHeader - 10}" rx="4"/>`,
      textAt(x, boxTop + 17, address ?? '', column.inferred ? 'inferred' : undefined),
      agent === undefined ? '' : textAt(x, boxTop + 33, agent),
      `<line class="lifeline" x1="${x}" y1="${boxTop + g.columnHeader - 10}" x2="${x}" y2="${layout.height - g.margin}"/>`,
      `</g>`,
    ].join('');
  });
}

function rowSvg(diagram: FlowDiagram, row: RowLayout, language: Language): string {
  const arrow = diagram.arrows[row.arrow] as FlowArrow;
  const classes = ['arrow', arrowClass(arrow), ...(arrow.retransmissionOf !== undefined ? ['retransmission'] : [])];
  const caption = captionOf(arrow, language);
  const labelX = row.direction === 'self' ? row.x1 + 8 : (row.x1 + row.x2) / 2;
  const anchor = row.direction === 'self' ? 'start' : 'middle';
  const shape =
    row.direction === 'self'
      ? `<path d="M${row.x1},${row.y - 8} h${FLOW_GEOMETRY.selfLoop} v10 h-${FLOW_GEOMETRY.selfLoop}" marker-end="url(#head)"/>`
      : `<line x1="${row.x1}" y1="${row.y}" x2="${row.x2}" y2="${row.y}" marker-end="url(#head)"/>`;
  const media = arrow.media === undefined ? '' : `<title>${escapeXml(oneLine(arrow.media.join(' | ')))}</title>`;
  const findings = arrow.findings.slice(0, row.findingLines).map((finding, i) => {
    const text = findingNote(finding);
    const y = row.y + 6 + (i + 1) * FLOW_GEOMETRY.findingLine;
    return textAt(Math.min(row.x1, row.x2) + 4, y, text, `finding ${finding.severity}`, 'start');
  });
  return [
    `<g class="${classes.join(' ')}" data-arrow="${row.arrow}" data-line="${arrow.line}">`,
    textAt(FLOW_GEOMETRY.margin, row.y - 4, clockText(arrow.time), 'gutter', 'start'),
    textAt(FLOW_GEOMETRY.margin, row.y + 10, deltaText(arrow), 'gutter', 'start'),
    shape,
    `<text x="${labelX}" y="${row.y - 5}" text-anchor="${anchor}" class="label">${escapeXml(oneLine(caption))}${media}</text>`,
    ...findings,
    '</g>',
  ].join('');
}
