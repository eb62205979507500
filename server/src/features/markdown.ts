/**
 * Markdown helpers for hover cards. Anything that came from a log (reason phrases, Call-IDs,
 * methods, URIs) is untrusted: it goes through `escapeMarkdown`, so it renders as text and can
 * never become a link, an image, HTML or a command.
 */
import { replaceUnsafeControls } from './untrustedText';

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|~<>&"']/gu;
const HTML_ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkdown(text: string): string {
  return replaceUnsafeControls(text.replace(/[\r\n]+/gu, ' ')).replace(MARKDOWN_SPECIALS, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}

/** Shortens untrusted text before escaping, so one hostile header cannot flood a hover. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A link that runs one of our own commands; the client allows only these in hovers. */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
