/**
 * The "key differences" list of a comparison. Each line compares one aspect of the two
 * entries, saying "both" when they agree, so the same code twice still reads sensibly.
 * Lines that do not apply (no STIR/SHAKEN role, no Q.850 mapping) are left out; the class,
 * retry, sender, method and registration lines always apply, so the list never has fewer than 5.
 * The words are in compare-differences-strings.ts; the entries must be in `language` already.
 */
import type { Language } from './language';
import { unrecognisedTreatedAs } from './index';
import { CLASS_SCOPE, DIFFERENCE_WORDS, SENDER_NAMES } from './compare-differences-strings';
import { causesToCodeWords, hasQ850Mapping, sipToCause, sipToCauseWords } from './q850-mapping';
import type { CatalogEntry } from './types';
import { joinOr, joinSentences, say, sentence } from './words';

type Line = string | undefined;
type Key = keyof (typeof DIFFERENCE_WORDS)['en'];

export function keyDifferences(
  a: CatalogEntry,
  b: CatalogEntry,
  note: string | undefined,
  language: Language = 'en',
): string[] {
  const lines: Line[] = [
    note,
    a.code === b.code ? words(language, 'sameCode', { a: a.code, b: b.code }) : undefined,
    classLine(a, b, language),
    retryLine(a, b, language),
    sentByLine(a, b, language),
    methodsLine(a, b, language),
    registrationLine(a, b, language),
    stirShakenLine(a, b, language),
    q850Line(a, b, language),
    deprecationLine(a, b, language),
  ];
  return lines.filter((line): line is string => line !== undefined && line.trim() !== '');
}

function words(language: Language, key: Key, values: Readonly<Record<string, string | number>> = {}): string {
  return say(DIFFERENCE_WORDS, language, key, values);
}

function classLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  const meaning = (e: CatalogEntry) =>
    words(language, 'classMeaning', {
      codeClass: e.class,
      className: e.className,
      scope: CLASS_SCOPE[language][e.class],
    });
  if (a.code === b.code) return words(language, 'classOne', { code: a.code, meaning: meaning(a) });
  if (a.class === b.class) return words(language, 'classBoth', { meaning: meaning(a) });
  return words(language, 'classEach', { a: a.code, meaningA: meaning(a), b: b.code, meaningB: meaning(b) });
}

function retryLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  const retry = (e: CatalogEntry) => sentence(e.retry, language);
  if (a.retry === b.retry) {
    return a.code === b.code
      ? words(language, 'retryOne', { code: a.code, retry: retry(a) })
      : words(language, 'retryBoth', { retry: retry(a) });
  }
  return words(language, 'retryEach', { a: a.code, retryA: retry(a), b: b.code, retryB: retry(b) });
}

/** "UAS or B2BUA" ("UAS 或 B2BUA"); "any SIP element" when the catalog names none. */
export function senders(entry: CatalogEntry, language: Language = 'en'): string {
  const names = SENDER_NAMES[language] as Readonly<Record<string, string>>;
  return (
    joinOr(
      entry.sentBy.map((sender) => names[sender] ?? sender),
      language,
    ) || words(language, 'anySender')
  );
}

function sentByLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  const [fromA, fromB] = [senders(a, language), senders(b, language)];
  if (a.code === b.code) return words(language, 'sentByOne', { code: a.code, senders: fromA });
  if (fromA === fromB) return words(language, 'sentByBoth', { senders: fromA });
  return words(language, 'sentByEach', { a: a.code, sendersA: fromA, b: b.code, sendersB: fromB });
}

function methodsLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  const methods = (e: CatalogEntry) =>
    e.typicalMethods.length > 0 ? e.typicalMethods.join(language === 'en' ? ', ' : '、') : words(language, 'anyMethod');
  if (a.code === b.code) return words(language, 'methodsOne', { code: a.code, methods: methods(a) });
  if (methods(a) === methods(b)) return words(language, 'methodsBoth', { methods: methods(a) });
  return words(language, 'methodsEach', { a: a.code, methodsA: methods(a), b: b.code, methodsB: methods(b) });
}

function registrationLine(a: CatalogEntry, b: CatalogEntry, language: Language): string {
  if (a.registered && b.registered && a.code !== b.code) {
    return words(language, 'registrationBoth', { a: a.code, refA: definedIn(a), b: b.code, refB: definedIn(b) });
  }
  const details = (a.code === b.code ? [a] : [a, b]).map((e) => registration(e, language));
  return words(language, 'registration', { details: joinSentences(details, language) });
}

function definedIn(entry: CatalogEntry): string {
  return `RFC ${entry.rfc} §${entry.section}`;
}

function registration(entry: CatalogEntry, language: Language): string {
  if (entry.registered) return words(language, 'registered', { code: entry.code, ref: definedIn(entry) });
  if (!entry.known) {
    return words(language, 'unknown', { code: entry.code, treatAs: unrecognisedTreatedAs(entry.code) });
  }
  const notInRegistry = words(language, 'notInRegistry', { code: entry.code });
  return entry.origin ? joinSentences([notInRegistry, sentence(entry.origin, language)], language) : notInRegistry;
}

function stirShakenLine(a: CatalogEntry, b: CatalogEntry, language: Language): Line {
  if (!a.stirShaken && !b.stirShaken) return undefined;
  const role = (e: CatalogEntry) =>
    e.stirShaken
      ? withCode(e.code, sentence(e.stirShaken, language), language)
      : words(language, 'noStirShakenRole', { code: e.code });
  const roles = a.code === b.code ? [role(a)] : [role(a), role(b)];
  return words(language, 'stirShaken', { roles: joinSentences(roles, language) });
}

/** "438: text", unless the text already starts with the code. */
function withCode(code: number, text: string, language: Language): string {
  return text.startsWith(String(code)) ? text : words(language, 'stirShakenRole', { code, text });
}

/** Shown whenever either code has an RFC 3398 mapping, the table's default cause included. */
function q850Line(a: CatalogEntry, b: CatalogEntry, language: Language): Line {
  if (!hasQ850Mapping(a) && !hasQ850Mapping(b)) return undefined;
  const mappings = (a.code === b.code ? [a] : [a, b]).map((e) => q850Mapping(e, language));
  const causeA = hasQ850Mapping(a) ? sipToCause(a) : undefined;
  const lost = a.code !== b.code && causeA !== undefined && hasQ850Mapping(b) && causeA === sipToCause(b);
  const warning = lost ? words(language, 'q850Lost', { cause: causeA }) : '';
  return words(language, 'q850', { mappings: joinSentences(mappings, language), warning });
}

function q850Mapping(entry: CatalogEntry, language: Language): string {
  const from = hasQ850Mapping(entry) ? causesToCodeWords(entry, language) : undefined;
  return words(language, 'q850Mapping', {
    code: entry.code,
    words: sipToCauseWords(entry, language),
    from: from ? words(language, 'q850From', { words: from }) : '',
  });
}

function deprecationLine(a: CatalogEntry, b: CatalogEntry, language: Language): Line {
  const notes = (a.code === b.code ? [a] : [a, b])
    .filter((e) => e.deprecation)
    .map((e) => words(language, 'deprecated', { code: e.code, text: sentence(e.deprecation ?? '', language) }));
  return notes.length > 0 ? words(language, 'deprecation', { notes: joinSentences(notes, language) }) : undefined;
}
