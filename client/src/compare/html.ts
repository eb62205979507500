/**
 * The HTML of the compare view. Pure string building, no `vscode` import, so unit tests can
 * check the CSP and the escaping. Every catalog string and code goes through `escapeHtml`, or,
 * for prose, through `inlineMarkdown`, which escapes everything but `code` and **bold**;
 * the only script is the bundled file loaded with the nonce, and there are no inline styles
 * or event handlers, so the CSP can stay at `default-src 'none'`.
 */
import { CARD_PUNCTUATION } from '../../../catalog/src/card-strings';
import {
  codeCard,
  type CardBadge,
  type CardReference,
  type CardSection,
  type TitleSection,
} from '../../../catalog/src/card';
import { comparisonHeadings, type Comparison } from '../../../catalog/src/compare';
import type { CatalogEntry } from '../../../catalog/src/types';
import { sentence } from '../../../catalog/src/words';
import { escapeHtml } from './escape';
import { webviewHead } from '../webviewHead';
import { inlineMarkdown } from './inlineMarkdown';
import { isRfcEditorUrl } from './messages';
import { compareViewText, type CompareViewText } from './viewText';

export interface HtmlOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce per render. */
  readonly nonce: string;
  /** `webview.asWebviewUri(...)` of client/media/dist/compare.js, as a string. */
  readonly scriptUri: string;
  /** `webview.asWebviewUri(...)` of client/media/compare.css, as a string. */
  readonly styleUri: string;
  /** Codes found in the document the user compared from; they get a "found in this document" marker. */
  readonly codesInDocument: readonly number[];
  /**
   * The page's own words in the user's language (viewText.ts); the script has none of its own.
   * The card's titles and the comparison's headings come from the catalog, in `text.language`.
   */
  readonly text: CompareViewText;
}

export interface ErrorHtmlOptions extends HtmlOptions {
  /** What the user typed, put back into the inputs so it can be corrected. */
  readonly inputs?: { readonly a: string; readonly b: string };
}

export { escapeHtml };

export function renderComparisonHtml(model: Comparison, opts: HtmlOptions): string {
  const text = opts.text;
  const headings = comparisonHeadings(text.language);
  const body = `
<header class="page-header">
  <h1 id="title">${escapeHtml(model.title)}</h1>
  <p id="summary" class="summary" aria-live="polite">${inlineMarkdown(model.summary)}</p>
  ${controls(String(model.a.code), String(model.b.code), opts)}
</header>
<main>
  <section class="differences" aria-labelledby="differences-heading">
    <h2 id="differences-heading">${escapeHtml(headings.keyDifferences)}</h2>
    ${list('ol', model.keyDifferences)}
  </section>
  <section class="when-to-use" aria-labelledby="when-heading">
    <h2 id="when-heading">${escapeHtml(headings.whenToUse)}</h2>
    <h3>${escapeHtml(headings.sending)}</h3>
    ${list('ul', model.whenToUse.sending)}
    <h3>${escapeHtml(headings.reading)}</h3>
    ${list('ul', model.whenToUse.reading)}
  </section>
  <section class="columns" aria-label="${escapeHtml(text.bothCodes)}">
    ${cardHtml(model.a, 'a', opts.codesInDocument, text)}
    ${cardHtml(model.b, 'b', opts.codesInDocument, text)}
  </section>
</main>`;
  const state = { a: String(model.a.code), b: String(model.b.code) };
  return page(text.pageTitle(model.a.code, model.b.code), body, state, opts);
}

/** Short items as an HTML list; each item is catalog prose. */
function list(tag: 'ol' | 'ul', items: readonly string[]): string {
  return `<${tag}>${items.map((item) => `<li>${inlineMarkdown(item)}</li>`).join('')}</${tag}>`;
}

export function renderErrorHtml(message: string, opts: ErrorHtmlOptions): string {
  const inputs = opts.inputs ?? { a: '', b: '' };
  const body = `
<header class="page-header">
  <h1 id="title">${escapeHtml(opts.text.cannotCompare)}</h1>
  <p id="summary" class="summary error-message" role="alert" aria-live="assertive">${escapeHtml(message)}</p>
  ${controls(inputs.a, inputs.b, opts)}
</header>
<main>
  <p>${escapeHtml(opts.text.enterTwoCodes)}</p>
</main>`;
  return page(opts.text.errorPageTitle, body, inputs, opts);
}

function page(title: string, body: string, state: { a: string; b: string }, opts: HtmlOptions): string {
  const head = webviewHead({ ...opts, htmlLang: opts.text.htmlLang, title });
  return `${head}
<body data-a="${escapeHtml(state.a)}" data-b="${escapeHtml(state.b)}" data-document-codes="${escapeHtml(opts.codesInDocument.join(','))}">
${body}
  <script nonce="${escapeHtml(opts.nonce)}" src="${escapeHtml(opts.scriptUri)}"></script>
</body>
</html>`;
}

