/**
 * Scans the text between messages (log lines, tshark output, headers printed without a start
 * line) with one joined regular expression: every MENTION_PATTERNS entry, plus `Reason:` at a
 * line start. Message interiors are left out: their status lines and Reason headers are read
 * by the message model, and a custom header such as `X-Status: 486` is not a log mention.
 */
import { CODE, MENTION_PATTERNS, type MentionPattern } from './mentionPatterns';
import { isBlank, isLineBreak, lineEndWithin, lineStartOf, trimBlanksEnd, ownedSlice } from './chars';
import type { FoundCode } from './found';

interface CompiledEntry {
  readonly entry: MentionPattern;
  readonly codeGroup: number;
  /** 0 when the entry has no phrase group. */
  readonly phraseGroup: number;
  readonly exact?: RegExp;
}

/** Group 1 is the Reason header alternative; mention groups follow. */
const REASON_ALTERNATIVE = '(reason[ \\t]*:)';

function capturingGroups(source: string): number {
  return (new RegExp(`${source}|`).exec('') ?? []).length - 1;
}

function compile(): { regex: RegExp; entries: CompiledEntry[] } {
  const entries: CompiledEntry[] = [];
  const sources = [REASON_ALTERNATIVE];
  let group = 2;
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

/** The expressions this scanner runs over log text, for the test that checks each is linear. */
export function mentionExpressions(): RegExp[] {
  return [
    COMPILED.regex,
    MENTIONS_HTTP,
    ...COMPILED.entries.flatMap((compiled) => (compiled.exact ? [compiled.exact] : [])),
  ];
}
/** How much of a line the HTTP guard reads on each side of a match. */
const GUARD_REACH = 512;
const MENTIONS_HTTP = /http/i;
/** No mention or header is shorter; tiny gaps (blank lines between messages) are skipped. */
const SHORTEST_FIND = 8;

export interface GapSink {
  /** `found.offset` is already an offset into the whole text. */
  mention(found: FoundCode): void;
  /** `valueStart` is the offset just past the colon of a `Reason:` that starts its line. */
  reasonHeader(valueStart: number): void;
}

/** Scans `[start, end)` of `text`; reported offsets are offsets into `text`. */
export function scanGap(text: string, start: number, end: number, sink: GapSink): void {
  if (end - start < SHORTEST_FIND) return;
  const gap = text.slice(start, end);
  const regex = COMPILED.regex;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(gap)) !== null) {
    if (match[1] !== undefined) {
      if (startsLine(gap, match.index)) sink.reasonHeader(start + match.index + match[0].length);
      continue;
    }
    const found = toFound(gap, match, start);
    if (found) sink.mention(found);
  }
}

function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

/** `base` is the gap's offset in the whole text. */
function toFound(text: string, match: RegExpExecArray, base: number): FoundCode | undefined {
  const compiled = COMPILED.entries.find((candidate) => match[candidate.codeGroup] !== undefined);
  const span = compiled && match.indices?.[compiled.codeGroup];
  if (!compiled || !span) return undefined;
  if (compiled.exact && !compiled.exact.test(match[0])) return undefined;
  if (compiled.entry.generic && lineMentionsHttp(text, match.index)) return undefined;
  const phrase = compiled.phraseGroup ? phraseOf(text, match.indices?.[compiled.phraseGroup]) : undefined;
  return { offset: base + span[0], code: Number(match[compiled.codeGroup]), kind: 'mention', phrase };
}

function phraseOf(text: string, span: [number, number] | undefined): string | undefined {
  if (!span) return undefined;
  const end = trimBlanksEnd(text, span[0], span[1]);
  return end > span[0] ? ownedSlice(text, span[0], end) : undefined;
}

/** Generic wording (`response code 404`) also appears in HTTP client logs: not SIP there. */
function lineMentionsHttp(text: string, at: number): boolean {
  const start = lineStartOf(text, at, Math.max(0, at - GUARD_REACH));
  const end = lineEndWithin(text, at, Math.min(text.length, at + GUARD_REACH));
  return MENTIONS_HTTP.test(text.slice(start, end));
}
