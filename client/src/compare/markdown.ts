/**
 * The catalog card of one code as Markdown, for `sipLens.explainCode` (shown in the Markdown
 * preview). Every word is the catalog's, its titles and badges included: the document has none of
 * its own. Pure: no `vscode` import.
 */
import { CARD_PUNCTUATION } from '../../../catalog/src/card-strings';
import { codeCard, type CardSection, type TitleSection } from '../../../catalog/src/card';
import type { Language } from '../../../catalog/src/language';
import type { CatalogEntry } from '../../../catalog/src/types';
import { sentence } from '../../../catalog/src/words';

/** Keeps catalog text literal in Markdown: `<` would otherwise start an HTML tag the preview strips. */
function md(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
}

function titleMarkdown(title: TitleSection): string[] {
  const [classBadge, ...flags] = title.badges.map((badge) => md(badge.label));
  const facts = [`**${classBadge ?? ''}**`, ...flags, `[${md(title.reference.label)}](${title.reference.url})`];
  return [`# ${md(title.heading)}`, '', facts.join(' · ')];
}

function sectionMarkdown(section: CardSection, language: Language): string[] {
  switch (section.id) {
    case 'title':
      return titleMarkdown(section);
    // The lead paragraph goes without a heading, as in the hover.
    case 'description':
      return [md(section.text)];
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return [`## ${md(section.title)}`, '', md(section.text)];
    case 'howToFix':
      return [`## ${md(section.title)}`, '', ...section.steps.map((step, index) => `${index + 1}. ${md(step)}`)];
    case 'q850':
      return [`## ${md(section.title)}`, '', ...section.lines.map((line) => `- ${md(sentence(line, language))}`)];
    case 'related':
      return [
        `## ${md(section.title)}`,
        '',
        ...section.items.map(
          (item) =>
            `- **${md(item.label)}**${item.note ? `${CARD_PUNCTUATION[language].noteSeparator}${md(item.note)}` : ''}`,
        ),
      ];
  }
}

/** The card in `language`, the language `entry` was looked up in (`explain(code, language)`). */
export function entryMarkdown(entry: CatalogEntry, language: Language = 'en'): string {
  const blocks = codeCard(entry, language).sections.map((section) => sectionMarkdown(section, language).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
