/** A code card as plain text for terminals: `sip-lens explain 486` and each card of `sip-lens compare`. */
import type { CardSection, CodeCard } from './card';

/** The card's lines; `underline` draws the rule under the title ('=' for a page, '-' for a card in a page). */
export function cardText(card: CodeCard, underline = '='): string {
  return `${card.sections.map((section) => sectionText(section, underline)).join('\n\n')}\n`;
}

function sectionText(section: CardSection, underline: string): string {
  switch (section.id) {
    case 'title':
      return [
        section.heading,
        underline.repeat(section.heading.length),
        section.badges.map((badge) => badge.label).join(' · '),
        `${section.reference.label}: ${section.reference.url}`,
      ].join('\n');
    case 'description':
      return section.text;
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return `${section.title}: ${section.text}`;
    case 'howToFix':
      return [`${section.title}:`, ...section.steps.map((step, i) => `  ${i + 1}. ${step}`)].join('\n');
    case 'q850':
      return [`${section.title}:`, ...section.lines.map((line) => `  - ${line}.`)].join('\n');
    case 'related':
      return [`${section.title}:`, ...section.items.map((item) => `  ${item.label}: ${item.note}`)].join('\n');
  }
}
