/**
 * The catalog card of one code as Markdown, for `sipLens.explainCode` (shown in the Markdown
 * preview). Pure: no `vscode` import.
 */
import { causesToCodeWords, sipToCauseWords } from '../../../catalog/src/q850-mapping';
import type { CatalogEntry } from '../../../catalog/src/types';

/** Keeps catalog text literal in Markdown: `<` would otherwise start an HTML tag the preview strips. */
function md(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
}

function heading(entry: CatalogEntry): string {
  return entry.reasonPhrase ? `${entry.code} ${entry.reasonPhrase}` : String(entry.code);
}

function facts(entry: CatalogEntry): string {
  const parts = [`**${entry.class} ${entry.className}**`, entry.registered ? 'IANA-registered' : 'not IANA-registered'];
  if (entry.deprecation) parts.push('deprecated');
  parts.push(`[RFC ${entry.rfc} §${entry.section}](${entry.rfcUrl})`);
  return parts.join(' · ');
}

function section(title: string, body: string | undefined): string[] {
  return body ? [`## ${title}`, '', md(body), ''] : [];
}

function related(entry: CatalogEntry): string[] {
  if (entry.related.length === 0) return [];
  const items = entry.related.map((r) => `- **${r.code}${r.reasonPhrase ? ` ${md(r.reasonPhrase)}` : ''}**${r.note ? `: ${md(r.note)}` : ''}`);
  return ['## Often confused with', '', ...items, ''];
}

function q850(entry: CatalogEntry): string[] {
  // A class-level answer for an unknown number must not show the mapping of the code it is treated as.
  const mapping = entry.known ? entry.q850 : undefined;
  if (!mapping) return [];
  const lines = [`- ${entry.code} ${sipToCauseWords(entry)} (§8.2.6.1).`];
  const from = causesToCodeWords(entry);
  if (from) lines.push(`- Q.850 ${from} (§7.2.4.1).`);
  return ['## Q.850 mapping (RFC 3398)', '', ...lines, ''];
}

export function entryMarkdown(entry: CatalogEntry): string {
  const lines = [
    `# ${md(heading(entry))}`,
    '',
    facts(entry),
    '',
    md(entry.description),
    '',
    ...section('When it appears', entry.whenItAppears),
    '## How to fix',
    '',
    ...entry.howToFix.map((step, index) => `${index + 1}. ${md(step)}`),
    '',
    ...section('Retry', entry.retry),
    ...section('STIR/SHAKEN', entry.stirShaken),
    ...section('Deprecation', entry.deprecation),
    ...section('Origin', entry.origin),
    ...related(entry),
    ...q850(entry),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
