/**
 * The ladder as PlantUML (`@startuml` … `@enduml`). Participants are `P0`, `P1`… with their address
 * and agent as a quoted title; requests `->`, responses `-->`; findings as notes; the header as the
 * title. Text from the log goes through `plantumlText`: every character but letters, digits, spaces
 * and a few harmless marks becomes PlantUML's `<U+XXXX>` escape, so no quote, backslash, creole or
 * HTML markup, `$` or newline can close a string, start a statement or style the text. (HTML
 * entities `&#N;` are no good: `&#92;` makes PlantUML 1.2020's renderer throw.)
 */
import type { FlowDiagram } from './model';
import { endpointLines, findingNote, headerLines, languageOf, oneLine, timedCaption } from './words';

const SAFE = /[\p{L}\p{N} .,_@/()+=]/u;

export function plantumlText(text: string): string {
  let out = '';
  for (const char of oneLine(text)) {
    out += SAFE.test(char)
      ? char
      : `<U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return out;
}

export function flowPlantuml(diagram: FlowDiagram): string {
  const language = languageOf(diagram);
  const header = headerLines(diagram).map(plantumlText);
  const lines = ['@startuml', `title ${header.join('\\n')}`];
  diagram.endpoints.forEach((endpoint, i) => {
    lines.push(`participant "${endpointLines(endpoint, language).map(plantumlText).join('\\n')}" as P${i}`);
  });
  for (const arrow of diagram.arrows) {
    const arrowhead = arrow.code === undefined ? '->' : '-->';
    const caption = timedCaption(arrow, language);
    lines.push(`P${arrow.from} ${arrowhead} P${arrow.to} : ${plantumlText(caption)}`);
    const over = arrow.from === arrow.to ? `P${arrow.from}` : `P${arrow.from}, P${arrow.to}`;
    for (const finding of arrow.findings) {
      const note = findingNote(finding);
      lines.push(`note over ${over} : ${plantumlText(note)}`);
    }
  }
  lines.push('@enduml');
  return `${lines.join('\n')}\n`;
}
