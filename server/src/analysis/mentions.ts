/**
 * Finds log mentions of SIP response codes (kind `mention`) with one pass of one joined
 * regular expression built from MENTION_PATTERNS.
 */
import { CODE, MENTION_PATTERNS, type MentionPattern } from './mentionPatterns';
import { lineEndWithin, lineStartOf, trimBlanksEnd } from './chars';
import type { FoundCode } from './found';

interface CompiledEntry {
  readonly entry: MentionPattern;
  readonly codeGroup: number;
  /** 0 when the entry has no phrase group. */
  readonly phraseGroup: number;
  readonly exact?: RegExp;
}

function capturingGroups(source: string): number {
  return (new RegExp(`${source}|`).exec('') ?? []).length - 1;
}

function compile(): { regex: RegExp; entries: CompiledEntry[] } {
  const entries: CompiledEntry[] = [];
  const sources: string[] = [];
  let group = 1;
  for (const entry of MENTION_PATTERNS) {
    const source = entry.pattern.replace('(CODE)', CODE);
    const groups = capturingGroups(source);
    const exact = entry.caseSensitive ? new RegExp(source) : undefined;
    entries.push({ entry, codeGroup: group, phraseGroup: groups > 1 ? group + 1 : 0, ...(exact ? { exact } : {}) });
    sources.push(source);
    group += groups;
  }
  return { regex: new RegExp(sources.join('|'), 'gid'), entries };
}

const COMPILED = compile();
/** How much of a line the HTTP guard reads on each side of a match. */
const GUARD_REACH = 512;
const MENTIONS_HTTP = /http/i;

export function findMentions(text: string, out: FoundCode[]): void {
  const regex = COMPILED.regex;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const found = toFound(text, match);
    if (found) out.push(found);
  }
}

function toFound(text: string, match: RegExpExecArray): FoundCode | undefined {
  const compiled = COMPILED.entries.find((candidate) => match[candidate.codeGroup] !== undefined);
  const span = compiled && match.indices?.[compiled.codeGroup];
  if (!compiled || !span) return undefined;
  if (compiled.exact && !compiled.exact.test(match[0])) return undefined;
  if (compiled.entry.generic && lineMentionsHttp(text, match.index)) return undefined;
  const found: FoundCode = { offset: span[0], code: Number(match[compiled.codeGroup]), kind: 'mention' };
  const phrase = compiled.phraseGroup ? phraseOf(text, match.indices?.[compiled.phraseGroup]) : undefined;
  return phrase ? { ...found, phrase } : found;
}

function phraseOf(text: string, span: [number, number] | undefined): string | undefined {
  if (!span) return undefined;
  const end = trimBlanksEnd(text, span[0], span[1]);
  return end > span[0] ? text.slice(span[0], end) : undefined;
}

/** Generic wording (`response code 404`) also appears in HTTP client logs: not SIP there. */
function lineMentionsHttp(text: string, at: number): boolean {
  const start = lineStartOf(text, at, Math.max(0, at - GUARD_REACH));
  const end = lineEndWithin(text, at, Math.min(text.length, at + GUARD_REACH));
  return MENTIONS_HTTP.test(text.slice(start, end));
}
