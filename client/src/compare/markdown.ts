/**
 * The catalog card of one code as Markdown, for `sipLens.explainCode` (shown in the Markdown
 * preview). Pure: no `vscode` import.
 */
import { codeCard, type CardSection, type TitleSection } from '../../../catalog/src/card';
import type { CatalogEntry } from '../../../catalog/src/types';

/** Keeps catalog text literal in Markdown: `<` would otherwise start an HTML tag the preview strips. */
function md(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
}

function titleMarkdown(title: TitleSection): string[] {
  const [classBadge, ...flags] = title.badges.map((badge) => md(badge.label));
  const facts = [`**${classBadge ?? ''}**`, ...flags, `[${md(title.reference.label)}](${title.reference.url})`];
  return [`# ${md(title.heading)}`, '', facts.join(' · ')];
}

function sectionMarkdown(section: CardSection): string[] {
  switch (section.id) {
    case 'title':
      return titleMarkdown(section);
    case 'description':
      return [md(section.text)];
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return [`## ${section.title}`, '', md(section.text)];
    case 'howToFix':
      return [`## ${section.title}`, '', ...section.steps.map((step, index) => `${index + 1}. ${md(step)}`)];
    case 'q850':
      return [`## ${section.title}`, '', ...section.lines.map((line) => `- ${md(line)}.`)];
    case 'related':
      return [
        `## ${section.title}`,
        '',
        ...section.items.map((item) => `- **${md(item.label)}**${item.note ? `: ${md(item.note)}` : ''}`),
      ];
  }
}

export function entryMarkdown(entry: CatalogEntry): string {
  const blocks = codeCard(entry).sections.map((section) => sectionMarkdown(section).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
