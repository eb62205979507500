/**
 * Scans the text between messages (log lines, tshark output, headers printed without a start
 * line) with one joined regular expression: every MENTION_PATTERNS entry, plus `Reason:` at a
 * line start. Message interiors are left out: their status lines and Reason headers are read
 * by the message model, and a custom header such as `X-Status: 486` is not a log mention.
 */
import { CODE, MENTION_PATTERNS, type MentionPattern } from './mentionPatterns';
import { isOwnPhrase, isSharedWithHttp } from './mentionPhrases';
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

interface CompiledSet {
  readonly regex: RegExp;
  readonly entries: CompiledEntry[];
}

/** Joins `patterns` into one expression; with `reason`, group 1 is the Reason header alternative. */
function compile(patterns: readonly MentionPattern[], reason: boolean): CompiledSet {
  const entries: CompiledEntry[] = [];
  const sources = reason ? [REASON_ALTERNATIVE] : [];
  let group = reason ? 2 : 1;
  for (const entry of patterns) {
    const source = entry.pattern.replace('(CODE)', CODE);
    const groups = capturingGroups(source);
    const exact = entry.caseSensitive ? new RegExp(source) : undefined;
    entries.push({ entry, codeGroup: group, phraseGroup: groups > 1 ? group + 1 : 0, ...(exact ? { exact } : {}) });
    sources.push(source);
    group += groups;
  }
  return { regex: new RegExp(sources.join('|'), 'gid'), entries };
}

const COMPILED = compile(
  MENTION_PATTERNS.filter((entry) => !entry.ownPass),
  true,
);
/** Entries scanned in a second pass (see MentionPattern.ownPass). */
const SECOND_PASS = compile(
  MENTION_PATTERNS.filter((entry) => entry.ownPass),
  false,
);

/** The expressions this scanner runs over log text, for the test that checks each is linear. */
export function mentionExpressions(): RegExp[] {
  return [
    COMPILED.regex,
    SECOND_PASS.regex,
    MENTIONS_HTTP,
    NAMES_SIP,
    ...MENTION_PATTERNS.flatMap((entry) =>
      [entry.notAfter, entry.after, entry.namesSip].filter((r): r is RegExp => r !== undefined),
    ),
    ...[...COMPILED.entries, ...SECOND_PASS.entries].flatMap((compiled) => (compiled.exact ? [compiled.exact] : [])),
  ];
}
/** How far back an entry's `notAfter` and `after` read (`exited with `; a CSeq, blanks and a method). */
const BEFORE_REACH = 32;
/** How much of a line the HTTP guard reads on each side of a match. */
const GUARD_REACH = 512;
/**
 * HTTP, including the WebSocket handshake (`Unexpected response code: 403` after a `wss://` URL),
 * where generic wording and phrases (`404 Not Found`) name HTTP statuses.
 */
const MENTIONS_HTTP = /http|handshake|\bwss?:\/\//i;
/**
 * A SIP word on the line, which generic names (`status 480`, `code 603`) need: a method that is
 * not also an everyday word, `sip` on its own (`SIP`, `sip:` URIs, `sip_status`, but not a program
 * name such as `opensips` in a syslog prefix, which every line of that program carries), dialog
 * and transaction words, SIP's ports (`to 192.0.2.5:5060`), Kamailio's SIP modules (`sl
 * [sl.c:302]`), and stacks that do not say SIP in their names. A URL path (`/invite`) is not a
 * method.
 */
const NAMES_SIP =
  /(?<![a-z])sip(?![a-z])|(?<!\/)invite|:506[01](?![0-9])|\b(?:tm|sl|uac|dispatcher|registrar|usrloc) \[|regist(?:er|ration|rar)|\b(?:bye|prack|subscribe|dialog|branch|trunk|uac|uas|call[-_ ]?id|drachtio|sofia|nta|opal)\b/i;
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
  scanWith(COMPILED, gap, start, sink);
  scanWith(SECOND_PASS, gap, start, sink);
}

function scanWith(compiled: CompiledSet, gap: string, start: number, sink: GapSink): void {
  const regex = compiled.regex;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(gap)) !== null) {
    if (compiled === COMPILED && match[1] !== undefined) {
      if (startsLine(gap, match.index)) sink.reasonHeader(start + match.index + match[0].length);
      continue;
    }
    const found = toFound(compiled, gap, match, start);
    if (found) sink.mention(found);
    // A rejected match (`reply 403` on a line without a SIP word) may hide another that starts
    // inside it (`sending stateless reply 403 Forbidden`): look again from the next character.
    else regex.lastIndex = match.index + 1;
  }
}

function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

/** `base` is the gap's offset in the whole text. */
function toFound(set: CompiledSet, text: string, match: RegExpExecArray, base: number): FoundCode | undefined {
  const compiled = set.entries.find((candidate) => match[candidate.codeGroup] !== undefined);
  const span = compiled && match.indices?.[compiled.codeGroup];
  if (!compiled || !span) return undefined;
  if (compiled.exact && !compiled.exact.test(match[0])) return undefined;
  if (!precededAsRequired(compiled.entry, text, match.index)) return undefined;
  if (compiled.entry.generic && lineMatches(MENTIONS_HTTP, text, match.index)) return undefined;
  if (needsSipWord(compiled.entry, match[0]) && !lineMatches(NAMES_SIP, text, match.index)) return undefined;
  const code = Number(match[compiled.codeGroup]);
  const phrase = compiled.phraseGroup ? phraseOf(text, match.indices?.[compiled.phraseGroup]) : undefined;
  if (compiled.entry.ownPhrase && !(phrase && isOwnPhrase(code, phrase))) return undefined;
  if (compiled.entry.ownPhrase && isSharedWithHttp(code) && !lineMatches(NAMES_SIP, text, match.index))
    return undefined;
  return { offset: base + span[0], code, kind: 'mention', phrase };
}

function needsSipWord(entry: MentionPattern, matched: string): boolean {
  return entry.sipContext === true && !entry.namesSip?.test(matched);
}

/** The entry's `notAfter` and `after` checks on the few characters before the match. */
function precededAsRequired(entry: MentionPattern, text: string, at: number): boolean {
  if (!entry.notAfter && !entry.after) return true;
  const before = text.slice(Math.max(0, at - BEFORE_REACH), at);
  return !entry.notAfter?.test(before) && (entry.after?.test(before) ?? true);
}

function phraseOf(text: string, span: [number, number] | undefined): string | undefined {
  if (!span) return undefined;
  const end = trimBlanksEnd(text, span[0], span[1]);
  return end > span[0] ? ownedSlice(text, span[0], end) : undefined;
}

/**
 * Whether the line around `at` matches `guard`: generic wording (`response code 404`) also
 * appears in HTTP client logs, and is SIP only on a line that says so.
 */
function lineMatches(guard: RegExp, text: string, at: number): boolean {
  const start = lineStartOf(text, at, Math.max(0, at - GUARD_REACH));
  const end = lineEndWithin(text, at, Math.min(text.length, at + GUARD_REACH));
  return guard.test(text.slice(start, end));
}
