import {
  getEntry,
  isKnownPhrase,
  isRegistered,
  isStatusCodeNumber,
  unrecognisedTreatedAs,
} from '../../../catalog/src/index';
import { firstStartingAtOrAfter } from '../analysis/lookup';
import type { Occurrence, SipMessage } from '../analysis/types';
import type { CandidateSink, FindingDetails, RuleCheck } from './check';
import type { FlowIndex } from './flow-index';
import { occurrencesOfMessage } from './flow-index-scoped';
import { firstReport } from './reported';
import { judgeMention, SAME_FAILURE_REACH } from './reported-failure';
import type { Language } from '../../../catalog/src/language';
import { catalogShortFix, cleanPhrase, codeHref, codeLabel, entryFor, fitted, say } from './wording';

/** The remarks on a code itself (described in registry.ts). */
export type CodeRule = 'unregistered-code' | 'nonstandard-phrase';

/**
 * Remarks on the code itself rather than the call: an unregistered code (on every kind of
 * occurrence, status lines, Reason headers and log mentions alike) and a reason phrase that
 * differs from the registry's (status lines only: mentions and Reason headers are not
 * messages). Copies of one response (same Call-ID, CSeq and code) get one remark.
 *
 * One diagnostic per fact on one range: an unregistered code on a failed final response is said
 * by the failure's finding (final-response-rules.ts), which keeps its rule id, so it is not
 * reported here too, nor on a log line's failure report (reported-failure.ts); and a phrase remark
 * covers the phrase, not the code the failure covers.
 */
export const codeRemarks: RuleCheck<CodeRule> = {
  anchor: 'occurrence',
  // A mention's remark depends on whether it is a failure report, judged from its neighbours.
  reach: SAME_FAILURE_REACH,
  checkDocument(index, _analysis, sink) {
    const reported = new Set<string>();
    for (let i = 0; i < index.occurrences.length; i++) checkOccurrence(index, i, reported, sink);
  },
  checkCall(index, call, reported, sink) {
    // The call's messages are in text order: each search starts where the last message's occurrences ended.
    let from = 0;
    for (const message of call.messages) from = checkStatusLines(index, message, reported, sink, from);
  },
  checkRescanned(index, analysis, change, reported, sink) {
    const to = change.oldTo + change.delta;
    for (let i = firstStartingAtOrAfter(analysis.occurrences, change.from); i < analysis.occurrences.length; i++) {
      const occurrence = analysis.occurrences[i] as Occurrence;
      if (occurrence.offset >= to) break;
      if (occurrenceUnit(index, occurrence) === undefined) checkOccurrence(index, i, reported, sink);
    }
  },
  render: (index, rule, i, language) => renderCodeRemark(index, rule, i, language),
};

/**
 * One occurrence's remarks. A status line's depend on its message's call (copies are reported
 * once per call), so its unit is that Call-ID; any other occurrence stands alone.
 */
function checkOccurrence(index: FlowIndex, i: number, reported: Set<string>, sink: CandidateSink<CodeRule>): void {
  const occurrence = index.occurrences[i] as Occurrence;
  const { code, offset } = occurrence;
  const unit = occurrenceUnit(index, occurrence);
  if (
    !isRegistered(code) &&
    !endsInFailure(index, occurrence) &&
    !reportsFailure(index, i) &&
    isFirst(reported, index, occurrence, 'unregistered-code')
  ) {
    sink.add('unregistered-code', code, offset, 3, i, unit);
  }
  if (
    nonstandardPhrase(index, occurrence) !== undefined &&
    isFirst(reported, index, occurrence, 'nonstandard-phrase')
  ) {
    sink.add('nonstandard-phrase', code, offset + 4, phraseLength(index, occurrence), i, unit);
  }
}

/** A log line's failure report: reported-failure.ts says the unregistered code in its own finding. */
function reportsFailure(index: FlowIndex, i: number): boolean {
  return (index.occurrences[i] as Occurrence).kind === 'mention' && judgeMention(index, i) === 'reported-failure';
}

/** The status line of a 4xx-6xx response: the final-response rules report it, whatever the code. */
function endsInFailure(index: FlowIndex, occurrence: Occurrence): boolean {
  if (occurrence.kind !== 'status-line') return false;
  const message = index.messages[occurrence.messageIndex];
  const status = message?.statusCode;
  return message?.kind === 'response' && status !== undefined && status >= 400 && status <= 699;
}

/** The phrase as written after the code and its space, without trailing blanks (at least 1 character). */
function phraseLength(index: FlowIndex, occurrence: Occurrence): number {
  const written = occurrence.phrase ?? index.messages[occurrence.messageIndex]?.reasonPhrase ?? '';
  return Math.max(1, written.trimEnd().length);
}

