/**
 * Builds the Markdown hover cards from the catalog and, when the code sits in a parsed SIP
 * message, from the call flow around it. Pure: no LSP objects, so the CLI and tests can use it.
 */
import { codeCard, type CardSection, type TitleSection } from '../../../catalog/src/card';
import {
  explain,
  isKnownPhrase,
  q850Cause,
  getEntry,
  type CatalogEntry,
  type Q850Cause,
} from '../../../catalog/src/index';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { COMMANDS } from '../../../catalog/src/protocol';
import type { Analysis, Occurrence, Q850Occurrence, SipMessage, Transaction } from '../analysis/types';
import type { FlowIndex } from '../rules/flow-index';
import { RULES } from '../rules/registry';
import type { Finding } from '../rules/types';
import { withCSeq } from '../rules/wording';
import { ACTION_STRINGS, HOVER_STRINGS } from './feature-strings';
import { clip, commandLink, escapeMarkdown } from './markdown';
import { replaceUnsafeControls } from './untrustedText';

/** What the log says around one occurrence. */
export interface OccurrenceContext {
  readonly occurrence: Occurrence;
  readonly message?: SipMessage;
  readonly request?: SipMessage;
  readonly transaction?: Transaction;
  readonly isFinal?: boolean;
  /** The finding a rule reported on this code: its message and short fix are the hover's answer. */
  readonly finding?: Finding;
  /** Where the code's message is, when it has a Call-ID: the links row offers its call flow. */
  readonly callFlow?: {
    readonly uri: string;
    readonly position: { readonly line: number; readonly character: number };
  };
}

/**
 * The hover of a status code, answer first: the code, its class and one-line meaning; what it
 * did in this log (the finding, when a rule reported one, with its short fix); the actions; and
 * only after a rule the rest of the catalog card, in the card's order. Catalog text is our own
 * Markdown; log text is escaped. Everything is in `language`: the catalog's prose and our own words.
 */
export function statusCodeCard(context: OccurrenceContext, language: Language = DEFAULT_LANGUAGE): string | undefined {
  const entry = explain(context.occurrence.code, language);
  if (!entry) return undefined;
  const sections = codeCard(entry, language).sections;
  const title = sections.find((section): section is TitleSection => section.id === 'title');
  if (!title) return undefined;
  const [meaning, restOfDescription] = splitFirstSentence(entry.description, language);
  const answer = [heading(title), meaning, ...inThisLog(context, language), actions(entry, title, language, context)];
  const details = sections
    .filter((section) => isDetail(section, entry))
    .map((section) => sectionMarkdown(section, language));
  const secondPart = [
    ...(restOfDescription ? [restOfDescription] : []),
    ...phraseNote(entry, context.occurrence.phrase, language),
    ...details,
    ...callNote(context, language),
  ];
  return [...answer, ...(secondPart.length > 0 ? ['---', ...secondPart] : [])].join('\n\n');
}

/** The card's sections after the answer: not the title or the description, and no fix for a success. */
function isDetail(section: CardSection, entry: CatalogEntry): boolean {
  if (section.id === 'title' || section.id === 'description') return false;
  // 1xx and 2xx are how calls are meant to flow: there is nothing to fix.
  return !(section.id === 'howToFix' && entry.code < 300);
}

/**
 * Where the first sentence ends: in English at ". " before a capital (so "e.g." and "§21.4.24"
 * do not end it), in Chinese at a full-width full stop, question or exclamation mark with more after it.
 */
