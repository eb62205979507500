/**
 * The call flow's exports, pure functions of a FlowDiagram (model.ts), shared by the CLI, the
 * server and the webview bundle: no Node API here.
 */
import type { FlowDiagram } from './model';
import { flowJson } from './json';
import { flowMermaid } from './mermaid';
import { flowPlantuml } from './plantuml';
import { flowSvg } from './svg';
import { flowText } from './text';

export * from './model';
export { layoutFlow, rowsBetween, rowOfArrow, FLOW_GEOMETRY, type FlowLayout, type FlowLayoutOptions } from './layout';
export { flowSvg, escapeXml, arrowClass } from './svg';
export { SEVERITY_MARKS } from './words';
export { flowText, TEXT_WIDTH } from './text';
export { flowMermaid, mermaidText } from './mermaid';
export { flowPlantuml, plantumlText } from './plantuml';
export { flowJson } from './json';
export { FlowMasker, maskDiagram, type MaskOptions } from './mask';

/** The export formats, by the name the CLI and the view's menu use. */
export const FLOW_FORMATS = ['text', 'mermaid', 'plantuml', 'svg', 'json'] as const;
export type FlowFormat = (typeof FLOW_FORMATS)[number];

const EXPORTERS: Readonly<Record<FlowFormat, (diagram: FlowDiagram) => string>> = {
  text: flowText,
  mermaid: flowMermaid,
  plantuml: flowPlantuml,
  svg: (diagram) => flowSvg(diagram),
  json: flowJson,
};

/** The diagram in `format`. */
export function exportFlow(diagram: FlowDiagram, format: FlowFormat): string {
  return EXPORTERS[format](diagram);
}
