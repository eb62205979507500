/**
 * The card of one code as an ordered list of typed sections. The hover, the Explain document,
 * the compare view and the CLI all render this one model, so they show the same sections in the
 * same order with the same words; only the markup differs. A renderer that wants some sections
 * first (or in a second part) picks them by `id`. Every string is plain catalog text: renderers
 * escape it for their format.
 */
import { CARD_BADGES, CARD_TITLES } from './card-strings';
import type { Language } from './language';
import { hasQ850Mapping, q850Lines } from './q850-mapping';
import { Q850_WORDS } from './q850-strings';
import type { CatalogEntry, CodeClass } from './types';
import { say } from './words';

export interface CardReference {
  /** "RFC 3261 §21.4.24". */
  readonly label: string;
  readonly url: string;
}

export interface CardBadge {
  /** `class` is the code's class; the others flag an unusual code. */
  readonly kind: 'class' | 'unregistered' | 'deprecated';
  readonly label: string;
}

/** The code, its phrase, what kind of code it is and where it is defined. */
export interface TitleSection {
  readonly id: 'title';
  readonly code: number;
  /** Empty for a number the catalog only knows by class. */
  readonly phrase: string;
  /** "486 Busy Here", or "499" without a phrase. */
  readonly heading: string;
  readonly codeClass: CodeClass;
  readonly badges: readonly CardBadge[];
  readonly reference: CardReference;
}

/**
 * What the code means: the card's lead paragraph. Surfaces show it without a heading; `title` is
 * the reference page's name for it (描述), for a surface that wants one.
 */
export interface DescriptionSection {
  readonly id: 'description';
  readonly title: string;
  readonly text: string;
}

export interface TextSection {
  readonly id: 'whenItAppears' | 'retry' | 'deprecation' | 'stirShaken' | 'origin';
  readonly title: string;
  readonly text: string;
}

export interface StepsSection {
  readonly id: 'howToFix';
  readonly title: string;
  readonly steps: readonly string[];
}

/** RFC 3398 in both directions, one sentence (without its full stop) per direction. */
export interface Q850Section {
  readonly id: 'q850';
  readonly title: string;
  readonly lines: readonly string[];
}

export interface RelatedItem {
  readonly code: number;
  /** "600 Busy Everywhere". */
  readonly label: string;
  readonly note: string;
}

export interface RelatedSection {
  readonly id: 'related';
  readonly title: string;
  readonly items: readonly RelatedItem[];
}

export type CardSection = TitleSection | DescriptionSection | TextSection | StepsSection | Q850Section | RelatedSection;
export type CardSectionId = CardSection['id'];

export interface CodeCard {
  readonly code: number;
  /** Always starts with the title and the description; sections with nothing to say are left out. */
  readonly sections: readonly CardSection[];
}

/** "486 Busy Here", or just "499" for a number the catalog only knows by class. */
export function codeLabel(entry: CatalogEntry): string {
  return entry.reasonPhrase ? `${entry.code} ${entry.reasonPhrase}` : String(entry.code);
}

/**
 * The card of `entry` with its headings and badges in `language`. The entry's prose is already in
 * the language it was looked up in (`explain(code, language)`): pass the same language here.
 */
export function codeCard(entry: CatalogEntry, language: Language = 'en'): CodeCard {
  const title = (id: keyof (typeof CARD_TITLES)['en']) => say(CARD_TITLES, language, id);
  const sections: Array<CardSection | undefined> = [
    titleSection(entry, language),
    { id: 'description', title: title('description'), text: entry.description },
    textSection('whenItAppears', title('whenItAppears'), entry.whenItAppears),
    entry.howToFix.length > 0 ? { id: 'howToFix', title: title('howToFix'), steps: entry.howToFix } : undefined,
    textSection('retry', title('retry'), entry.retry),
    textSection('deprecation', title('deprecation'), entry.deprecation),
    textSection('stirShaken', title('stirShaken'), entry.stirShaken),
    textSection('origin', title('origin'), entry.origin),
    q850Section(entry, language),
    relatedSection(entry, title('related')),
  ];
  return { code: entry.code, sections: sections.filter((section): section is CardSection => section !== undefined) };
}

function titleSection(entry: CatalogEntry, language: Language): TitleSection {
  const classLabel = say(CARD_BADGES, language, 'class', { codeClass: entry.class, className: entry.className });
  const badges: CardBadge[] = [{ kind: 'class', label: classLabel }];
  if (!entry.registered) badges.push({ kind: 'unregistered', label: say(CARD_BADGES, language, 'unregistered') });
  if (entry.deprecation) badges.push({ kind: 'deprecated', label: say(CARD_BADGES, language, 'deprecated') });
  return {
    id: 'title',
    code: entry.code,
    phrase: entry.reasonPhrase,
    heading: codeLabel(entry),
    codeClass: entry.class,
    badges,
    // RFC numbers and § sections are written the same way in every language (the glossary keeps them).
    reference: { label: `RFC ${entry.rfc} §${entry.section}`, url: entry.rfcUrl },
  };
}

function textSection(id: TextSection['id'], title: string, text: string | undefined): TextSection | undefined {
  return text ? { id, title, text } : undefined;
}

function q850Section(entry: CatalogEntry, language: Language): Q850Section | undefined {
  if (!hasQ850Mapping(entry)) return undefined;
  return { id: 'q850', title: say(Q850_WORDS, language, 'sectionTitle'), lines: q850Lines(entry, language) };
}

function relatedSection(entry: CatalogEntry, title: string): RelatedSection | undefined {
  if (entry.related.length === 0) return undefined;
  const items = entry.related.map((r) => ({
    code: r.code,
    label: r.reasonPhrase ? `${r.code} ${r.reasonPhrase}` : String(r.code),
    note: r.note,
  }));
  return { id: 'related', title, items };
}
