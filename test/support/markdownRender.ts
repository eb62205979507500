/**
 * Renders Markdown as a linkifying renderer would: markdown-it with `linkify` on, which turns
 * bare URLs, `www.` hosts and e-mail addresses in text into links (as GFM autolinks do in VS
 * Code's hover renderer). markdown-it is a dev dependency (also what @vscode/vsce renders with).
 */
interface MarkdownRenderer {
  render(source: string): string;
  renderInline(source: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- markdown-it ships no types here
const MarkdownIt = require('markdown-it') as new (options: { linkify: boolean; html: boolean }) => MarkdownRenderer;

const renderer = new MarkdownIt({ linkify: true, html: false });

/** The HTML of one paragraph's worth of inline Markdown. */
export function renderInlineMarkdown(source: string): string {
  return renderer.renderInline(source);
}

/** The HTML of a whole Markdown document (a hover card). */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** The targets of every link in rendered HTML. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/gu)].map((match) => match[1] ?? '');
}

/** The visible text of rendered HTML: tags dropped, the entities markdown-it writes decoded. */
export function visibleText(html: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };
  return html.replace(/<[^>]*>/gu, '').replace(/&(?:lt|gt|quot|amp);/gu, (entity) => entities[entity] ?? entity);
}
