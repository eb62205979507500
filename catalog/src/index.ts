/**
 * The SIP catalog: one source of truth for every response code, bundled into the
 * language server, the client and the CLI. Pure data and lookups; no editor imports.
 */
import type { Language } from './language';
import { CLASS_LEVEL_WORDS } from './class-level-strings';
import { FACTS } from './facts';
import { DEFAULT_LOCALE, LOCALES } from './locales';
import { isStatusCodeNumber } from './status-code';
import { say } from './words';
import type {
  CatalogEntry,
  CodeClass,
  CodeFacts,
  CodeProse,
  LocaleContent,
  PairNote,
  Q850Cause,
  RelatedCode,
} from './types';

export type * from './types';
export { isStatusCodeNumber, MAX_STATUS_CODE, MIN_STATUS_CODE, parseStatusCode } from './status-code';

const FACTS_BY_CODE = new Map<number, CodeFacts>(FACTS.map((facts) => [facts.code, facts]));
const ENTRY_CACHE = new Map<string, CatalogEntry>();

export function classOf(code: number): CodeClass {
  return `${Math.floor(code / 100)}xx` as CodeClass;
}

function locale(name: Language): LocaleContent {
  return LOCALES[name] ?? (LOCALES[DEFAULT_LOCALE] as LocaleContent);
}

export function className(codeClass: CodeClass, localeName = DEFAULT_LOCALE): string {
  return locale(localeName).classNames[codeClass] ?? locale(DEFAULT_LOCALE).classNames[codeClass] ?? codeClass;
}

/** rfc-editor.org link to a section of an RFC. */
export function rfcSectionUrl(rfc: number, section?: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`;
  return section ? `${base}#section-${section}` : base;
}

function proseFor(code: number, localeName: Language): CodeProse | undefined {
  return locale(localeName).codes[code] ?? locale(DEFAULT_LOCALE).codes[code];
}

function relatedCodes(facts: CodeFacts, prose: CodeProse): RelatedCode[] {
  return facts.related.map((code) => ({
    code,
    reasonPhrase: FACTS_BY_CODE.get(code)?.reasonPhrase ?? '',
    note: prose.related[code] ?? '',
  }));
}

function buildEntry(facts: CodeFacts, prose: CodeProse, localeName: Language): CatalogEntry {
  const codeClass = classOf(facts.code);
  const entry: CatalogEntry = {
    code: facts.code,
    reasonPhrase: facts.reasonPhrase,
    aliases: facts.aliases,
    class: codeClass,
    className: className(codeClass, localeName),
    registered: facts.registered,
    known: true,
    rfc: facts.rfc,
    section: facts.section,
    rfcUrl: rfcSectionUrl(facts.rfc, facts.section),
    description: prose.description,
    whenItAppears: prose.whenItAppears,
    howToFix: prose.howToFix,
    shortFix: prose.shortFix,
    retry: prose.retry,
    related: relatedCodes(facts, prose),
    sentBy: prose.sentBy,
    typicalMethods: prose.typicalMethods,
  };
  return withOptionalFacts(entry, facts, prose);
}

function withOptionalFacts(entry: CatalogEntry, facts: CodeFacts, prose: CodeProse): CatalogEntry {
  const extra: { -readonly [K in keyof CatalogEntry]?: CatalogEntry[K] } = {};
  if (facts.fromQ850 || facts.fromQ850When || facts.toQ850 !== undefined || facts.toQ850Rule) {
    extra.q850 = {
      fromCauses: facts.fromQ850 ?? [],
      ...(facts.fromQ850When ? { fromCausesWhen: facts.fromQ850When } : {}),
      ...(facts.toQ850 !== undefined ? { toCause: facts.toQ850 } : {}),
      ...(facts.toQ850Rule ? { toCauseRule: facts.toQ850Rule } : {}),
    };
  }
  if (prose.deprecation) extra.deprecation = prose.deprecation;
  if (prose.stirShaken) extra.stirShaken = prose.stirShaken;
  if (prose.origin) extra.origin = prose.origin;
  return { ...entry, ...extra };
}

/** The catalog entry for a code the catalog knows (registered or seen in logs), else undefined. */
export function getEntry(code: number, localeName = DEFAULT_LOCALE): CatalogEntry | undefined {
  const key = `${localeName}:${code}`;
  const cached = ENTRY_CACHE.get(key);
  if (cached) return cached;
  const facts = FACTS_BY_CODE.get(code);
  const prose = facts && proseFor(code, localeName);
  if (!facts || !prose) return undefined;
  const entry = buildEntry(facts, prose, localeName);
  ENTRY_CACHE.set(key, entry);
  return entry;
}

