/**
 * Markdown helpers for hover cards. Anything that came from a log (reason phrases, Call-IDs,
 * methods, URIs) is untrusted: it goes through `escapeMarkdown`, which puts it in an inline code
 * span. Code spans are the one place where neither VS Code's hover renderer (marked, with GFM
 * autolinks) nor markdown-it's linkify makes links, HTML, images or emphasis: a reason phrase
 * like `Call http://localhost:8080/api?delete=1 now` reads as text and cannot be clicked.
 * Escaping punctuation instead does not hold: `http://localhost:8080` has no dot to escape, and
 * a linkifier that runs on the unescaped text links it anyway.
 */
import { replaceUnsafeControls } from './untrustedText';

/**
 * `text` as a Markdown inline code span that renders it verbatim, on one line, filtered by
 * `replaceUnsafeControls`. The fence is one backtick longer than the longest run of backticks
 * inside, so the text cannot close it (CommonMark §6.1); a space pads text that starts or ends
 * with a backtick or a space, and the renderer strips exactly that space again.
 */
export function escapeMarkdown(text: string): string {
  const content = replaceUnsafeControls(text.replace(/[\r\n]+/gu, ' '));
  if (content.length === 0) return '';
  let longest = 0;
  for (const run of content.match(/`+/gu) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/u.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Shortens untrusted text before escaping, so one hostile header cannot flood a hover. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A link that runs one of our own commands; the client allows only these in hovers. */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
