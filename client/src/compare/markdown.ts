/**
 * The catalog card of one code as Markdown, for `sipLens.explainCode` (shown in the Markdown
 * preview). Pure: no `vscode` import.
 */
import { codeCard, type CardSection, type TitleSection } from '../../../catalog/src/card';
import type { CatalogEntry } from '../../../catalog/src/types';
import { cardText, type CardText } from './viewText';

/** Keeps catalog text literal in Markdown: `<` would otherwise start an HTML tag the preview strips. */
function md(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
}

function titleMarkdown(title: TitleSection, text: CardText): string[] {
  const labels = title.badges.map((badge) => (badge.kind === 'class' ? badge.label : text.badges[badge.kind]));
  const [classBadge, ...flags] = labels.map(md);
  const facts = [`**${classBadge ?? ''}**`, ...flags, `[${md(title.reference.label)}](${title.reference.url})`];
  return [`# ${md(title.heading)}`, '', facts.join(' · ')];
}

function sectionMarkdown(section: CardSection, text: CardText): string[] {
  const title = section.id === 'title' || section.id === 'description' ? '' : text.sections[section.id];
  switch (section.id) {
    case 'title':
      return titleMarkdown(section, text);
    case 'description':
      return [md(section.text)];
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return [`## ${title}`, '', md(section.text)];
    case 'howToFix':
      return [`## ${title}`, '', ...section.steps.map((step, index) => `${index + 1}. ${md(step)}`)];
    case 'q850':
      return [`## ${title}`, '', ...section.lines.map((line) => `- ${md(line)}.`)];
    case 'related':
      return [
        `## ${title}`,
        '',
        ...section.items.map((item) => `- **${md(item.label)}**${item.note ? `: ${md(item.note)}` : ''}`),
      ];
  }
}

/** The card in `text`'s language: its headings from `text`, the Q.850 lines from the catalog. */
export function entryMarkdown(entry: CatalogEntry, text: CardText = cardText()): string {
  const blocks = codeCard(entry, text.language).sections.map((section) => sectionMarkdown(section, text).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