/**
 * The entry for any number in 100-699: the catalog's own entry when it has one, otherwise a
 * class-level answer built from the class's x00 code, as RFC 3261 §8.1.3.2 tells a UAC to
 * treat an unrecognised final response. Undefined outside 100-699.
 */
export function explain(code: number, localeName = DEFAULT_LOCALE): CatalogEntry | undefined {
  if (!isStatusCodeNumber(code)) return undefined;
  return getEntry(code, localeName) ?? classLevelEntry(code, localeName);
}

/**
 * The registered code a client treats an unrecognised `code` as (RFC 3261 §8.1.3.2): the x00
 * code of its class for a final response, but 183 Session Progress for a provisional one.
 */
export function unrecognisedTreatedAs(code: number): number {
  return classOf(code) === '1xx' ? 183 : Math.floor(code / 100) * 100;
}

function classLevelEntry(code: number, language: Language): CatalogEntry | undefined {
  const codeClass = classOf(code);
  const base = getEntry(unrecognisedTreatedAs(code), language);
  if (!base) return undefined;
  const treatAs = `${base.code} ${base.reasonPhrase}`;
  const words = (key: keyof (typeof CLASS_LEVEL_WORDS)['en'], values: Readonly<Record<string, string | number>> = {}) =>
    say(CLASS_LEVEL_WORDS, language, key, values);
  const rule = codeClass === '1xx' ? words('ruleProvisional') : words('ruleFinal', { treatAs });
  // Keep only what holds for any code of the class: the base code's Q.850 mapping, deprecation
  // or STIR role would be false claims about an unknown number.
  const { q850: _q850, deprecation: _deprecation, stirShaken: _stir, ...classWide } = base;
  return {
    ...classWide,
    code,
    reasonPhrase: '',
    aliases: [],
    registered: false,
    known: false,
    rfc: 3261,
    section: '8.1.3.2',
    rfcUrl: rfcSectionUrl(3261, '8.1.3.2'),
    description: words('description', { codeClass, className: className(codeClass, language), treatAs, code }),
    whenItAppears: words('whenItAppears', { rule }),
    howToFix: [words('findSender', { code }), words('lookUp'), words('handleAs', { treatAs })],
    shortFix: words('shortFix', { treatAs }),
    retry: words('retry', { treatAs, retry: base.retry }),
    related: [{ code: base.code, reasonPhrase: base.reasonPhrase, note: words('relatedNote', { code }) }],
    origin: words('origin'),
  };
}

/** Every code the catalog has an entry for, registered first, in numeric order. */
export function allEntries(localeName = DEFAULT_LOCALE): CatalogEntry[] {
  return FACTS.map((facts) => getEntry(facts.code, localeName)).filter((e): e is CatalogEntry => e !== undefined);
}

export function registeredCodes(): number[] {
  return FACTS.filter((facts) => facts.registered).map((facts) => facts.code);
}

export function isRegistered(code: number): boolean {
  return FACTS_BY_CODE.get(code)?.registered === true;
}

/** True when `phrase` is the registered phrase or an accepted alias (case- and space-insensitive). */
export function isKnownPhrase(code: number, phrase: string): boolean {
  const facts = FACTS_BY_CODE.get(code);
  if (!facts) return true;
  const wanted = normalisePhrase(phrase);
  return [facts.reasonPhrase, ...facts.aliases].some((known) => normalisePhrase(known) === wanted);
}

function normalisePhrase(phrase: string): string {
  return withoutTrailingDots(phrase)
    .replace(/[\s-]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const SPACE_OR_DOT = /[\s.]/u;

/**
 * `text` without its trailing dots and white space (ngrep shows a CR as a dot). A loop, not
 * `replace(/[\s.]+$/u, '')`: that expression is retried at every character of a run of blanks
 * inside a phrase, so a phrase of blanks costs time quadratic in its length.
 */
export function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE_OR_DOT.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The curated note on a confusable pair, in either order. */
export function pairNote(a: number, b: number, localeName = DEFAULT_LOCALE): string | undefined {
  const find = (pairs: readonly PairNote[]) =>
    pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.note;
  return find(locale(localeName).pairs) ?? find(locale(DEFAULT_LOCALE).pairs);
}

export function allPairNotes(localeName = DEFAULT_LOCALE): readonly PairNote[] {
  return locale(localeName).pairs;
}

export function q850Cause(cause: number, localeName = DEFAULT_LOCALE): Q850Cause | undefined {
  const find = (list: readonly Q850Cause[]) => list.find((c) => c.cause === cause);
  return find(locale(localeName).q850) ?? find(locale(DEFAULT_LOCALE).q850);
}

export function allQ850Causes(localeName = DEFAULT_LOCALE): readonly Q850Cause[] {
  return locale(localeName).q850;
}
