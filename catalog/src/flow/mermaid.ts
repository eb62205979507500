/**
 * The ladder as a Mermaid `sequenceDiagram`. Participants are named P0, P1… and titled with their
 * address and agent; requests are solid arrows (`->>`), responses dotted (`-->>`); findings are
 * notes over their arrow. Text from the log goes through `mermaidText`: every character but
 * letters, digits, spaces and a few harmless marks becomes Mermaid's entity code (`#58;` for `:`,
 * its documented escape), so no phrase or address can end a statement, open a new one, or carry
 * markup or a `%%{init}%%` directive. The header is written as `%%` comments, coded the same way.
 */
import type { FlowDiagram } from './model';
import { endpointLines, findingNote, headerLines, languageOf, oneLine, timedCaption } from './words';

/** Characters written as they are; the rest become `#<code point>;`. */
const SAFE = /[\p{L}\p{N} .,_@/()+=]/u;

export function mermaidText(text: string): string {
  let out = '';
  for (const char of oneLine(text)) out += SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  return out.trim() === '' ? '#160;' : out;
}

/**
 * A comment line, coded like any other text: Mermaid finds `%%{…}%%` directives anywhere in the
 * source, comments included, and one from the log could change its configuration (securityLevel).
 */
function comment(text: string): string {
  return `  %% ${mermaidText(text)}`;
}

export function flowMermaid(diagram: FlowDiagram): string {
  const language = languageOf(diagram);
  const lines = ['sequenceDiagram', ...headerLines(diagram).map(comment)];
  diagram.endpoints.forEach((endpoint, i) => {
    lines.push(`  participant P${i} as ${mermaidText(endpointLines(endpoint, language).join(' · '))}`);
  });
  for (const arrow of diagram.arrows) {
    const arrowhead = arrow.code === undefined ? '->>' : '-->>';
    const caption = timedCaption(arrow, language);
    lines.push(`  P${arrow.from}${arrowhead}P${arrow.to}: ${mermaidText(caption)}`);
    const over = arrow.from === arrow.to ? `P${arrow.from}` : `P${arrow.from},P${arrow.to}`;
    for (const finding of arrow.findings) {
      const note = findingNote(finding);
      lines.push(`  Note over ${over}: ${mermaidText(note)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
