/**
 * The card of one code as an ordered list of typed sections. The hover, the Explain document,
 * the compare view and the CLI all render this one model, so they show the same sections in the
 * same order with the same words; only the markup differs. A renderer that wants some sections
 * first (or in a second part) picks them by `id`. Every string is plain catalog text: renderers
 * escape it for their format.
 */
import type { Language } from './language';
import { causesToCodeWords, hasQ850Mapping, sipToCauseWords } from './q850-mapping';
import type { CatalogEntry, CodeClass } from './types';

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

/** What the code means: the card's lead paragraph, without a heading of its own. */
export interface DescriptionSection {
  readonly id: 'description';
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

export function codeCard(entry: CatalogEntry, locale?: Language): CodeCard {
  const sections: Array<CardSection | undefined> = [
    titleSection(entry),
    { id: 'description', text: entry.description },
    textSection('whenItAppears', 'When it appears', entry.whenItAppears),
    entry.howToFix.length > 0 ? { id: 'howToFix', title: 'How to fix', steps: entry.howToFix } : undefined,
    textSection('retry', 'Retry', entry.retry),
    textSection('deprecation', 'Deprecated', entry.deprecation),
    textSection('stirShaken', 'STIR/SHAKEN', entry.stirShaken),
    textSection('origin', 'Origin', entry.origin),
    q850Section(entry, locale),
    relatedSection(entry),
  ];
  return { code: entry.code, sections: sections.filter((section): section is CardSection => section !== undefined) };
}

function titleSection(entry: CatalogEntry): TitleSection {
  const badges: CardBadge[] = [{ kind: 'class', label: `${entry.class} ${entry.className}` }];
  if (!entry.registered) badges.push({ kind: 'unregistered', label: 'Not IANA-registered' });
  if (entry.deprecation) badges.push({ kind: 'deprecated', label: 'Deprecated' });
  return {
    id: 'title',
    code: entry.code,
    phrase: entry.reasonPhrase,
    heading: codeLabel(entry),
    codeClass: entry.class,
    badges,
    reference: { label: `RFC ${entry.rfc} §${entry.section}`, url: entry.rfcUrl },
  };
}

function textSection(id: TextSection['id'], title: string, text: string | undefined): TextSection | undefined {
  return text ? { id, title, text } : undefined;
}

function q850Section(entry: CatalogEntry, locale?: Language): Q850Section | undefined {
  if (!hasQ850Mapping(entry)) return undefined;
  const lines = [`RFC 3398 §8.2.6.1: ${entry.code} ${sipToCauseWords(entry, locale)}`];
  const from = causesToCodeWords(entry);
  if (from) lines.push(`§7.2.4.1: Q.850 ${from}`);
  return { id: 'q850', title: 'Q.850', lines };
}

function relatedSection(entry: CatalogEntry): RelatedSection | undefined {
  if (entry.related.length === 0) return undefined;
  const items = entry.related.map((r) => ({
    code: r.code,
    label: r.reasonPhrase ? `${r.code} ${r.reasonPhrase}` : String(r.code),
    note: r.note,
  }));
  return { id: 'related', title: 'Often confused with', items };
}
