/**
 * The small Markdown subset the catalog's prose uses, rendered to HTML for the compare view:
 * `code` spans and **bold**. Everything else, including any other Markdown and any HTML, comes
 * out as escaped text. Pure string building, no `vscode` import, so the unit tests can feed it
 * hostile input. A general Markdown library would also accept raw HTML and links, which the
 * webview must never show from catalog text.
 */
import { escapeHtml } from './escape';

/**
 * A code span is a backtick pair on one line with at least one character inside; bold is a `**`
 * pair around text with no `*` or line break. Unpaired markers stay literal text, as in CommonMark.
 */
const INLINE = /`([^`\n]+)`|\*\*([^*\n]+)\*\*/gu;

const CODE_ONLY = /`([^`\n]+)`()/gu;

/** Catalog prose as HTML: escaped text, with `code` and **bold** turned into elements. */
export function inlineMarkdown(text: string): string {
  return render(text, INLINE);
}

function render(text: string, pattern: RegExp): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, code, bold] = match;
    html += escapeHtml(text.slice(last, match.index));
    // Bold may hold code spans (**`Require: 100rel`**), never more bold.
    html +=
      code !== undefined ? `<code>${escapeHtml(code)}</code>` : `<strong>${render(bold ?? '', CODE_ONLY)}</strong>`;
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}