const SENTENCE_END: Readonly<Record<Language, RegExp>> = {
  en: /[.!?](?=\s+[A-Z(])/u,
  'zh-cn': /[。！？](?=\s*\S)/u,
};

/** The first sentence (the one-line meaning) and the rest. */
export function splitFirstSentence(text: string, language: Language = DEFAULT_LANGUAGE): [string, string] {
  const end = SENTENCE_END[language].exec(text);
  if (!end) return [text, ''];
  return [text.slice(0, end.index + 1), text.slice(end.index + 1).trim()];
}

function sectionMarkdown(section: CardSection, language: Language): string {
  const words = HOVER_STRINGS[language];
  switch (section.id) {
    case 'title':
      return heading(section);
    case 'description':
      return section.text;
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return fill(words.section, { title: section.title, text: section.text });
    case 'howToFix': {
      const steps = section.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
      return `${fill(words.listSection, { title: section.title })}\n\n${steps}`;
    }
    case 'q850':
      return fill(words.linesSection, { title: section.title, lines: section.lines.join(words.linesSeparator) });
    case 'related': {
      const items = section.items.map((item) => fill(words.relatedItem, { label: item.label, note: item.note }));
      return `${fill(words.listSection, { title: section.title })}\n\n${items.join('\n')}`;
    }
  }
}

/** "### 486 Busy Here · 4xx Client Failure", with "Not IANA-registered" or "Deprecated" when they apply. */
function heading(title: TitleSection): string {
  return `### ${[title.heading, ...title.badges.map((badge) => badge.label)].join(' · ')}`;
}

/** Explain · Compare with… · the RFC section (· Show call flow, in a call), before anything long. */
function actions(entry: CatalogEntry, title: TitleSection, language: Language, context: OccurrenceContext): string {
  const words = ACTION_STRINGS[language];
  const explainLink = commandLink(fill(words.explain, { code: entry.code }), COMMANDS.explainCode, [entry.code]);
  const compare = commandLink(words.compareWith, COMMANDS.compareCodes, [entry.code]);
  const rfc = `[${title.reference.label}](${title.reference.url})`;
  const { callFlow } = context;
  const flow = callFlow
    ? ` · ${commandLink(words.showCallFlow, COMMANDS.showCallFlow, [callFlow.uri, callFlow.position])}`
    : '';
  return `${explainLink} · ${compare} · ${rfc}${flow}`;
}

/** What this response did in the log: the finding's own words when a rule reported one. */
function inThisLog(context: OccurrenceContext, language: Language): string[] {
  const { message, finding } = context;
  const words = HOVER_STRINGS[language];
  if (finding) {
    const line = fill(words.finding, {
      message: plainOrCode(finding.message),
      verdict: verdict(context, finding, language),
    });
    return [line.trim(), ...fixLine(finding)];
  }
  if (!message || message.kind !== 'response') return [];
  const method = message.cseqMethod ?? context.transaction?.method;
  if (!method) return [];
  const request = withCSeq(`**${escapeMarkdown(clip(method, 40))}**`, message.cseqNumber, language);
  return [fill(context.isFinal ? words.answersFinal : words.answersProvisional, { request })];
}

/** Whether the call failed here, in the rule's terms (registry.ts `failure`). */
function verdict(context: OccurrenceContext, finding: Finding, language: Language): string {
  if (RULES[finding.rule].failure) return HOVER_STRINGS[language].failedHere;
  return context.isFinal ? HOVER_STRINGS[language].notTheFailure : '';
}

function fixLine(finding: Finding): string[] {
  // The rules write short fixes themselves, from catalog text: no log text reaches them.
  return finding.shortFix ? [`→ ${replaceUnsafeControls(finding.shortFix)}`] : [];
}

/**
 * A finding's message as plain text when it holds nothing Markdown or a linkifier could act on
 * (it quotes the log: a reason phrase, a method), else as an inline code span (markdown.ts).
 */
function plainOrCode(text: string): string {
  // Chinese findings punctuate with full-width marks (，。：；、（）“”), which Markdown leaves alone too.
  const safe = /^[\p{L}\p{N} .,;:'()§…\-，。：；、（）“”]*$/u.test(text) && !/www\./iu.test(text);
  return safe ? text : escapeMarkdown(text);
}

/** The call and its request, for the second part: the first part is about the code. */
function callNote(context: OccurrenceContext, language: Language): string[] {
  const { message } = context;
  if (!message || message.kind !== 'response') return [];
  const words = HOVER_STRINGS[language];
  const parts: string[] = [];
  if (message.callId) parts.push(`Call-ID ${escapeMarkdown(clip(message.callId, 80))}`);
  // Which program's output carried the message (tcpdump, jssip, asterisk...): our own token, not log text.
  if (message.format !== 'raw') parts.push(fill(words.formatLog, { format: message.format }));
  if (context.request === undefined && (message.cseqMethod ?? context.transaction?.method)) {
    parts.push(words.requestMissing);
  }
  return parts.length > 0 ? [fill(words.call, { parts: parts.join(' · ') })] : [];
}

function phraseNote(entry: CatalogEntry, phrase: string | undefined, language: Language): string[] {
  if (!phrase || !entry.known || !entry.reasonPhrase || isKnownPhrase(entry.code, phrase)) return [];
  const sent = escapeMarkdown(clip(phrase, 80));
  return [fill(HOVER_STRINGS[language].phraseSent, { sent, registered: entry.reasonPhrase })];
}

export function q850Card(occurrence: Q850Occurrence, language: Language = DEFAULT_LANGUAGE): string {
  const words = HOVER_STRINGS[language];
  const cause = q850Cause(occurrence.cause, language);
  if (!cause) {
    // SIP Lens lists every cause of RFC 3398's table, so a cause it has no entry for is unlisted there too.
    return `${fill(words.q850UnknownHeading, { cause: occurrence.cause })}\n\n${words.q850Unknown} ${words.q850Unlisted}`;
  }
  const heading = fill(words.q850Heading, { cause: cause.cause, name: cause.name });
  return `${heading}\n\n${words.q850Intro}\n\n${cause.meaning}\n\n${q850Mapping(cause, language)}`;
}

function q850Mapping(cause: Q850Cause, language: Language): string {
  const words = HOVER_STRINGS[language];
  if (cause.noSipStatus) return words.q850NoStatus;
  const mapped = cause.sipCode !== undefined ? getEntry(cause.sipCode, language) : undefined;
  if (!mapped) return words.q850Unlisted;
  const explainLink = commandLink(fill(ACTION_STRINGS[language].explain, { code: mapped.code }), COMMANDS.explainCode, [
    mapped.code,
  ]);
  return fill(words.q850MapsTo, { code: `${mapped.code} ${mapped.reasonPhrase}`, explain: explainLink });
}

/** What the call flow says around an occurrence, for the hover card. */
export function contextFor(
  analysis: Analysis,
  occurrence: Occurrence,
  flow: Pick<FlowIndex, 'transactionOf' | 'requestOf'>,
  finding?: Finding,
): OccurrenceContext {
  const message = occurrence.messageIndex >= 0 ? analysis.messages[occurrence.messageIndex] : undefined;
  const found = finding ? { finding } : {};
  if (!message || occurrence.kind !== 'status-line') return { occurrence, ...(message ? { message } : {}), ...found };
  const transaction = flow.transactionOf(message.index);
  // The rules' lookup (flow-index.ts): a response whose branch matched no request answers its key's request.
  const request = transaction && flow.requestOf(transaction);
  // Any response >= 200 ends its transaction; retransmitted finals are final too.
  const isFinal = (message.statusCode ?? 0) >= 200;
  return {
    occurrence,
    message,
    ...(transaction ? { transaction } : {}),
    ...(request ? { request } : {}),
    isFinal,
    ...found,
  };
}
