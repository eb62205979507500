/**
 * The punctuation around a card's sections in terminal text (card-text.ts). The words (section
 * titles, badges) come from the card model; what differs here is Chinese typography: a full-width
 * colon after a title and a full-width full stop after a sentence.
 */
import { localised } from './l10n';

export const CARD_TEXT_STRINGS = localised(
  {
    /** "When it appears: …" */
    titledText: '{title}: {text}',
    /** A title above a list. */
    listTitle: '{title}:',
    /** The title section's reference line: "RFC 3261 §21.4.24: https://…". */
    reference: '{label}: {url}',
    /** One RFC 3398 mapping, a sentence without its full stop. */
    q850Line: '  - {line}.',
    /** One "often confused with" item: "600 Busy Everywhere: …". */
    relatedItem: '  {label}: {note}',
  },
  {
    titledText: '{title}：{text}',
    listTitle: '{title}：',
    reference: '{label}：{url}',
    q850Line: '  - {line}。',
    relatedItem: '  {label}：{note}',
  },
);