/**
 * A message's own status lines (the ones whose remarks belong to its call), in text order. Returns
 * where its occurrences end, for the search of the call's next message to start from.
 */
function checkStatusLines(
  index: FlowIndex,
  messageIndex: number,
  reported: Set<string>,
  sink: CandidateSink<CodeRule>,
  from: number,
): number {
  const message = index.messages[messageIndex] as SipMessage;
  const [first, end] = occurrencesOfMessage(index.occurrences, message, from);
  for (let i = first; i < end; i++) {
    const occurrence = index.occurrences[i] as Occurrence;
    if (
      occurrence.kind === 'status-line' &&
      occurrence.messageIndex === messageIndex &&
      occurrenceUnit(index, occurrence) !== undefined
    ) {
      checkOccurrence(index, i, reported, sink);
    }
  }
  return end;
}

function occurrenceUnit(index: FlowIndex, occurrence: Occurrence): string | undefined {
  return occurrence.kind === 'status-line' ? index.messages[occurrence.messageIndex]?.callId : undefined;
}

function renderCodeRemark(index: FlowIndex, rule: CodeRule, i: number, language: Language): FindingDetails {
  const occurrence = index.occurrences[i] as Occurrence;
  return rule === 'unregistered-code'
    ? unregisteredDetails(occurrence, language)
    : phraseDetails(occurrence, nonstandardPhrase(index, occurrence) ?? '', language);
}

/** The phrase as sent, when it is on a registered code's status line and is not the registered one or an alias. */
function nonstandardPhrase(index: FlowIndex, occurrence: Occurrence): string | undefined {
  if (occurrence.kind !== 'status-line' || !isRegistered(occurrence.code)) return undefined;
  const message = index.messages[occurrence.messageIndex];
  // A status line without a phrase is legal (RFC 3261 §25.1 allows an empty Reason-Phrase).
  const phrase = cleanPhrase(occurrence.phrase ?? message?.reasonPhrase);
  return phrase !== undefined && !isKnownPhraseCached(occurrence.code, phrase) ? phrase : undefined;
}

/** Logs repeat the same few phrases thousands of times: normalise each (code, phrase) once. */
const knownPhraseCache = new Map<number, Map<string, boolean>>();

function isKnownPhraseCached(code: number, phrase: string): boolean {
  let byPhrase = knownPhraseCache.get(code);
  if (!byPhrase) knownPhraseCache.set(code, (byPhrase = new Map()));
  let known = byPhrase.get(phrase);
  if (known === undefined) {
    // Bounded: free-text phrases could otherwise grow the cache without limit across documents.
    if (byPhrase.size > 64) byPhrase.clear();
    known = isKnownPhrase(code, phrase);
    byPhrase.set(phrase, known);
  }
  return known;
}

function isFirst(reported: Set<string>, index: FlowIndex, occurrence: Occurrence, rule: CodeRule): boolean {
  const message = occurrence.kind === 'status-line' ? index.messages[occurrence.messageIndex] : undefined;
  if (message?.callId === undefined || message.cseqNumber === undefined) return true;
  return firstReport(reported, message.callId, message.cseqNumber, message.cseqMethod ?? '', occurrence.code, rule);
}

function unregisteredDetails(occurrence: Occurrence, language: Language): FindingDetails {
  const { code } = occurrence;
  if (!isStatusCodeNumber(code)) {
    const sent = cleanPhrase(occurrence.phrase);
    const named = sent ? codeLabel(code, sent) : String(code);
    return {
      message: say(language, 'notAStatusCode', { named }),
      shortFix: say(language, 'privateNumberFix'),
      href: codeHref(code),
    };
  }
  // The phrase as sent, else the one the catalog knows for a private code (478 Unresolvable destination).
  const named = codeLabel(code, occurrence.phrase);
  const treatedAs = codeLabel(unrecognisedTreatedAs(code), undefined);
  const head = say(language, entryFor(code)?.rfc === 2543 ? 'notRegisteredObsolete' : 'notRegistered', { named });
  const shortFix = catalogShortFix(code, language);
  return {
    message: fitted(language, head, say(language, 'clientsReadAs', { treatedAs })),
    ...(shortFix ? { shortFix } : {}),
    href: codeHref(code),
  };
}

function phraseDetails({ code }: Occurrence, phrase: string, language: Language): FindingDetails {
  const registered = getEntry(code)?.reasonPhrase;
  const sent = phrase.length > 40 ? `${phrase.slice(0, 39)}…` : phrase;
  const head = registered
    ? say(language, 'sentAsRegistered', { code, sent, registered })
    : say(language, 'sentAs', { code, sent });
  return {
    message: fitted(language, head, say(language, 'codeNotPhrase')),
    shortFix: say(language, 'freeTextFix'),
    href: codeHref(code),
  };
}
