/**
 * Every word of the compare view and of the Explain document that is not catalog prose, in the
 * user's language. The webview script has no strings of its own: the extension renders these into
 * the page (text, attributes and, for the form's messages, `data-` attributes the script reads).
 * Pure: the translator comes in as a parameter.
 */
import type { CardBadge, CardSectionId } from '../../../catalog/src/card';
import type { Language } from '../../../catalog/src/language';
import { ENGLISH, type L10n } from '../translation';

/** The card sections that carry a heading of their own (the title is the code, the description has ours). */
export type HeadedSectionId = Exclude<CardSectionId, 'title' | 'description'>;

/** The headings and badges of a code card, in the order of the reference page's sections. */
export interface CardText {
  /** The language of these words; the card's catalog text is asked for in it too. */
  readonly language: Language;
  readonly description: string;
  readonly learnMore: string;
  readonly sections: Readonly<Record<HeadedSectionId, string>>;
  /** The flags a badge can raise; the class badge is the catalog's class name. */
  readonly badges: Readonly<Record<Exclude<CardBadge['kind'], 'class'>, string>>;
  readonly foundInDocument: string;
}

export function cardText(l10n: L10n = ENGLISH): CardText {
  return {
    language: l10n.language,
    description: l10n.t('Description'),
    learnMore: l10n.t('Learn more'),
    sections: {
      whenItAppears: l10n.t('When it appears'),
      howToFix: l10n.t('How to fix'),
      retry: l10n.t('Retry'),
      deprecation: l10n.t('Deprecated'),
      stirShaken: l10n.t('STIR/SHAKEN'),
      origin: l10n.t('Origin'),
      q850: l10n.t('Q.850'),
      related: l10n.t('Often confused with'),
    },
    badges: { unregistered: l10n.t('Not IANA-registered'), deprecated: l10n.t('Deprecated') },
    foundInDocument: l10n.t('Found in this document'),
  };
}

/** The compare page's own words. */
export interface CompareViewText {
  /** The page's `lang` attribute (BCP 47). */
  readonly htmlLang: string;
  readonly card: CardText;
  readonly keyDifferences: string;
  readonly whenToUse: string;
  readonly sending: string;
  readonly reading: string;
  readonly bothCodes: string;
  readonly cannotCompare: string;
  readonly enterTwoCodes: string;
  readonly errorPageTitle: string;
  readonly codesToCompare: string;
  readonly firstCode: string;
  readonly secondCode: string;
  readonly swap: string;
  readonly swapLabel: string;
  readonly compare: string;
  readonly help: string;
  /** Shown by the script when an input is not a code. */
  readonly firstInvalid: string;
  readonly secondInvalid: string;
  pageTitle(a: number, b: number): string;
  /** A link's accessible name: "RFC 3261 section 21.4.24, opens in your browser". */
  rfcLinkLabel(reference: string): string;
}

const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', 'zh-cn': 'zh-CN' };

export function compareViewText(l10n: L10n = ENGLISH): CompareViewText {
  return {
    htmlLang: HTML_LANG[l10n.language],
    card: cardText(l10n),
    keyDifferences: l10n.t('Key differences'),
    whenToUse: l10n.t('When to use which'),
    sending: l10n.t('Sending or configuring a response'),
    reading: l10n.t('Reading a log'),
    bothCodes: l10n.t('Both codes in full'),
    cannotCompare: l10n.t('Cannot compare these codes'),
    enterTwoCodes: l10n.t('Enter two SIP status codes, three-digit numbers from 100 to 699, and choose Compare.'),
    errorPageTitle: l10n.t('SIP code comparison'),
    codesToCompare: l10n.t('Codes to compare'),
    firstCode: l10n.t('First code'),
    secondCode: l10n.t('Second code'),
    swap: l10n.t('Swap'),
    swapLabel: l10n.t('Swap the two codes'),
    compare: l10n.t('Compare'),
    help: l10n.t('Three digits from 100 to 699. Press Enter to compare.'),
    firstInvalid: l10n.t('The first code must be three digits from 100 to 699.'),
    secondInvalid: l10n.t('The second code must be three digits from 100 to 699.'),
    pageTitle: (a, b) => panelTitle(a, b, l10n),
    rfcLinkLabel: (reference) => rfcLinkLabel(reference, l10n),
  };
}

/** The panel's tab title, "SIP 486 vs 600". */
export function panelTitle(a: number, b: number, l10n: L10n = ENGLISH): string {
  return l10n.t('SIP {0} vs {1}', a, b);
}

function rfcLinkLabel(reference: string, l10n: L10n): string {
  // "RFC 3261 §21.4.24": a screen reader reads the section sign badly, so the words replace it.
  const match = /^(.+?)\s*§(\S+)$/u.exec(reference);
  if (!match) return l10n.t('{0}, opens in your browser', reference);
  return l10n.t('{0} section {1}, opens in your browser', match[1] ?? '', match[2] ?? '');
}
