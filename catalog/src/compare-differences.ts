/**
 * The "key differences" list of a comparison. Each line compares one aspect of the two
 * entries, saying "both" when they agree, so the same code twice still reads sensibly.
 * Lines that do not apply (no STIR/SHAKEN role, no Q.850 mapping) are left out; the class,
 * retry, sender, method and registration lines always apply, so the list never has fewer than 5.
 */
import type { Language } from './language';
import { unrecognisedTreatedAs } from './index';
import { causesToCodeWords, hasQ850Mapping, sipToCause, sipToCauseWords } from './q850-mapping';
import type { CatalogEntry, CodeClass } from './types';
import { joinOr, sentence } from './words';

/** What a response of each class says about scope (RFC 3261 §21.1-21.6, §16.7 step 5). */
const CLASS_SCOPE: Readonly<Record<CodeClass, string>> = {
  '1xx': 'the request is still being processed and a final response is still to come',
  '2xx': 'the request succeeded',
  '3xx':
    'the caller should try elsewhere: at the address(es) given in Contact, or, for 380, through the alternative services described in the body',
  '4xx':
    'a definite failure at this server for this request: it should not be resent unchanged, but a corrected request or the same request to another server may succeed',
  '5xx': 'the server itself failed: the request may be valid, and another server may handle it',
  '6xx':
    'the server has definitive information about the user, not just this device: do not try elsewhere, and a forking proxy should cancel its other branches',
};

type Line = string | undefined;

export function keyDifferences(
  a: CatalogEntry,
  b: CatalogEntry,
  note: string | undefined,
  locale?: Language,
): string[] {
  const lines: Line[] = [
    note,
    a.code === b.code ? `${a.code} and ${b.code} are the same code: nothing differs between the two sides.` : undefined,
    classLine(a, b),
    retryLine(a, b),
    sentByLine(a, b),
    methodsLine(a, b),
    registrationLine(a, b),
    stirShakenLine(a, b),
    q850Line(a, b, locale),
    deprecationLine(a, b),
  ];
  return lines.filter((line): line is string => line !== undefined && line.trim() !== '');
}

function classLine(a: CatalogEntry, b: CatalogEntry): string {
  const meaning = (e: CatalogEntry) => `${e.class} ${e.className}, meaning ${CLASS_SCOPE[e.class]}`;
  if (a.code === b.code) return `Class and scope: ${a.code} is ${meaning(a)}.`;
  if (a.class === b.class) return `Class and scope: both are ${meaning(a)}.`;
  return `Class and scope: ${a.code} is ${meaning(a)}. ${b.code} is ${meaning(b)}.`;
}

function retryLine(a: CatalogEntry, b: CatalogEntry): string {
  if (a.retry === b.retry) return `Retry after ${a.code === b.code ? a.code : 'either'}: ${sentence(a.retry)}`;
  return `Retry after ${a.code}: ${sentence(a.retry)} After ${b.code}: ${sentence(b.retry)}`;
}

/** "UAS or B2BUA"; "any SIP element" when the catalog names none. */
export function senders(entry: CatalogEntry): string {
  return joinOr(entry.sentBy) || 'any SIP element';
}

function sentByLine(a: CatalogEntry, b: CatalogEntry): string {
  if (a.code === b.code) return `Who sends it: ${a.code} usually comes from ${senders(a)}.`;
  if (senders(a) === senders(b)) return `Who sends it: both usually come from ${senders(a)}.`;
  return `Who sends it: ${a.code} usually comes from ${senders(a)}; ${b.code} from ${senders(b)}.`;
}

function methodsLine(a: CatalogEntry, b: CatalogEntry): string {
  const methods = (e: CatalogEntry) => (e.typicalMethods.length > 0 ? e.typicalMethods.join(', ') : 'any method');
  if (a.code === b.code) return `Typical methods: ${a.code} answers ${methods(a)}.`;
  if (methods(a) === methods(b)) return `Typical methods: both answer ${methods(a)}.`;
  return `Typical methods: ${a.code} answers ${methods(a)}; ${b.code} answers ${methods(b)}.`;
}

function registrationLine(a: CatalogEntry, b: CatalogEntry): string {
  if (a.registered && b.registered && a.code !== b.code) {
    return `Registration: both are registered with IANA; ${a.code} is defined in ${definedIn(a)}, ${b.code} in ${definedIn(b)}.`;
  }
  return `Registration: ${registration(a)} ${a.code === b.code ? '' : registration(b)}`.trim();
}

function definedIn(entry: CatalogEntry): string {
  return `RFC ${entry.rfc} §${entry.section}`;
}

function registration(entry: CatalogEntry): string {
  if (entry.registered) return `${entry.code} is registered with IANA, defined in ${definedIn(entry)}.`;
  if (!entry.known)
    return `${entry.code} is not registered and the catalog does not know it; RFC 3261 §8.1.3.2 says to treat it as ${unrecognisedTreatedAs(entry.code)}.`;
  const origin = entry.origin ? ` ${sentence(entry.origin)}` : '';
  return `${entry.code} is not in the IANA registry.${origin}`;
}

function stirShakenLine(a: CatalogEntry, b: CatalogEntry): Line {
  if (!a.stirShaken && !b.stirShaken) return undefined;
  const role = (e: CatalogEntry) =>
    e.stirShaken ? withCode(e.code, sentence(e.stirShaken)) : `${e.code} has no STIR/SHAKEN role.`;
  return a.code === b.code ? `STIR/SHAKEN: ${role(a)}` : `STIR/SHAKEN: ${role(a)} ${role(b)}`;
}

/** "438: text", unless the text already starts with the code. */
function withCode(code: number, text: string): string {
  return text.startsWith(String(code)) ? text : `${code}: ${text}`;
}

/** Shown whenever either code has an RFC 3398 mapping, the table's default cause included. */
function q850Line(a: CatalogEntry, b: CatalogEntry, locale?: Language): Line {
  if (!hasQ850Mapping(a) && !hasQ850Mapping(b)) return undefined;
  const describe = (e: CatalogEntry) => q850Mapping(e, locale);
  const body = a.code === b.code ? describe(a) : `${describe(a)} ${describe(b)}`;
  const causeA = hasQ850Mapping(a) ? sipToCause(a) : undefined;
  const lost = a.code !== b.code && causeA !== undefined && hasQ850Mapping(b) && causeA === sipToCause(b);
  const warning = lost
    ? ` Both become cause ${causeA}, so the difference is lost when the call crosses into ISUP or ISDN.`
    : '';
  return `Q.850 mapping (RFC 3398): ${body}${warning}`;
}

function q850Mapping(entry: CatalogEntry, locale?: Language): string {
  const from = hasQ850Mapping(entry) ? causesToCodeWords(entry) : undefined;
  return `${entry.code} ${sipToCauseWords(entry, locale)}${from ? `; ${from}` : ''}.`;
}

function deprecationLine(a: CatalogEntry, b: CatalogEntry): Line {
  const notes = (a.code === b.code ? [a] : [a, b])
    .filter((e) => e.deprecation)
    .map((e) => `${e.code} is deprecated: ${sentence(e.deprecation ?? '')}`);
  return notes.length > 0 ? `Deprecation: ${notes.join(' ')}` : undefined;
}
