/** A code card as plain text for terminals: `sip-lens explain 486` and each card of `sip-lens compare`. */
import type { CardSection, CodeCard } from './card';
import { CARD_TEXT_STRINGS } from './card-text-strings';
import { displayWidth, fill } from './l10n';
import type { Language } from './language';

type Punctuation = (typeof CARD_TEXT_STRINGS)['en'];

/**
 * The card's lines; `underline` draws the rule under the title ('=' for a page, '-' for a card in
 * a page). `language` picks the punctuation; the card's words are already in its language.
 */
export function cardText(card: CodeCard, underline = '=', language: Language = 'en'): string {
  const p = CARD_TEXT_STRINGS[language];
  return `${card.sections.map((section) => sectionText(section, underline, p)).join('\n\n')}\n`;
}

/** A rule as wide as `text` shows in a terminal, where a Chinese character takes two cells. */
export function underlineFor(text: string, underline: string): string {
  return underline.repeat(displayWidth(text));
}

function sectionText(section: CardSection, underline: string, p: Punctuation): string {
  switch (section.id) {
    case 'title':
      return [
        section.heading,
        underlineFor(section.heading, underline),
        section.badges.map((badge) => badge.label).join(' · '),
        fill(p.reference, { label: section.reference.label, url: section.reference.url }),
      ].join('\n');
    case 'description':
      return section.text;
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return fill(p.titledText, { title: section.title, text: section.text });
    case 'howToFix':
      return [
        fill(p.listTitle, { title: section.title }),
        ...section.steps.map((step, i) => `  ${i + 1}. ${step}`),
      ].join('\n');
    case 'q850':
      return [
        fill(p.listTitle, { title: section.title }),
        ...section.lines.map((line) => fill(p.q850Line, { line })),
      ].join('\n');
    case 'related':
      return [
        fill(p.listTitle, { title: section.title }),
        ...section.items.map((item) => fill(p.relatedItem, { label: item.label, note: item.note })),
      ].join('\n');
  }
}