/** The form; its error messages ride in `data-` attributes for the script, which has no words of its own. */
function controls(a: string, b: string, opts: HtmlOptions): string {
  const text = opts.text;
  const options = opts.codesInDocument.map((code) => `<option value="${escapeHtml(code)}"></option>`).join('');
  return `<form id="compare-form" class="controls" aria-label="${escapeHtml(text.codesToCompare)}" data-first-invalid="${escapeHtml(text.firstInvalid)}" data-second-invalid="${escapeHtml(text.secondInvalid)}" novalidate>
    ${codeInput('code-a', text.firstCode, a)}
    <button type="button" id="swap" class="secondary" aria-label="${escapeHtml(text.swapLabel)}">${escapeHtml(text.swap)}</button>
    ${codeInput('code-b', text.secondCode, b)}
    <button type="submit" id="compare">${escapeHtml(text.compare)}</button>
    <p id="code-help" class="help">${escapeHtml(text.help)}</p>
    <p id="form-error" class="form-error" role="alert"></p>
    <datalist id="document-codes">${options}</datalist>
  </form>`;
}

function codeInput(id: string, label: string, value: string): string {
  return `<div class="field">
      <label for="${id}">${escapeHtml(label)}</label>
      <input id="${id}" name="${id}" type="text" inputmode="numeric" autocomplete="off" maxlength="3" pattern="[1-6][0-9]{2}" required list="document-codes" aria-describedby="code-help form-error" value="${escapeHtml(value.slice(0, 3))}">
    </div>`;
}

/**
 * One side's code card: the catalog's card sections, in their order and under their catalog titles,
 * as HTML. Unlike the hover, the page heads the lead paragraph too (the reference page's
 * Description), and puts Learn more before the RFC link.
 */
export function cardHtml(
  entry: CatalogEntry,
  side: 'a' | 'b',
  codesInDocument: readonly number[],
  text: CompareViewText = compareViewText(),
): string {
  const inDocument = codesInDocument.includes(entry.code);
  const sections = codeCard(entry, text.language).sections.map((section) =>
    sectionHtml(section, side, inDocument, text),
  );
  return `<section class="code-card" aria-labelledby="card-${side}-heading">
      ${sections.join('\n      ')}
    </section>`;
}

function sectionHtml(section: CardSection, side: 'a' | 'b', inDocument: boolean, text: CompareViewText): string {
  switch (section.id) {
    case 'title':
      return titleHtml(section, side, inDocument, text);
    case 'description':
      return `${heading(section)}<p class="description">${inlineMarkdown(section.text)}</p>`;
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return `${heading(section)}<p>${inlineMarkdown(section.text)}</p>`;
    case 'howToFix':
      return `${heading(section)}<ol class="fix-steps">${section.steps.map((step) => `<li>${inlineMarkdown(step)}</li>`).join('')}</ol>`;
    case 'q850':
      return `${heading(section)}<ul class="card-list">${section.lines.map((line) => `<li>${inlineMarkdown(sentence(line, text.language))}</li>`).join('')}</ul>`;
    case 'related':
      return `${heading(section)}<ul class="card-list">${section.items.map((item) => `<li><strong>${escapeHtml(item.label)}</strong>${escapeHtml(CARD_PUNCTUATION[text.language].noteSeparator)}${inlineMarkdown(item.note)}</li>`).join('')}</ul>`;
  }
}

function heading(section: Exclude<CardSection, TitleSection>): string {
  return `<h3>${escapeHtml(section.title)}</h3>`;
}

function titleHtml(title: TitleSection, side: 'a' | 'b', inDocument: boolean, text: CompareViewText): string {
  const phrase = title.phrase ? ` <span class="phrase">${escapeHtml(title.phrase)}</span>` : '';
  const badges = title.badges.map((badge) => badgeHtml(badge, title));
  if (inDocument) badges.push(`<span class="badge in-document">${escapeHtml(text.foundInDocument)}</span>`);
  const learnMore = `<span class="learn-more">${escapeHtml(comparisonHeadings(text.language).learnMore)}</span>`;
  return `<h2 id="card-${side}-heading"><span class="code-number">${escapeHtml(title.code)}</span>${phrase}</h2>
      <p class="badges">${badges.join(' ')}</p>
      <p class="reference">${learnMore} ${rfcLink(title.reference, text)}</p>`;
}

function badgeHtml(badge: CardBadge, title: TitleSection): string {
  const kind = badge.kind === 'class' ? `class-${title.codeClass}` : badge.kind;
  return `<span class="badge ${escapeHtml(kind)}">${escapeHtml(badge.label)}</span>`;
}

/** A link the webview script turns into an `openRfc` message; non-rfc-editor URLs are shown as text. */
function rfcLink(reference: CardReference, text: CompareViewText): string {
  if (!isRfcEditorUrl(reference.url)) return escapeHtml(reference.label);
  const aria = text.rfcLinkLabel(reference.label);
  return `<a class="rfc-link" href="${escapeHtml(reference.url)}" aria-label="${escapeHtml(aria)}">${escapeHtml(reference.label)}</a>`;
}
