/** The ladder as JSON: the model itself (model.ts), for scripts and other tools. */
import type { FlowDiagram } from './model';

export function flowJson(diagram: FlowDiagram): string {
  return `${JSON.stringify(diagram, null, 2)}\n`;
}
