/**
 * The call flow's export formats, as the export command offers them: each is a pure function of the
 * diagram, from the catalog's flow exports (the CLI's `sip-lens flow --format` prints the same text).
 * Masking comes first, on the diagram, so every format hides the same things the same way.
 */
import { exportFlow, maskDiagram, type FlowFormat } from '../../../catalog/src/flow/index';
import type { FlowDiagram } from '../../../catalog/src/flow/model';

export type ExportFormatId = FlowFormat;
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

const EXTENSIONS: Readonly<Record<ExportFormatId, string>> = {
  mermaid: 'mmd',
  plantuml: 'puml',
  text: 'txt',
  svg: 'svg',
  json: 'json',
};

/** In the order the menu offers them: the shareable text formats first. */
export const EXPORT_FORMATS: readonly ExportFormat[] = (['mermaid', 'plantuml', 'text', 'svg', 'json'] as const).map(
  (id) => ({ id, extension: EXTENSIONS[id], render: (diagram: FlowDiagram) => exportFlow(diagram, id) }),
);

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/**
 * The diagram as `format`, masked first: credentials always unless `none` (the view's diagram
 * carries no header values, but findings and labels may quote them), users and addresses with `all`.
 */
export function exportText(diagram: FlowDiagram, format: ExportFormat, level: MaskLevel): string {
  const masked =
    level === 'none' ? diagram : maskDiagram(diagram, level === 'all' ? { users: true, addresses: true } : {});
  return format.render(masked);
}
