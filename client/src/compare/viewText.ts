/**
 * The compare view's own words, in the user's language: its form, its ARIA names, its errors and
 * titles, and the "found in this document" marker. The card's section titles and badges and the
 * comparison's headings are the catalog's (`codeCard`, `comparisonHeadings`), so the page, the hover
 * and the CLI name a section alike. The webview script has no strings of its own: the extension
 * renders these into the page (text, attributes and, for the form's messages, `data-` attributes
 * the script reads). Pure: the translator comes in as a parameter.
 */
import type { Language } from '../../../catalog/src/language';
import { ENGLISH, type L10n } from '../translation';

export interface CompareViewText {
  /** The language of these words; the catalog's card and headings are asked for in it too. */
  readonly language: Language;
  /** The page's `lang` attribute (BCP 47). */
  readonly htmlLang: string;
  readonly foundInDocument: string;
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
    language: l10n.language,
    htmlLang: HTML_LANG[l10n.language],
    foundInDocument: l10n.t('Found in this document'),
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
